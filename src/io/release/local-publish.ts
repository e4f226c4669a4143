/**
 * `provenant release --local`: the project committed at one commit and
 * tagged, then the reusable workflow publish.yml itself run by the local
 * runner against the embedded local stack (Sigstore, OIDC, GitHub API), as
 * a caller granting contents, id-token and attestations: write. The
 * published release is downloaded into the output folder, as a consumer
 * gets it.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { InputError, ServiceError } from '../../lib/errors.js'
import type {
  CallerRepository,
  JobRecord,
  RunContext,
  WorkflowRepository
} from '../../local/runner/index.js'
import { runWorkflow } from '../../local/runner/index.js'
import type { LocalStack } from '../../local/stack.js'
import { startLocalStack } from '../../local/stack.js'
import { execFileCapture } from '../rebuild/exec.js'
import { lastCommitTime, snapshotProject } from './snapshot.js'

export interface LocalPublishOptions {
  projectDir: string
  /** owner/name the release belongs to. */
  repository: string
  tag: string
  /** The inputs of publish.yml (build-command, artifacts, ...). */
  inputs: Record<string, unknown>
  /** Where the published release is downloaded; undefined: nowhere. */
  outDir?: string
  /** Where the local stack's trusted root is kept (outside the release). */
  trustDir: string
  provenant: WorkflowRepository
  log: (line: string) => void
  /** Jobs made to fail (tests inject failures). */
  failJobs?: readonly string[]
  /** Where the committed repository is kept (for a later run); a temporary folder by default. */
  repositoryDir?: string
  /** A stack already running (a second repository released on the same one). */
  stack?: LocalStack
}

export interface LocalPublishResult {
  result: 'success' | 'failure'
  jobs: JobRecord[]
  outputs: Record<string, string>
  /** The published release's assets, downloaded; empty when none was published. */
  assets: string[]
  commit: string
}

export const PUBLISH_WORKFLOW = '.github/workflows/publish.yml'

export async function runLocalPublish(
  options: LocalPublishOptions
): Promise<LocalPublishResult> {
  await assertProject(options.projectDir)
  const work = await mkdtemp(path.join(os.tmpdir(), 'provenant-run-'))
  const stack = options.stack ?? (await startLocalStack())
  try {
    const epoch =
      (await lastCommitTime(options.projectDir)) ??
      Math.floor(Date.now() / 1000)
    const source = await snapshotProject(
      options.projectDir,
      options.repositoryDir ?? path.join(work, 'repository'),
      epoch
    )
    await tag(source.dir, options.tag)
    const trust = await stack.writeTrust(options.trustDir)
    const ref = `refs/tags/${options.tag}`
    const run = createLocalRun(stack, trust.trustedRoot, {
      caller: {
        repository: options.repository,
        dir: source.dir,
        sha: source.commit,
        ref,
        workflowRef: `${options.repository}/.github/workflows/release.yml@${ref}`,
        eventName: 'push',
        event: { ref },
        actor: options.repository.split('/')[0]!
      },
      provenant: options.provenant,
      runDir: path.join(work, 'run'),
      log: options.log,
      failJobs: options.failJobs ?? []
    })
    const result = await runWorkflow(
      {
        file: path.join(options.provenant.root, PUBLISH_WORKFLOW),
        repository: options.provenant.repository,
        relativePath: PUBLISH_WORKFLOW,
        ref: options.provenant.ref,
        sha: options.provenant.sha
      },
      // The scan downloads OSV exports from the stack's mirror: no network.
      { 'scan-osv-url': stack.osv.url, ...options.inputs },
      { contents: 'write', 'id-token': 'write', attestations: 'write' },
      run
    )
    const assets =
      result.result === 'success' && options.outDir
        ? await downloadRelease(
            stack,
            options.repository,
            options.tag,
            options.outDir
          )
        : []
    return { ...result, assets, commit: source.commit }
  } finally {
    if (!options.stack) await stack.close()
    await rm(work, { recursive: true, force: true })
  }
}

/** A run of the local runner on the stack: its services, its Sigstore instance. */
export function createLocalRun(
  stack: LocalStack,
  trustedRoot: string,
  options: {
    caller: CallerRepository
    provenant: WorkflowRepository
    runDir: string
    log: (line: string) => void
    failJobs: readonly string[]
  }
): RunContext {
  return {
    runDir: options.runDir,
    caller: options.caller,
    provenant: options.provenant,
    services: {
      oidc: stack.oidc,
      github: stack.github,
      instanceEnv: {
        INPUT_FULCIO_URL: stack.fulcioUrl,
        INPUT_REKOR_URL: stack.rekorUrl,
        INPUT_TSA_URL: stack.tsaUrl,
        INPUT_TRUSTED_ROOT: trustedRoot,
        INPUT_OIDC_ISSUER: stack.oidc.url
      }
    },
    runId: String(Date.now()),
    log: options.log,
    masks: new Set<string>(),
    failJobs: new Set(options.failJobs)
  }
}

async function tag(dir: string, name: string): Promise<void> {
  const result = await execFileCapture('git', ['tag', name], {
    cwd: dir,
    timeoutMs: 60_000
  })
  if (result.exitCode !== 0) {
    throw new InputError(
      'RELEASE_TAG',
      `--tag ${name} is not a valid git tag: ${result.stderr.trim()}`
    )
  }
}

/** The published release's assets, as a consumer downloads them. */
async function downloadRelease(
  stack: LocalStack,
  repository: string,
  tagName: string,
  outDir: string
): Promise<string[]> {
  const [owner, repo] = repository.split('/')
  const release = stack.github.state.releases.find(
    (r) =>
      r.owner === owner && r.repo === repo && r.tagName === tagName && !r.draft
  )
  if (!release) {
    throw new ServiceError(
      'github',
      `the run succeeded but ${repository} has no published release ${tagName}`
    )
  }
  await mkdir(outDir, { recursive: true })
  for (const asset of release.assets) {
    await writeFile(path.join(outDir, asset.name), asset.bytes)
  }
  return release.assets.map((a) => a.name).sort()
}

async function assertProject(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new InputError(
      'RELEASE_PROJECT_NOT_FOUND',
      `the project directory "${dir}" does not exist: give the folder that holds the project to release`
    )
  }
}
