/**
 * workflow_call: where a called workflow's file is (the caller's own
 * repository, or this installation for Provenant's), and its typed inputs
 * (boolean, number, string), defaults applied, unknown and missing required
 * ones refused.
 */
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import type { Contexts } from './expressions.js'
import { evaluateNode, toText } from './expressions.js'
import type { RunContext } from './run-context.js'
import type { NodeMap } from './template.js'
import { isMap, mapAt } from './template.js'
import type { WorkflowSource } from './workflow.js'

export function resolveCalledWorkflow(
  uses: string,
  run: RunContext
): WorkflowSource {
  const { caller, provenant } = run
  if (uses.startsWith('./')) {
    const relativePath = path.posix.normalize(uses.slice(2))
    return {
      file: path.join(caller.dir, relativePath),
      repository: caller.repository,
      relativePath,
      ref: caller.ref,
      sha: caller.sha
    }
  }
  const match = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(uses)
  if (
    !match ||
    match[1]!.toLowerCase() !== provenant.repository.toLowerCase()
  ) {
    throw new InputError(
      'RUNNER_CALL',
      `uses: ${uses}: the local runner calls only ./.github/workflows/... and ${provenant.repository}'s workflows`
    )
  }
  const [, , relativePath, ref] = match
  return {
    file: path.join(provenant.root, relativePath!),
    repository: provenant.repository,
    relativePath: relativePath!,
    ref: ref!,
    sha: /^[0-9a-f]{40}$/.test(ref!) ? ref! : provenant.sha
  }
}

export function workflowInputs(
  call: NodeMap,
  given: Record<string, unknown>,
  contexts: Contexts,
  workflow: string
): Record<string, unknown> {
  const definitions = mapAt(call, 'inputs')
  const problems: string[] = []
  for (const name of Object.keys(given)) {
    if (!(name in definitions))
      problems.push(`"${name}" is not an input of ${workflow}`)
  }
  const inputs: Record<string, unknown> = {}
  for (const [name, definition] of Object.entries(definitions)) {
    const d = isMap(definition) ? definition : {}
    const type = toText(d.type) || 'string'
    let value = name in given ? given[name] : evaluateNode(d.default, contexts)
    if (value === undefined || value === null) {
      if (d.required === true)
        problems.push(`the required input "${name}" is missing`)
      value = type === 'boolean' ? false : type === 'number' ? 0 : ''
    }
    if (type === 'boolean' && typeof value === 'string')
      value = value === 'true'
    if (type === 'number' && typeof value === 'string') value = Number(value)
    if (typeof value !== type) {
      problems.push(`input "${name}" must be a ${type}, got ${toText(value)}`)
    }
    inputs[name] = value
  }
  if (problems.length > 0) {
    throw new InputError('RUNNER_INPUTS', `${workflow}: ${problems.join('; ')}`)
  }
  return inputs
}
