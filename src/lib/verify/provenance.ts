/**
 * SLSA provenance as verify reads it (v1, and v0.2 as older generators
 * write it): what the predicate claims. The claims are checked against the
 * signing certificate (claims.ts) and shown; policy flags are judged on the
 * certificate.
 */
import { SLSA_PROVENANCE_PREFIX } from './policy.js'
import type { Statement } from './statement.js'
import { isObject } from './statement.js'

export interface ProvenanceFacts {
  predicateType: string
  buildType?: string
  builderId?: string
  /** e.g. git+https://github.com/o/r@refs/tags/v1 */
  sourceUri?: string
  /** refs/tags/v1, refs/heads/main */
  sourceRef?: string
  sourceCommit?: string
  /** https://github.com/o/r (the workflow's repository) */
  repository?: string
  workflowPath?: string
  runnerEnvironment?: string
  invocationId?: string
  /** The branch a tag was cut from (github.event.base_ref), as the builder recorded it. */
  baseRef?: string
  /** workflow_dispatch inputs, as the builder recorded them. */
  workflowInputs?: Readonly<Record<string, unknown>>
}

export function isSlsaProvenance(predicateType: string): boolean {
  return predicateType.startsWith(SLSA_PROVENANCE_PREFIX)
}

const get = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), value)
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

export function toProvenanceFacts(statement: Statement): ProvenanceFacts {
  const p = statement.predicate
  const v1 = isObject(p.buildDefinition)
  const workflow = get(p, 'buildDefinition', 'externalParameters', 'workflow')
  const dependency = v1
    ? firstGitDependency(get(p, 'buildDefinition', 'resolvedDependencies'))
    : undefined
  const configSource = get(p, 'invocation', 'configSource')
  const sourceUri = v1
    ? str(get(dependency, 'uri'))
    : str(get(configSource, 'uri'))
  const facts: ProvenanceFacts = {
    predicateType: statement.predicateType,
    buildType: str(v1 ? get(p, 'buildDefinition', 'buildType') : p.buildType),
    builderId: str(
      v1 ? get(p, 'runDetails', 'builder', 'id') : get(p, 'builder', 'id')
    ),
    sourceUri,
    sourceRef: splitSource(sourceUri).ref ?? str(get(workflow, 'ref')),
    sourceCommit: str(
      v1
        ? get(dependency, 'digest', 'gitCommit')
        : get(configSource, 'digest', 'sha1')
    ),
    repository: str(get(workflow, 'repository')),
    workflowPath: str(
      v1 ? get(workflow, 'path') : get(configSource, 'entryPoint')
    ),
    runnerEnvironment: str(
      get(
        p,
        'buildDefinition',
        'internalParameters',
        'github',
        'runner_environment'
      )
    ),
    invocationId: str(
      v1
        ? get(p, 'runDetails', 'metadata', 'invocationId')
        : get(p, 'metadata', 'buildInvocationId')
    ),
    ...eventFacts(p, v1)
  }
  return facts
}

/** base_ref and workflow inputs where slsa-github-generator records them. */
function eventFacts(
  p: Record<string, unknown>,
  v1: boolean
): Pick<ProvenanceFacts, 'baseRef' | 'workflowInputs'> {
  const payload = v1
    ? get(p, 'buildDefinition', 'internalParameters', 'GITHUB_EVENT_PAYLOAD')
    : get(p, 'invocation', 'environment', 'github_event_payload')
  const inputs = v1
    ? get(p, 'buildDefinition', 'externalParameters', 'inputs')
    : get(payload, 'inputs')
  const baseRef = str(get(payload, 'base_ref'))
  return {
    ...(baseRef ? { baseRef } : {}),
    ...(isObject(inputs) ? { workflowInputs: inputs } : {})
  }
}

function firstGitDependency(value: unknown): unknown {
  if (!Array.isArray(value)) return undefined
  return value.find((d) => str(get(d, 'uri'))?.startsWith('git+')) ?? value[0]
}

/** `git+https://github.com/o/r.git@refs/tags/v1` -> github.com/o/r and refs/tags/v1. */
export function splitSource(uri: string | undefined): {
  repository?: string
  ref?: string
} {
  if (uri === undefined) return {}
  const match =
    /^(?:git\+)?(?:[a-z]+:\/\/)?([^@]+?)(?:\.git)?(?:@(.*))?$/i.exec(uri.trim())
  if (!match) return {}
  return {
    repository: match[1]!.replace(/\/+$/, '').toLowerCase(),
    ...(match[2] ? { ref: match[2] } : {})
  }
}

export function describeSource(facts: ProvenanceFacts): string {
  const repo =
    splitSource(facts.sourceUri).repository ??
    splitSource(facts.repository).repository ??
    '(unknown source)'
  const ref = facts.sourceRef ? `@${facts.sourceRef}` : ''
  const commit = facts.sourceCommit
    ? ` (${facts.sourceCommit.slice(0, 12)})`
    : ''
  return `${repo}${ref}${commit}`
}
