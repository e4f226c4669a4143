/**
 * A workflow run: jobs in `needs` order, each `if:` against its needs'
 * results, matrix jobs expanded (with `strategy.fail-fast`, true by default:
 * a failed combination cancels the ones not yet run; `continue-on-error`
 * keeps a failed job from failing the run), called workflows (`uses:` at job
 * level) run as nested runs within the permissions their caller grants, and
 * the workflow_call outputs evaluated from the jobs. Container jobs are
 * refused up front, naming the job: there is no container engine here.
 */
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import type { Contexts } from './expressions.js'
import {
  evaluateCondition,
  evaluateNode,
  evaluateTextMap,
  toText
} from './expressions.js'
import type { JobPlan } from './job.js'
import { runJob } from './job.js'
import { expandMatrix, matrixLabel } from './matrix.js'
import type { Permissions } from './permissions.js'
import { assertWithin, parsePermissions } from './permissions.js'
import type { JobRecord, JobResult, RunContext } from './run-context.js'
import type { NodeMap } from './template.js'
import { isMap, loadWorkflowFile, mapAt } from './template.js'
import { orderJobs } from './order.js'
import { resolveCalledWorkflow, workflowInputs } from './call.js'
import type { Secrets } from './secrets.js'
import { callToken, passedSecrets, workflowSecrets } from './secrets.js'

export interface WorkflowSource {
  file: string
  /** owner/name of the repository the workflow file is in. */
  repository: string
  /** The path inside it, e.g. .github/workflows/publish.yml. */
  relativePath: string
  /** The ref it was called at (as written in uses:, or the caller's ref). */
  ref: string
  sha: string
}

export interface WorkflowResult {
  result: 'success' | 'failure'
  jobs: JobRecord[]
  outputs: Record<string, string>
}

/**
 * `secrets`: what a calling job passed (`inherited` for `secrets: inherit`);
 * the top workflow sees the caller repository's secrets.
 */
export async function runWorkflow(
  source: WorkflowSource,
  given: Record<string, unknown>,
  granted: Permissions | undefined,
  run: RunContext,
  passed?: { secrets: Secrets; inherited: boolean }
): Promise<WorkflowResult> {
  const tree = await loadWorkflowFile(source.file)
  const github = githubContext(run)
  const call = mapAt(mapAt(tree, 'on'), 'workflow_call')
  const inputs = workflowInputs(call, given, { github }, source.relativePath)
  const secrets = passed
    ? workflowSecrets(
        call,
        passed.secrets,
        passed.inherited,
        source.relativePath,
        run
      )
    : topSecrets(run)
  const workflowPermissions = parsePermissions(
    evaluateNode(tree.permissions, {}),
    source.relativePath
  )
  const jobs = mapAt(tree, 'jobs')
  const base: Contexts = { github, inputs, vars: {}, secrets }
  const workflowEnv = evaluateTextMap(tree.env, base)
  const done = new Map<
    string,
    { result: JobResult; outputs: Record<string, string> }
  >()
  const records: JobRecord[] = []
  const order = orderJobs(jobs, source.relativePath)
  assertNoContainers(jobs, order, source.relativePath)
  for (const id of order) {
    const job = mapAt(jobs, id)
    const needs = needsOf(job)
    const needsContext = Object.fromEntries(needs.map((n) => [n, done.get(n)!]))
    const contexts = { ...base, needs: needsContext }
    const success = needs.every((n) => done.get(n)!.result === 'success')
    if (!evaluateCondition(job.if, contexts, { success, cancelled: false })) {
      run.log(`○ ${id}: skipped`)
      done.set(id, { result: 'skipped', outputs: {} })
      records.push({ id, name: id, result: 'skipped', outputs: {}, ms: 0 })
      continue
    }
    const permissions = jobPermissions(job, id, {
      workflow: workflowPermissions,
      granted,
      file: source.relativePath
    })
    if (job.uses !== undefined) {
      const called = await runCalled(id, job, contexts, permissions, run)
      done.set(id, { result: called.result, outputs: called.outputs })
      records.push(...called.jobs)
      continue
    }
    const outcome = await runMatrix(
      id,
      job,
      contexts,
      permissions,
      workflowEnv,
      source,
      run
    )
    done.set(id, outcome)
    records.push(...outcome.records)
  }
  const outputs = workflowOutputs(call, {
    ...base,
    jobs: Object.fromEntries(done)
  })
  const failed = [...done.values()].some((d) => d.result === 'failure')
  return { result: failed ? 'failure' : 'success', jobs: records, outputs }
}

/** A job's permissions: its own, else the workflow's, else what the caller granted; never more than granted. */
function jobPermissions(
  job: NodeMap,
  id: string,
  around: {
    workflow: Permissions | undefined
    granted: Permissions | undefined
    file: string
  }
): Permissions {
  const asked = parsePermissions(
    evaluateNode(job.permissions, {}),
    `jobs.${id}`
  )
  const permissions = asked ??
    around.workflow ??
    around.granted ?? { contents: 'read' }
  if (around.granted)
    assertWithin(permissions, around.granted, `${around.file}: jobs.${id}`)
  return permissions
}

/** The workflow_call outputs, evaluated once every job is done. */
function workflowOutputs(
  call: NodeMap,
  contexts: Contexts
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(mapAt(call, 'outputs')).map(([name, definition]) => [
      name,
      isMap(definition) ? toText(evaluateNode(definition.value, contexts)) : ''
    ])
  )
}

