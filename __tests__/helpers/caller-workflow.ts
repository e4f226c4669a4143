/**
 * A caller repository for runner tests: the files given, committed, and its
 * `.github/workflows/ci.yml` run by the local runner on a local stack.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from '@jest/globals'
import { createLocalRun } from '../../src/io/release/local-publish.js'
import { findProvenant } from '../../src/io/release/provenant-root.js'
import { snapshotProject } from '../../src/io/release/snapshot.js'
import type {
  Permissions,
  WorkflowResult
} from '../../src/local/runner/index.js'
import { runWorkflow } from '../../src/local/runner/index.js'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import { repoPath } from './repo.js'

export interface CallerSetup {
  stack: LocalStack
  trustedRoot: string
  /** Scratch folder; each caller gets <tmp>/<name>, -repo and -run in it. */
  tmp: string
  log: (line: string) => void
}

export async function runCallerWorkflow(
  setup: CallerSetup,
  name: string,
  files: Record<string, string>,
  granted?: Permissions,
  secrets?: Record<string, string>
): Promise<WorkflowResult> {
  const { stack, trustedRoot, tmp } = setup
  const project = path.join(tmp, name)
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(project, file)), { recursive: true })
    await writeFile(path.join(project, file), text)
  }
  const source = await snapshotProject(
    project,
    path.join(tmp, `${name}-repo`),
    1_700_000_000
  )
  const provenant = await findProvenant(repoPath('src'))
  const run = createLocalRun(stack, trustedRoot, {
    caller: {
      repository: `acme/${name}`,
      dir: source.dir,
      sha: source.commit,
      ref: 'refs/heads/main',
      workflowRef: `acme/${name}/.github/workflows/ci.yml@refs/heads/main`,
      eventName: 'push',
      event: {},
      actor: 'acme',
      ...(secrets ? { secrets } : {})
    },
    provenant,
    runDir: path.join(tmp, `${name}-run`),
    log: setup.log,
    failJobs: []
  })
  return runWorkflow(
    {
      file: path.join(source.dir, '.github/workflows/ci.yml'),
      repository: `acme/${name}`,
      relativePath: '.github/workflows/ci.yml',
      ref: 'refs/heads/main',
      sha: source.commit
    },
    {},
    granted,
    run
  )
}

export interface CallerRunner {
  /** Filled in beforeAll. */
  stack: LocalStack
  /** Every line the runs logged (clear it between runs as needed). */
  logs: string[]
  run: (
    name: string,
    files: Record<string, string>,
    granted?: Permissions,
    /** The caller repository's secrets. */
    secrets?: Record<string, string>
  ) => Promise<WorkflowResult>
}

/** Registers beforeAll/afterAll: one local stack and scratch folder for the file's caller runs. */
export function useCallerRunner(prefix: string): CallerRunner {
  const runner = { logs: [] as string[] } as CallerRunner
  let setup: CallerSetup
  beforeAll(async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), prefix))
    runner.stack = await startLocalStack()
    const { trustedRoot } = await runner.stack.writeTrust(
      path.join(tmp, 'trust')
    )
    setup = {
      stack: runner.stack,
      trustedRoot,
      tmp,
      log: (line) => runner.logs.push(line)
    }
  })
  afterAll(async () => {
    await runner.stack.close()
    await rm(setup.tmp, { recursive: true, force: true })
  })
  runner.run = (name, files, granted, secrets) =>
    runCallerWorkflow(setup, name, files, granted, secrets)
  return runner
}
