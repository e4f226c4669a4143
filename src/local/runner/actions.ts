/**
 * `uses:` of a step: a local action (`./path`, or a path in this
 * installation's repository) run from its action.yml, node24 `main` from
 * dist/ or a composite step by step; the stand-ins for actions/checkout,
 * upload-artifact, download-artifact and setup-node; anything else is
 * refused, naming it.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { evaluateNode, evaluateTextMap, toText } from './expressions.js'
import { runProcess } from './process.js'
import { STAND_INS } from './stand-ins.js'
import type { StepResult, StepScope } from './steps.js'
import {
  StepFailure,
  applyFileCommands,
  emitLine,
  runSteps,
  stepFiles,
  withFiles
} from './steps.js'
import type { NodeMap } from './template.js'
import { isMap, loadActionFile, mapAt } from './template.js'
import { readFileCommand } from './file-commands.js'

export async function runAction(
  uses: string,
  step: NodeMap,
  scope: StepScope,
  stepEnv: Record<string, string>
): Promise<Record<string, string>> {
  const given = evaluateTextMap(step.with, scope.contexts)
  const name = uses.split('@')[0]!.toLowerCase()
  const standIn = STAND_INS[name]
  if (standIn) return standIn(given, scope)
  const dir = resolveActionDir(uses, scope)
  const action = await loadActionFile(await actionFile(dir, uses))
  const inputs = actionInputs(action, given, scope, uses)
  const runs = mapAt(action, 'runs')
  const using = toText(runs.using)
  if (using === 'composite') {
    return runComposite(action, runs, inputs, dir, scope, stepEnv)
  }
  if (/^node\d+$/.test(using)) {
    const node = { dir, inputs, scope, stepEnv, uses }
    const outputs = await runNodeAction(node, toText(runs.main), {})
    // GITHUB_STATE of the main step reaches its post step as STATE_<name>.
    const post = toText(runs.post)
    if (post) {
      scope.posts.push({
        label: `Post ${uses}`,
        condition: runs['post-if'] ?? 'always()',
        run: async () => {
          await runNodeAction(node, post, outputs.state)
        }
      })
    }
    return outputs.outputs
  }
  throw new InputError(
    'RUNNER_ACTION',
    `${uses}: runs.using "${using}" is not supported by the local runner (node and composite actions only)`
  )
}

function resolveActionDir(uses: string, scope: StepScope): string {
  if (uses.startsWith('./')) {
    const dir = path.resolve(scope.workspace, uses)
    if (!isInside(scope.workspace, dir)) {
      throw new InputError(
        'RUNNER_ACTION',
        `uses: ${uses} leaves the workspace: a local action lives inside the checkout`
      )
    }
    return dir
  }
  const provenant = scope.run.provenant
  const [repoPath, ref] = uses.split('@')
  const parts = repoPath!.split('/')
  const repository = parts.slice(0, 2).join('/')
  if (repository.toLowerCase() === provenant.repository.toLowerCase()) {
    assertProvenantRef(ref, scope, uses)
    return path.join(provenant.root, ...parts.slice(2))
  }
  throw new InputError(
    'RUNNER_ACTION_UNKNOWN',
    `uses: ${uses}: the local runner has no stand-in for this action; it runs local actions (./...), ${provenant.repository}, actions/checkout, actions/upload-artifact, actions/download-artifact and actions/setup-node`
  )
}

export function assertProvenantRef(
  ref: string | undefined,
  scope: StepScope | { run: StepScope['run'] },
  uses: string
): void {
  const { sha, ref: pinned } = scope.run.provenant
  if (ref === undefined || ref === sha || ref === pinned) return
  if (/^[0-9a-f]{40}$/.test(ref) || ref.startsWith('v') || ref === 'main')
    return
  throw new InputError(
    'RUNNER_ACTION',
    `uses: ${uses}: the ref "${ref}" is neither a commit nor a tag`
  )
}

async function actionFile(dir: string, uses: string): Promise<string> {
  for (const name of ['action.yml', 'action.yaml']) {
    const file = path.join(dir, name)
    if (await stat(file).catch(() => undefined)) return file
  }
  throw new InputError(
    'RUNNER_ACTION',
    `uses: ${uses}: no action.yml in ${dir}`
  )
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** The inputs as the action sees them: given, else the default (evaluated). */
function actionInputs(
  action: NodeMap,
  given: Record<string, string>,
  scope: StepScope,
  uses: string
): Record<string, string> {
  const declared = mapAt(action, 'inputs')
  const unknown = Object.keys(given).filter((k) => !(k in declared))
  if (unknown.length > 0) {
    scope.run.log(
      `[${scope.jobName}] warning: ${uses}: unexpected input(s) ${unknown.join(', ')}; valid inputs are ${Object.keys(declared).join(', ')}`
    )
  }
  const inputs: Record<string, string> = {}
  for (const [name, definition] of Object.entries(declared)) {
    if (name in given) inputs[name] = given[name]!
    else if (isMap(definition) && definition.default !== undefined) {
      inputs[name] = toText(evaluateNode(definition.default, scope.contexts))
    }
  }
  return inputs
}

interface NodeAction {
  dir: string
  inputs: Record<string, string>
  scope: StepScope
  stepEnv: Record<string, string>
  uses: string
}

/** One entry point of a node action (main or post): its outputs and saved state. */
async function runNodeAction(
  { dir, inputs, scope, stepEnv, uses }: NodeAction,
  entry: string,
  state: Record<string, string>
): Promise<{
  outputs: Record<string, string>
  state: Record<string, string>
}> {
  const files = await stepFiles(scope)
  const env = withFiles(
    {
      ...stepEnv,
      ...Object.fromEntries(
        Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])
      ),
      GITHUB_ACTION_PATH: dir,
      ...Object.fromEntries(
        Object.entries(inputs).map(([k, v]) => [
          `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
          v
        ])
      )
    },
    files,
    scope
  )
  const result = await runProcess(process.execPath, [path.join(dir, entry)], {
    cwd: scope.workspace,
    env,
    log: (line) => emitLine(scope, line)
  })
  await applyFileCommands(files, scope)
  if (result.exitCode !== 0) {
    throw new StepFailure(`${uses} (${entry}) exited with ${result.exitCode}`)
  }
  return {
    outputs: await readFileCommand(files.output, 'GITHUB_OUTPUT'),
    state: await readFileCommand(files.state, 'GITHUB_STATE')
  }
}

async function runComposite(
  action: NodeMap,
  runs: NodeMap,
  inputs: Record<string, string>,
  dir: string,
  scope: StepScope,
  stepEnv: Record<string, string>
): Promise<Record<string, string>> {
  const results: Record<string, StepResult> = {}
  const inner: StepScope = {
    ...scope,
    env: { ...stepEnv, GITHUB_ACTION_PATH: dir },
    contexts: {
      ...scope.contexts,
      inputs,
      github: { ...(scope.contexts.github as object), action_path: dir }
    },
    actionPath: dir
  }
  const ok = await runSteps(runs.steps, inner, results)
  if (!ok) throw new StepFailure('a step of the composite action failed')
  const outputs = mapAt(action, 'outputs')
  return Object.fromEntries(
    Object.entries(outputs).map(([name, definition]) => [
      name,
      isMap(definition)
        ? toText(
            evaluateNode(definition.value, {
              ...inner.contexts,
              steps: results
            })
          )
        : ''
    ])
  )
}
