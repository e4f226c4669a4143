/**
 * The static wiring check of workflows and action.yml files, read with
 * GitHub's parser: every `with:` key is an input of the action or workflow
 * it calls, every required input is given, every `inputs.X`,
 * `steps.X.outputs.Y`, `needs.X.outputs.Y` and `jobs.X.outputs.Y` names
 * something that exists.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Node, NodeMap } from '../../src/local/runner/template.js'
import {
  Expr,
  isMap,
  loadActionFile,
  loadWorkflowFile,
  mapAt
} from '../../src/local/runner/template.js'
import { toText } from '../../src/local/runner/expressions.js'
import { REPO_ROOT } from './repo.js'

/** Inputs and outputs of the third-party actions the workflows pin (their v4 action.yml). */
const THIRD_PARTY: Record<
  string,
  { inputs: string[]; required: string[]; outputs: string[] }
> = {
  'actions/checkout': {
    inputs: [
      'repository',
      'ref',
      'token',
      'ssh-key',
      'ssh-known-hosts',
      'ssh-strict',
      'ssh-user',
      'persist-credentials',
      'path',
      'clean',
      'filter',
      'sparse-checkout',
      'sparse-checkout-cone-mode',
      'fetch-depth',
      'fetch-tags',
      'show-progress',
      'lfs',
      'submodules',
      'set-safe-directory',
      'github-server-url'
    ],
    required: [],
    outputs: ['ref', 'commit']
  },
  'actions/upload-artifact': {
    inputs: [
      'name',
      'path',
      'if-no-files-found',
      'retention-days',
      'compression-level',
      'overwrite',
      'include-hidden-files'
    ],
    required: ['path'],
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest']
  },
  'actions/download-artifact': {
    inputs: [
      'name',
      'path',
      'pattern',
      'merge-multiple',
      'github-token',
      'repository',
      'run-id',
      'artifact-ids'
    ],
    required: [],
    outputs: ['download-path']
  },
  'actions/setup-node': {
    inputs: [
      'node-version',
      'node-version-file',
      'architecture',
      'check-latest',
      'registry-url',
      'scope',
      'token',
      'cache',
      'package-manager-cache',
      'cache-dependency-path',
      'mirror',
      'mirror-token'
    ],
    required: [],
    outputs: ['cache-hit', 'node-version']
  }
}
const PROVENANT = 'provenant-dev/provenant'

interface Callee {
  inputs: string[]
  required: string[]
  outputs: string[]
}

export async function checkWiring(
  file: string,
  relative: string
): Promise<string[]> {
  if (/action\.ya?ml$/.test(file)) {
    const action = await loadActionFile(file)
    const inputs = Object.keys(mapAt(action, 'inputs'))
    const runs = mapAt(action, 'runs')
    const problems = await checkSteps(runs.steps, `${relative} runs`, inputs)
    for (const [name, output] of Object.entries(mapAt(action, 'outputs'))) {
      if (isMap(output)) {
        problems.push(
          ...checkStepRefs(
            output.value,
            `${relative} outputs.${name}`,
            await stepOutputs(runs.steps)
          )
        )
      }
    }
    return problems
  }
  const workflow = await loadWorkflowFile(file)
  const call = mapAt(mapAt(workflow, 'on'), 'workflow_call')
  const inputs = Object.keys(mapAt(call, 'inputs'))
  const jobs = mapAt(workflow, 'jobs')
  const jobOutputs = new Map<string, string[]>()
  const problems: string[] = []
  for (const [id, job] of Object.entries(jobs)) {
    if (!isMap(job)) continue
    const where = `${relative} jobs.${id}`
    const needs =
      typeof job.needs === 'string'
        ? [job.needs]
        : Array.isArray(job.needs)
          ? job.needs.map(String)
          : []
    problems.push(...checkInputRefs(job, where, inputs))
    problems.push(...checkNeedsRefs(job, where, needs, jobOutputs))
    if (job.uses !== undefined) {
      const callee = await calledWorkflow(toText(job.uses))
      if (callee)
        problems.push(
          ...checkWith(job.with, callee, `${where} (uses: ${toText(job.uses)})`)
        )
      jobOutputs.set(id, callee?.outputs ?? [])
      continue
    }
    problems.push(...(await checkSteps(job.steps, where, inputs)))
    const outputs = await stepOutputs(job.steps)
    problems.push(...checkStepRefs(job.outputs, `${where}.outputs`, outputs))
    jobOutputs.set(id, Object.keys(mapAt(job, 'outputs')))
  }
  for (const [name, output] of Object.entries(mapAt(call, 'outputs'))) {
    if (!isMap(output)) continue
    for (const [job, key] of refs(
      output.value,
      /\bjobs\.([\w-]+)\.outputs\.([\w-]+)/g
    )) {
      if (!jobOutputs.get(job!)?.includes(key!)) {
        problems.push(
          `${relative} on.workflow_call.outputs.${name}: jobs.${job}.outputs.${key} does not exist`
        )
      }
    }
  }
  return problems
}

