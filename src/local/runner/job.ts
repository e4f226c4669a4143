/**
 * One job (one matrix combination) on a fresh workspace: its environment
 * and contexts, the credentials its permissions grant (a GitHub token with
 * exactly its scopes; the OIDC request variables only with id-token: write),
 * its steps, and its outputs.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { evaluateNode, evaluateTextMap, toText } from './expressions.js'
import type { Contexts } from './expressions.js'
import { runAction } from './actions.js'
import type { Permissions } from './permissions.js'
import { allows } from './permissions.js'
import { callToken } from './secrets.js'
import type { JobRecord, RunContext } from './run-context.js'
import type { StepResult, StepScope } from './steps.js'
import { runPosts, runSteps } from './steps.js'
import type { NodeMap } from './template.js'
import { mapAt } from './template.js'

export interface JobPlan {
  id: string
  name: string
  job: NodeMap
  permissions: Permissions
  /** github, inputs, needs, matrix, strategy, vars, secrets, job. */
  contexts: Contexts
  /** The workflow's env: (evaluated). */
  workflowEnv: Record<string, string>
  /** owner/name/.github/workflows/x.yml@ref of the workflow the job is in. */
  jobWorkflowRef: string
  jobWorkflowSha: string
}

export async function runJob(
  plan: JobPlan,
  run: RunContext
): Promise<JobRecord> {
  const started = performance.now()
  const dirs = await createJobDirs(plan, run)
  const { oidc } = run.services
  const token = callToken(run, plan.permissions)
  const grant = allows(plan.permissions, 'id-token', 'write')
    ? oidc.grant(oidcClaims(plan, run))
    : undefined
  if (grant) run.masks.add(grant.requestToken)
  try {
    const scope = jobScope(plan, run, {
      ...dirs,
      token: token.token,
      ...(grant
        ? {
            oidc: {
              requestUrl: oidc.requestUrl,
              requestToken: grant.requestToken
            }
          }
        : {})
    })
    const results: Record<string, StepResult> = {}
    const stepsOk = await runSteps(plan.job.steps, scope, results)
    const ok = await runPosts(
      { ...scope, contexts: { ...scope.contexts, steps: results } },
      stepsOk
    )
    const outputs = Object.fromEntries(
      Object.entries(mapAt(plan.job, 'outputs')).map(([name, value]) => [
        name,
        toText(evaluateNode(value, { ...scope.contexts, steps: results }))
      ])
    )
    const ms = Math.round(performance.now() - started)
    return {
      id: plan.id,
      name: plan.name,
      result: ok ? 'success' : 'failure',
      outputs,
      ms
    }
  } finally {
    token.revoke()
    grant?.revoke()
  }
}

/** A fresh job folder: workspace, temp and the step summary file. */
async function createJobDirs(plan: JobPlan, run: RunContext) {
  const root = path.join(
    run.runDir,
    'jobs',
    `${plan.id}-${Math.random().toString(36).slice(2, 8)}`
  )
  const workspace = path.join(root, 'workspace')
  const temp = path.join(root, 'temp')
  await mkdir(workspace, { recursive: true })
  await mkdir(temp, { recursive: true })
  const summaryFile = path.join(root, 'summary.md')
  await writeFile(summaryFile, '')
  return { root, workspace, temp, summaryFile }
}

/** What the job's steps see: the runner's variables, the credentials granted, the contexts and the job's env:. */
function jobScope(
  plan: JobPlan,
  run: RunContext,
  dirs: {
    root: string
    workspace: string
    temp: string
    summaryFile: string
    token: string
    /** Only with id-token: write. */
    oidc?: { requestUrl: string; requestToken: string }
  }
): StepScope {
  const { root, workspace, temp, summaryFile } = dirs
  const githubContext = {
    ...(plan.contexts.github as object),
    job: plan.id,
    token: dirs.token,
    workspace
  }
  const secrets = {
    ...(plan.contexts.secrets as Record<string, string> | undefined),
    GITHUB_TOKEN: dirs.token
  }
  const base = { ...plan.contexts, github: githubContext, secrets }
  const env: Record<string, string> = {
    ...runnerEnv(run, plan, workspace, temp),
    ...(dirs.oidc
      ? {
          ACTIONS_ID_TOKEN_REQUEST_URL: dirs.oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: dirs.oidc.requestToken
        }
      : {}),
    ...plan.workflowEnv
  }
  const runnerContext = {
    os: 'Linux',
    arch: 'X64',
    name: `local-${plan.id}`,
    temp,
    tool_cache: path.join(root, 'tool-cache'),
    environment: 'github-hosted'
  }
  const contexts0 = {
    ...base,
    runner: runnerContext,
    env: { ...plan.workflowEnv }
  }
  const jobEnv = evaluateTextMap(plan.job.env, contexts0)
  Object.assign(env, jobEnv)
  return {
    run,
    jobName: plan.name,
    workspace,
    temp,
    env,
    contexts: { ...contexts0, env: { ...plan.workflowEnv, ...jobEnv } },
    path: [path.dirname(process.execPath)],
    summaryFile,
    runAction,
    posts: []
  }
}

function oidcClaims(plan: JobPlan, run: RunContext): Record<string, string> {
  const { caller } = run
  const [owner] = caller.repository.split('/')
  return {
    repository: caller.repository,
    repository_owner: owner!,
    sha: caller.sha,
    ref: caller.ref,
    ref_type: caller.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    workflow_ref: caller.workflowRef,
    workflow_sha: caller.sha,
    job_workflow_ref: plan.jobWorkflowRef,
    job_workflow_sha: plan.jobWorkflowSha,
    event_name: caller.eventName,
    actor: caller.actor,
    run_id: run.runId
  }
}

function runnerEnv(
  run: RunContext,
  plan: JobPlan,
  workspace: string,
  temp: string
): Record<string, string> {
  const { caller } = run
  const refName = caller.ref.replace(/^refs\/(heads|tags)\//, '')
  return {
    PATH: [path.dirname(process.execPath), process.env.PATH ?? ''].join(
      path.delimiter
    ),
    HOME: process.env.HOME ?? os.homedir(),
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: caller.repository,
    GITHUB_REPOSITORY_OWNER: caller.repository.split('/')[0]!,
    GITHUB_SHA: caller.sha,
    GITHUB_REF: caller.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: caller.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_EVENT_NAME: caller.eventName,
    GITHUB_WORKFLOW_REF: caller.workflowRef,
    GITHUB_JOB: plan.id,
    GITHUB_ACTOR: caller.actor,
    GITHUB_RUN_ID: run.runId,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: run.services.github.url,
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(temp, '..', 'tool-cache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    ...run.services.instanceEnv
  }
}
