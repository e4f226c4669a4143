/**
 * Steps in order, as the runner runs them: `if:` against the job's status so
 * far, `env:` and `working-directory`, `run:` in bash, `uses:` through
 * actions.ts; each step's outputs, outcome and conclusion in `steps`.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError, ProvenantError } from '../../lib/errors.js'
import type { Contexts } from './expressions.js'
import {
  evaluateCondition,
  evaluateNode,
  evaluateTextMap,
  toText
} from './expressions.js'
import { readFileCommand, readPathFile } from './file-commands.js'
import { runProcess } from './process.js'
import type { RunContext } from './run-context.js'
import type { Node, NodeMap } from './template.js'
import { Expr, isMap } from './template.js'

export interface StepResult {
  outcome: 'success' | 'failure' | 'skipped'
  conclusion: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
}

/** One job's (or one composite action's) execution scope. */
export interface StepScope {
  run: RunContext
  jobName: string
  workspace: string
  /** RUNNER_TEMP */
  temp: string
  /** The job's environment for processes (GITHUB_ENV adds to it). */
  env: Record<string, string>
  /** github, inputs, needs, matrix, runner, job, env, ... (steps is set here). */
  contexts: Contexts
  /** Directories GITHUB_PATH added, searched first. */
  path: string[]
  /** The job's GITHUB_STEP_SUMMARY. */
  summaryFile: string
  /** `uses:` of one step: implemented in actions.ts. */
  runAction: (
    uses: string,
    step: NodeMap,
    scope: StepScope,
    stepEnv: Record<string, string>
  ) => Promise<Record<string, string>>
  /** The folder an action's relative paths start at (composite steps). */
  actionPath?: string
  /** Post steps of the node actions run so far, job-wide; run last-first after the steps. */
  posts: PostStep[]
}

/** A node action's `post:` (with `post-if:`), due when the job's steps are done. */
export interface PostStep {
  label: string
  /** The action's `post-if:`; `always()` when it has none. */
  condition: Node
  run: () => Promise<void>
}

export class StepFailure extends ProvenantError {
  constructor(message: string) {
    super('RUNNER_STEP_FAILED', message)
  }
}

/** Runs the steps; answers false when one failed (and did not continue on error). */
export async function runSteps(
  steps: Node | undefined,
  scope: StepScope,
  results: Record<string, StepResult>
): Promise<boolean> {
  let success = true
  const list = Array.isArray(steps) ? steps : []
  for (const [index, node] of list.entries()) {
    if (!isMap(node)) continue
    const id = typeof node.id === 'string' ? node.id : `__step${index + 1}`
    const contexts = { ...scope.contexts, steps: results }
    const run = evaluateCondition(node.if, contexts, {
      success,
      cancelled: false
    })
    if (!run) {
      results[id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} }
      continue
    }
    const label = stepLabel(node, index)
    scope.run.log(`[${scope.jobName}] ▶ ${label}`)
    let result: StepResult
    try {
      const outputs = await runStep(node, { ...scope, contexts })
      result = { outcome: 'success', conclusion: 'success', outputs }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      scope.run.log(`[${scope.jobName}] ✖ ${label}: ${message}`)
      const continueOnError =
        evaluateNode(node['continue-on-error'], contexts) === true
      result = {
        outcome: 'failure',
        conclusion: continueOnError ? 'success' : 'failure',
        outputs: {}
      }
      if (!continueOnError) success = false
    }
    results[id] = result
  }
  return success
}

/**
 * The post steps, last registered first, each when its `post-if:` holds for
 * the job's status so far; answers whether the job still succeeds.
 */
export async function runPosts(
  scope: StepScope,
  success: boolean
): Promise<boolean> {
  let ok = success
  for (const post of [...scope.posts].reverse()) {
    const status = { success: ok, cancelled: false }
    if (!evaluateCondition(post.condition, scope.contexts, status)) continue
    scope.run.log(`[${scope.jobName}] ▶ ${post.label}`)
    try {
      await post.run()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      scope.run.log(`[${scope.jobName}] ✖ ${post.label}: ${message}`)
      ok = false
    }
  }
  return ok
}

function stepLabel(node: NodeMap, index: number): string {
  for (const key of ['name', 'uses', 'run']) {
    const value = node[key]
    if (typeof value === 'string') return value.split('\n')[0]!.slice(0, 100)
    if (value instanceof Expr) return `\${{ ${value.expr} }}`.slice(0, 100)
  }
  return `step ${index + 1}`
}