async function checkSteps(
  steps: Node | undefined,
  where: string,
  inputs: string[]
): Promise<string[]> {
  const problems: string[] = []
  const list = Array.isArray(steps) ? steps.filter(isMap) : []
  const outputs = await stepOutputs(list)
  for (const [index, step] of list.entries()) {
    const at = `${where} step ${typeof step.id === 'string' ? step.id : index + 1}`
    problems.push(...checkInputRefs(step, at, inputs))
    problems.push(...checkStepRefs(step, at, outputs))
    if (typeof step.uses === 'string') {
      const callee = await calledAction(step.uses)
      if (callee)
        problems.push(
          ...checkWith(step.with, callee, `${at} (uses: ${step.uses})`)
        )
    }
    const bundled = bundledAction(step)
    const runs = bundled
      ? await calledAction(`./actions/${bundled}`)
      : undefined
    if (runs) {
      problems.push(
        ...checkInputEnv(step.env, runs, `${at} (runs dist/${bundled})`)
      )
    }
  }
  return problems
}

function checkWith(
  given: Node | undefined,
  callee: Callee,
  where: string
): string[] {
  const keys = isMap(given) ? Object.keys(given) : []
  return [
    ...keys
      .filter((k) => !callee.inputs.includes(k))
      .map(
        (k) =>
          `${where}: with.${k} is not an input (inputs: ${callee.inputs.join(', ')})`
      ),
    ...callee.required
      .filter((r) => !keys.includes(r))
      .map((r) => `${where}: the required input ${r} is not given`)
  ]
}

/** A composite step that runs a bundled action (`node .../dist/<name>/index.js`). */
function bundledAction(step: NodeMap): string | undefined {
  return typeof step.run === 'string'
    ? /dist\/([\w-]+)\/index\.js/.exec(step.run)?.[1]
    : undefined
}

/** INPUT_* variables given to a bundled action name its inputs. */
function checkInputEnv(
  env: Node | undefined,
  callee: Callee,
  where: string
): string[] {
  const names = new Set(
    callee.inputs.map((i) => `INPUT_${i.replace(/[ -]/g, '_').toUpperCase()}`)
  )
  return Object.keys(isMap(env) ? env : {})
    .filter((k) => k.startsWith('INPUT_') && !names.has(k))
    .map((k) => `${where}: env.${k} is not an input of that action`)
}

function checkInputRefs(node: Node, where: string, inputs: string[]): string[] {
  const walk = isMap(node) ? { ...node, steps: null } : node
  return refs(walk, /\binputs\.([\w-]+)/g)
    .filter(([name]) => !inputs.includes(name!))
    .map(([name]) => `${where}: inputs.${name} is not declared`)
}

function checkStepRefs(
  node: Node | undefined,
  where: string,
  outputs: Map<string, string[] | undefined>
): string[] {
  return refs(node, /\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g).flatMap(
    ([id, key]) => {
      if (!outputs.has(id!))
        return [`${where}: steps.${id} is not a step of this job`]
      const known = outputs.get(id!)
      return known && !known.includes(key!)
        ? [
            `${where}: steps.${id}.outputs.${key} is not an output of that step (outputs: ${known.join(', ')})`
          ]
        : []
    }
  )
}