function assertNoContainers(
  jobs: NodeMap,
  order: readonly string[],
  file: string
): void {
  for (const id of order) {
    const job = mapAt(jobs, id)
    const key = ['container', 'services'].find((k) => job[k] !== undefined)
    if (key) {
      throw new InputError(
        'RUNNER_CONTAINER',
        `${file}: jobs.${id} uses \`${key}:\`, which the local runner cannot run (it has no container engine): run that job on GitHub, or give it steps that run on the runner itself`
      )
    }
  }
}

function needsOf(job: NodeMap): string[] {
  const needs = job.needs
  if (typeof needs === 'string') return [needs]
  return Array.isArray(needs) ? needs.map((n) => toText(n)) : []
}

async function runMatrix(
  id: string,
  job: NodeMap,
  contexts: Contexts,
  permissions: Permissions,
  workflowEnv: Record<string, string>,
  source: WorkflowSource,
  run: RunContext
): Promise<{
  result: JobResult
  outputs: Record<string, string>
  records: JobRecord[]
}> {
  const strategy = evaluateNode(job.strategy, contexts)
  const combinations = expandMatrix(strategy, id)
  const failFast = readFailFast(strategy, id)
  const records: JobRecord[] = []
  const outputs: Record<string, string> = {}
  let cancelling = false
  for (const [index, matrix] of combinations.entries()) {
    const name = `${id}${matrixLabel(matrix)}`
    if (cancelling) {
      run.log(`⊘ ${name}: cancelled (strategy.fail-fast)`)
      records.push({ id, name, result: 'cancelled', outputs: {}, ms: 0 })
      continue
    }
    run.log(`▶ ${name}`)
    const plan: JobPlan = {
      id,
      name,
      job,
      permissions,
      contexts: {
        ...contexts,
        matrix,
        strategy: {
          'job-index': index,
          'job-total': combinations.length,
          'fail-fast': failFast
        },
        job: {
          status: 'success',
          workflow_repository: source.repository,
          workflow_sha: source.sha,
          workflow_ref: `${source.repository}/${source.relativePath}@${source.ref}`,
          workflow_file_path: source.relativePath
        }
      },
      workflowEnv,
      jobWorkflowRef: `${source.repository}/${source.relativePath}@${source.ref}`,
      jobWorkflowSha: source.sha
    }
    const record = await runJob(plan, run)
    const continueOnError = isTrue(
      evaluateNode(job['continue-on-error'], { ...contexts, matrix })
    )
    if (record.result === 'failure' && continueOnError) {
      record.continuedOnError = true
    } else if (record.result === 'failure' && failFast) cancelling = true
    run.log(
      `${record.result === 'success' ? '✔' : '✖'} ${name}: ${record.result}${record.continuedOnError ? ' (continue-on-error)' : ''} (${(record.ms / 1000).toFixed(2)} s)`
    )
    records.push(record)
    for (const [k, v] of Object.entries(record.outputs))
      if (v !== '') outputs[k] = v
  }
  const failed = records.some(
    (r) =>
      (r.result === 'failure' && !r.continuedOnError) ||
      r.result === 'cancelled'
  )
  return { result: failed ? 'failure' : 'success', outputs, records }
}

/** strategy.fail-fast: true unless the workflow says false. */
function readFailFast(strategy: unknown, id: string): boolean {
  const value =
    strategy && typeof strategy === 'object'
      ? (strategy as Record<string, unknown>)['fail-fast']
      : undefined
  if (value === undefined || value === null) return true
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  throw new InputError(
    'RUNNER_STRATEGY',
    `jobs.${id}.strategy.fail-fast must be true or false, not ${toText(value)}`
  )
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true'
}

async function runCalled(
  id: string,
  job: NodeMap,
  contexts: Contexts,
  permissions: Permissions,
  run: RunContext
): Promise<WorkflowResult> {
  const uses = toText(evaluateNode(job.uses, contexts))
  const source = resolveCalledWorkflow(uses, run)
  const given = evaluateNode(job.with, contexts)
  run.log(`▶ ${id}: calls ${path.basename(source.file)}`)
  // secrets.GITHUB_TOKEN of the calling job: its permissions, for the call.
  const token = callToken(run, permissions)
  const result = await runWorkflow(
    source,
    isMap(given as never) || (given && typeof given === 'object')
      ? (given as Record<string, unknown>)
      : {},
    permissions,
    run,
    {
      secrets: passedSecrets(job, contexts, token.token),
      inherited: job.secrets === 'inherit'
    }
  ).finally(() => token.revoke())
  if (!result.jobs.length) {
    throw new InputError('RUNNER_CALL', `jobs.${id}: ${uses} has no jobs`)
  }
  return result
}

/** The caller repository's secrets, masked. */
function topSecrets(run: RunContext): Secrets {
  const secrets = run.caller.secrets ?? {}
  for (const value of Object.values(secrets)) if (value) run.masks.add(value)
  return { ...secrets }
}

function githubContext(run: RunContext): Record<string, unknown> {
  const { caller } = run
  return {
    repository: caller.repository,
    repository_owner: caller.repository.split('/')[0],
    sha: caller.sha,
    ref: caller.ref,
    ref_name: caller.ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: caller.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    event_name: caller.eventName,
    event: caller.event,
    workflow_ref: caller.workflowRef,
    actor: caller.actor,
    run_id: run.runId,
    run_number: '1',
    run_attempt: '1',
    server_url: 'https://github.com',
    api_url: run.services.github.url
  }
}
