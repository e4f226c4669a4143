/**
 * One rebuild, start to end, shared by the action and the CLI: resolve the
 * commit, load the reference, check out a fresh worktree, build in the
 * normalised environment, compare, explain, write the report and the
 * verdict statement (signed through the port when asked).
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import {
  buildRebuildEnv,
  toRecordedEnv
} from '../../lib/rebuild/environment.js'
import { chooseExplainer } from '../../lib/rebuild/explain.js'
import type { RebuildInputs } from '../../lib/rebuild/inputs.js'
import { toNameMatcher } from '../../lib/rebuild/name-patterns.js'
import type { RebuildReport } from '../../lib/rebuild/report.js'
import { buildReport } from '../../lib/rebuild/report.js'
import {
  toRebuilderIdentity,
  toRepositoryUri
} from '../../lib/rebuild/rebuilder.js'
import type { SignStatement } from '../../lib/rebuild/statement.js'
import { findArtifacts } from './artifacts.js'
import { BUILD_UMASK, runBuild } from './build.js'
import { compareWithReference } from './compare.js'
import { findOnPath } from './diffoscope.js'
import type { SourceCommit } from './git.js'
import { createWorktree, resolveSourceCommit } from './git.js'
import type { LoadedReference } from './reference.js'
import { loadReference, toReferenceGitHub } from './reference.js'
import type { PathFence } from '../fs/path-fence.js'
import { openFence, resolveWritableDir } from '../fs/path-fence.js'
import { describeOs, detectTools } from './tools.js'
import type { ReportPaths } from './write-report.js'
import { REPORT_FILES, writeReportFiles } from './write-report.js'
import { prepareOutputDir, type OutputDir } from '../fs/prepare-output-dir.js'

export interface RebuildDeps {
  /** Where relative `source`, `reference` and `report-dir` start. */
  cwd: string
  /** The Action's workspace fence for `report-dir`; the CLI writes anywhere. */
  fence?: PathFence
  /** The host environment: PATH and friends for the build, GITHUB_* for the API and the rebuilder. */
  env: Readonly<Record<string, string | undefined>>
  tempDir: string
  now: () => Date
  hostname: string
  provenantVersion: string
  log: (message: string) => void
  onBuildOutput?: (chunk: Buffer) => void
  /** The signing core; undefined while it is not wired. */
  signStatement: SignStatement | undefined
}

export interface RebuildOutcome {
  report: RebuildReport
  paths: ReportPaths
}

export async function runRebuild(
  inputs: RebuildInputs,
  deps: RebuildDeps
): Promise<RebuildOutcome> {
  const startedOn = deps.now()
  if (inputs.sign && !deps.signStatement) {
    throw new InputError(
      'REBUILD_SIGN_UNAVAILABLE',
      'input "sign": signing the rebuild verdict is not available yet in this version of Provenant; set sign: false (rebuild.intoto.json is still written, unsigned)'
    )
  }
  const { diffoscope, explainer } = await pickExplainer(inputs, deps)
  const reportFolder = await openReportDir(inputs, deps)
  const source = await resolveSourceCommit(
    path.resolve(deps.cwd, inputs.source),
    inputs.sourceRef
  )
  deps.log(
    `Rebuilding ${source.commit} (${inputs.sourceRef}) of ${source.root}`
  )
  const reference = await loadReference(
    inputs.reference,
    toNameMatcher(inputs.artifacts),
    {
      cwd: deps.cwd,
      tempDir: deps.tempDir,
      github: toReferenceGitHub(deps.env, inputs.githubToken),
      log: deps.log
    }
  )
  const env = buildRebuildEnv(deps.env, source.committerTime, inputs.env)
  const worktree = await createWorktree(source, deps.tempDir).catch(
    async (error: unknown) => {
      await reference.cleanup()
      throw error
    }
  )
  try {
    const report = await rebuildAndCompare(inputs, deps, {
      source,
      worktreeDir: worktree.dir,
      reference,
      env,
      explainer,
      diffoscope,
      reportFolder,
      startedOn
    })
    const paths = await writeReportFiles(
      report,
      reportFolder.path,
      inputs.sign ? deps.signStatement : undefined
    )
    return { report, paths }
  } finally {
    await worktree.remove()
    await reference.cleanup()
  }
}