function checkNeedsRefs(
  job: NodeMap,
  where: string,
  needs: string[],
  jobOutputs: Map<string, string[]>
): string[] {
  return refs(
    { ...job, needs: null },
    /\bneeds\.([\w-]+)(?:\.outputs\.([\w-]+))?/g
  ).flatMap(([id, key]) => {
    if (!needs.includes(id!)) return [`${where}: needs.${id} is not in needs`]
    if (key === undefined) return []
    return jobOutputs.get(id!)?.includes(key)
      ? []
      : [`${where}: needs.${id}.outputs.${key} is not an output of job ${id}`]
  })
}

/** Each step id -> its outputs (undefined: not known statically). */
async function stepOutputs(
  steps: Node | undefined
): Promise<Map<string, string[] | undefined>> {
  const map = new Map<string, string[] | undefined>()
  for (const step of Array.isArray(steps) ? steps.filter(isMap) : []) {
    if (typeof step.id !== 'string') continue
    const bundled = bundledAction(step)
    if (typeof step.uses === 'string')
      map.set(step.id, (await calledAction(step.uses))?.outputs)
    else if (bundled)
      map.set(step.id, (await calledAction(`./actions/${bundled}`))?.outputs)
    else {
      const script =
        typeof step.run === 'string'
          ? step.run
          : step.run instanceof Expr
            ? step.run.expr
            : ''
      map.set(
        step.id,
        [...script.matchAll(/(?:^|[\s"'{;(])([\w-]+)(?:=|<<)/g)].map(
          (m) => m[1]!
        )
      )
    }
  }
  return map
}

/** Every [group1, group2] of the pattern in the node's expressions and if: strings. */
function refs(node: Node | undefined, pattern: RegExp): [string?, string?][] {
  const texts: string[] = []
  const walk = (n: Node | undefined, key?: string): void => {
    if (n instanceof Expr) texts.push(n.expr)
    else if (typeof n === 'string' && key === 'if') texts.push(n)
    else if (Array.isArray(n)) n.forEach((c) => walk(c))
    else if (isMap(n)) for (const [k, v] of Object.entries(n)) walk(v, k)
  }
  walk(node)
  return texts.flatMap((t) =>
    [...t.matchAll(pattern)].map((m) => [m[1], m[2]] as [string?, string?])
  )
}

async function calledAction(uses: string): Promise<Callee | undefined> {
  const [name, ref] = uses.split('@')
  const third = THIRD_PARTY[name!.toLowerCase()]
  if (third && ref) return third
  let dir: string | undefined
  if (name!.startsWith('./'))
    dir = path.join(REPO_ROOT, name!.replace(/^\.\/(\.provenant\/)?/, ''))
  else if (name!.toLowerCase().startsWith(PROVENANT))
    dir = path.join(REPO_ROOT, name!.slice(PROVENANT.length))
  if (!dir || !existsSync(path.join(dir, 'action.yml'))) return undefined
  const action = await loadActionFile(path.join(dir, 'action.yml'))
  const inputs = mapAt(action, 'inputs')
  return {
    inputs: Object.keys(inputs),
    required: Object.entries(inputs)
      .filter(
        ([, d]) => isMap(d) && d.required === true && d.default === undefined
      )
      .map(([k]) => k),
    outputs: Object.keys(mapAt(action, 'outputs'))
  }
}

async function calledWorkflow(uses: string): Promise<Callee | undefined> {
  const name = uses.split('@')[0]!
  const relative = name.startsWith('./')
    ? name.slice(2)
    : name.toLowerCase().startsWith(`${PROVENANT}/`)
      ? name.slice(PROVENANT.length + 1)
      : undefined
  if (!relative || !existsSync(path.join(REPO_ROOT, relative))) return undefined
  const call = mapAt(
    mapAt(await loadWorkflowFile(path.join(REPO_ROOT, relative)), 'on'),
    'workflow_call'
  )
  const inputs = mapAt(call, 'inputs')
  return {
    inputs: Object.keys(inputs),
    required: Object.entries(inputs)
      .filter(([, d]) => isMap(d) && d.required === true)
      .map(([k]) => k),
    outputs: Object.keys(mapAt(call, 'outputs'))
  }
}
