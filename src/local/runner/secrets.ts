/**
 * workflow_call secrets as GitHub passes them: a calling job's `secrets:`
 * (a map of expressions, or `inherit` for every secret of the caller), only
 * the ones the called workflow declares under `on.workflow_call.secrets`
 * (an undeclared one is refused, a missing required one too), and
 * `secrets.GITHUB_TOKEN`: a token with the calling job's permissions. Every
 * value is masked in the log.
 */
import { InputError } from '../../lib/errors.js'
import type { Contexts } from './expressions.js'
import { evaluateNode, toText } from './expressions.js'
import type { Permissions } from './permissions.js'
import type { RunContext } from './run-context.js'
import type { NodeMap } from './template.js'
import { isMap, mapAt } from './template.js'

export type Secrets = Record<string, string>

/** The secrets a called workflow gets from its calling job. */
export function passedSecrets(
  job: NodeMap,
  contexts: Contexts,
  token: string
): Secrets {
  const own = (contexts.secrets ?? {}) as Secrets
  const withToken = { ...contexts, secrets: { ...own, GITHUB_TOKEN: token } }
  if (job.secrets === 'inherit') return { ...own }
  const given = evaluateNode(job.secrets, withToken)
  if (!given || typeof given !== 'object') return {}
  return Object.fromEntries(
    Object.entries(given as Record<string, unknown>).map(([k, v]) => [
      k,
      toText(v)
    ])
  )
}

/** The called workflow's secrets context: declared ones only, masked. */
export function workflowSecrets(
  call: NodeMap,
  given: Secrets,
  inherited: boolean,
  workflow: string,
  run: RunContext
): Secrets {
  const declared = mapAt(call, 'secrets')
  const problems: string[] = []
  if (!inherited) {
    for (const name of Object.keys(given)) {
      if (!(name in declared))
        problems.push(`"${name}" is not a secret of ${workflow}`)
    }
  }
  for (const [name, definition] of Object.entries(declared)) {
    const required = isMap(definition) && definition.required === true
    if (required && !given[name])
      problems.push(`the required secret "${name}" is missing`)
  }
  if (problems.length > 0) {
    throw new InputError(
      'RUNNER_SECRETS',
      `${workflow}: ${problems.join('; ')}`
    )
  }
  for (const value of Object.values(given)) if (value) run.masks.add(value)
  return inherited
    ? { ...given }
    : Object.fromEntries(
        Object.keys(declared).map((name) => [name, given[name] ?? ''])
      )
}

/** A GITHUB_TOKEN for the caller's repository with these permissions (a job's own, or a calling job's `secrets.GITHUB_TOKEN`), masked in logs. */
export function callToken(
  run: RunContext,
  permissions: Permissions
): { token: string; revoke: () => void } {
  const issued = run.services.github.issueToken({
    repository: run.caller.repository,
    permissions
  })
  run.masks.add(issued.token)
  return issued
}