/** `report-dir`: checked before any work, created only once the inputs have held. */
async function openReportDir(
  inputs: RebuildInputs,
  deps: RebuildDeps
): Promise<OutputDir> {
  const reportDir = await resolveWritableDir(
    deps.fence ?? openFence(deps.cwd),
    {
      input: 'report-dir',
      given: inputs.reportDir,
      code: 'REBUILD_REPORT_OUTSIDE_WORKSPACE',
      fileCode: 'REBUILD_REPORT_NOT_A_DIRECTORY'
    }
  )
  return prepareOutputDir(reportDir, `input "report-dir" (${inputs.reportDir})`)
}

/** diffoscope when it is on PATH and not refused, else the built-in explainer. */
async function pickExplainer(inputs: RebuildInputs, deps: RebuildDeps) {
  const diffoscope =
    inputs.explainer === 'builtin'
      ? undefined
      : await findOnPath('diffoscope', deps.env.PATH)
  const explainer = chooseExplainer(inputs.explainer, diffoscope !== undefined)
  return { diffoscope, explainer }
}

/** The build in a clean worktree, its artifacts compared with the reference, as the report. */
async function rebuildAndCompare(
  inputs: RebuildInputs,
  deps: RebuildDeps,
  run: {
    source: SourceCommit
    worktreeDir: string
    reference: LoadedReference
    env: Record<string, string>
    explainer: Awaited<ReturnType<typeof pickExplainer>>['explainer']
    diffoscope: Awaited<ReturnType<typeof pickExplainer>>['diffoscope']
    reportFolder: OutputDir
    startedOn: Date
  }
): Promise<RebuildReport> {
  const { source, worktreeDir, reference, env, explainer, diffoscope } = run
  const { reportFolder, startedOn } = run
  const workdir = path.join(worktreeDir, inputs.workingDirectory)
  const built = await build(inputs, deps, {
    workdir,
    env,
    source,
    reportFolder
  })
  const artifacts = await findArtifacts(inputs.artifacts, workdir)
  const results = await compareWithReference(artifacts, reference, {
    explainer,
    diffoscope,
    reportDir: reportFolder.path,
    buildPaths: [worktreeDir],
    env: deps.env,
    log: deps.log
  })
  return buildReport({
    source: {
      repository: toRepositoryUri(source.remoteUrl, source.root),
      commit: source.commit,
      ref: inputs.sourceRef,
      committerTime: source.committerTime
    },
    build: built,
    reference: reference.info,
    rebuilder: toRebuilderIdentity(
      deps.env,
      deps.hostname,
      deps.provenantVersion
    ),
    explainer,
    artifacts: results,
    startedOn,
    finishedOn: deps.now()
  })
}

/** The build in the checkout's working directory, its log in the report folder: what the report records of it. */
async function build(
  inputs: RebuildInputs,
  deps: RebuildDeps,
  at: {
    workdir: string
    env: Record<string, string>
    source: SourceCommit
    reportFolder: OutputDir
  }
) {
  if (!(await stat(at.workdir).catch(() => undefined))?.isDirectory()) {
    throw new InputError(
      'REBUILD_WORKING_DIRECTORY',
      `input "working-directory": ${inputs.workingDirectory} is not a directory of commit ${at.source.commit}`
    )
  }
  const [tools, os] = await Promise.all([
    detectTools(at.env, at.workdir),
    describeOs()
  ])
  await at.reportFolder.create()
  deps.log(
    `Building with SOURCE_DATE_EPOCH=${at.source.committerTime}: ${inputs.build}`
  )
  const { durationMs } = await runBuild({
    command: inputs.build,
    cwd: at.workdir,
    env: at.env,
    timeoutMs: inputs.buildTimeoutMinutes * 60_000,
    logFile: path.join(at.reportFolder.path, REPORT_FILES.buildLog),
    onOutput: deps.onBuildOutput
  })
  return {
    command: inputs.build,
    workingDirectory: inputs.workingDirectory,
    artifacts: inputs.artifacts,
    environment: toRecordedEnv(at.env),
    umask: BUILD_UMASK,
    tools,
    os,
    durationMs
  }
}