async function runStep(
  node: NodeMap,
  scope: StepScope
): Promise<Record<string, string>> {
  if (scope.run.failJobs.has(scope.jobName.split(' ')[0]!)) {
    throw new StepFailure(
      'injected failure (the run was asked to fail this job)'
    )
  }
  const contexts = scope.contexts
  const stepEnv = {
    ...scope.env,
    ...evaluateTextMap(node.env, contexts)
  }
  if (node.uses !== undefined) {
    const uses = toText(evaluateNode(node.uses, contexts))
    return scope.runAction(uses, node, scope, stepEnv)
  }
  if (node.run === undefined) {
    throw new InputError('RUNNER_STEP', 'a step needs `run:` or `uses:`')
  }
  const script = toText(evaluateNode(node.run, contexts))
  const shell = toText(evaluateNode(node.shell, contexts)) || 'bash'
  const workingDirectory = toText(
    evaluateNode(node['working-directory'], contexts)
  )
  return runShell(script, shell, scope, stepEnv, workingDirectory)
}

/** A `run:` script in bash (or sh), with fresh GITHUB_OUTPUT/GITHUB_ENV files. */
export async function runShell(
  script: string,
  shell: string,
  scope: StepScope,
  stepEnv: Record<string, string>,
  workingDirectory: string
): Promise<Record<string, string>> {
  const [program, args] = shellCommand(shell)
  const files = await stepFiles(scope)
  const scriptFile = path.join(files.dir, 'script.sh')
  await writeFile(scriptFile, script)
  const cwd = path.resolve(scope.workspace, workingDirectory || '.')
  const env = withFiles(stepEnv, files, scope)
  const result = await runProcess(program, [...args, scriptFile], {
    cwd,
    env,
    log: (line) => emitLine(scope, line)
  })
  await applyFileCommands(files, scope)
  if (result.exitCode !== 0) {
    throw new StepFailure(`the script exited with ${result.exitCode}`)
  }
  return readFileCommand(files.output, 'GITHUB_OUTPUT')
}

function shellCommand(shell: string): [string, string[]] {
  if (shell === 'bash')
    return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail']]
  if (shell === 'sh') return ['sh', ['-e']]
  throw new InputError(
    'RUNNER_SHELL',
    `shell: ${shell} is not supported by the local runner: use bash or sh`
  )
}

export interface StepFiles {
  dir: string
  output: string
  env: string
  path: string
  state: string
}

export async function stepFiles(scope: StepScope): Promise<StepFiles> {
  const root = path.join(scope.temp, '..', 'steps')
  await mkdir(root, { recursive: true })
  const dir = await mkdtemp(path.join(root, 'step-'))
  const files: StepFiles = {
    dir,
    output: path.join(dir, 'output'),
    env: path.join(dir, 'env'),
    path: path.join(dir, 'path'),
    state: path.join(dir, 'state')
  }
  for (const file of [files.output, files.env, files.path, files.state]) {
    await writeFile(file, '')
  }
  return files
}

export function withFiles(
  env: Record<string, string>,
  files: StepFiles,
  scope: StepScope
): Record<string, string> {
  return {
    ...env,
    PATH: [...scope.path, env.PATH ?? ''].join(path.delimiter),
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: scope.summaryFile
  }
}

/** GITHUB_ENV and GITHUB_PATH of a step reach the job's later steps. */
export async function applyFileCommands(
  files: StepFiles,
  scope: StepScope
): Promise<void> {
  const added = await readFileCommand(files.env, 'GITHUB_ENV')
  Object.assign(scope.env, added)
  const envContext = scope.contexts.env as Record<string, string> | undefined
  if (envContext) Object.assign(envContext, added)
  scope.path.unshift(...(await readPathFile(files.path)).reverse())
}

/**
 * One line of a step's output into the log, as the runner shows it:
 * `::add-mask::` registers a secret, and no secret is ever printed.
 */
export function emitLine(scope: StepScope, line: string): void {
  const mask = /^::add-mask::(.+)$/.exec(line.trim())
  if (mask) {
    scope.run.masks.add(mask[1]!)
    return
  }
  let shown = line
  for (const secret of scope.run.masks) {
    if (secret.length >= 4) shown = shown.replaceAll(secret, '***')
  }
  scope.run.log(`[${scope.jobName}]   ${shown}`)
}
