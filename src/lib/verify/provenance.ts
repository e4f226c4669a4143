/**
 * SLSA provenance as verify reads it (v1, and v0.2 as older generators
 * write it): the facts the policy is held to, and the source and builder
 * checks with slsa-verifier's flag meanings.
 */
import { verificationFailure } from './codes.js'
import type { ProvenancePolicy } from './policy.js'
import { GITHUB_SERVER, SLSA_PROVENANCE_PREFIX } from './policy.js'
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
    )
  }
  return facts
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

/** The provenance's source against --repo, --source-uri, --source-tag, --source-branch. */
export function assertSource(
  facts: ProvenanceFacts,
  policy: ProvenancePolicy & { repo?: string }
): void {
  const source =
    splitSource(facts.sourceUri).repository ??
    splitSource(facts.repository).repository
  const fail = (message: string): never => {
    throw verificationFailure('VERIFY_SOURCE_MISMATCH', message)
  }
  if (policy.repo !== undefined) {
    const wanted = splitSource(`${GITHUB_SERVER}/${policy.repo}`).repository!
    const workflowRepo = splitSource(facts.repository).repository
    if (source !== wanted && workflowRepo !== wanted) {
      fail(
        `the provenance's source is ${source ?? '(none)'}, not ${wanted} (--repo)`
      )
    }
  }
  if (policy.sourceUri !== undefined) {
    const wanted = splitSource(policy.sourceUri).repository
    if (source !== wanted) {
      fail(
        `the provenance's source is ${source ?? '(none)'}, not ${wanted} (--source-uri)`
      )
    }
  }
  if (policy.sourceTag !== undefined) {
    const wanted = withPrefix('refs/tags/', policy.sourceTag)
    if (facts.sourceRef !== wanted) {
      fail(
        `built from ${facts.sourceRef ?? '(no ref)'}, not ${wanted} (--source-tag)`
      )
    }
  }
  if (policy.sourceBranch !== undefined) {
    const wanted = withPrefix('refs/heads/', policy.sourceBranch)
    if (facts.sourceRef !== wanted) {
      fail(
        `built from ${facts.sourceRef ?? '(no ref)'}, not ${wanted} (--source-branch)`
      )
    }
  }
}

/** --builder-id: exact with @ref, otherwise any ref of that builder. */
export function assertBuilder(facts: ProvenanceFacts, builderId: string): void {
  const actual = facts.builderId
  const matches =
    actual !== undefined &&
    (builderId.includes('@')
      ? actual === builderId
      : actual === builderId || actual.startsWith(`${builderId}@`))
  if (!matches) {
    throw verificationFailure(
      'VERIFY_BUILDER_MISMATCH',
      `built by ${actual ?? '(no builder id)'}, not ${builderId} (--builder-id)`
    )
  }
}

export function hasSourcePolicy(
  policy: ProvenancePolicy & { repo?: string }
): boolean {
  return (
    policy.repo !== undefined ||
    policy.sourceUri !== undefined ||
    policy.sourceTag !== undefined ||
    policy.sourceBranch !== undefined
  )
}

function withPrefix(prefix: string, ref: string): string {
  return ref.startsWith('refs/') ? ref : `${prefix}${ref}`
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
