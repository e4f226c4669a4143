/**
 * `provenant release --local`: the publish pipeline on one machine, against
 * the embedded local stack (Sigstore, OIDC, GitHub API), producing the same
 * release folder the reusable workflow publishes, then verifying it as a
 * consumer would.
 *
 * source -> build -> sbom -> checksums -> sign -> rebuild -> provenance ->
 * VERIFY.md -> release (draft, assets, publish) -> verify
 */
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { formatChecksumFile } from '../../lib/rebuild/checksums.js'
import { buildRebuildEnv } from '../../lib/rebuild/environment.js'
import { buildVerifyMd } from '../../lib/release/verify-md.js'
import { PROVENANT_VERSION } from '../../lib/version.js'
import { startLocalStack } from '../../local/stack.js'
import { findArtifacts } from '../rebuild/artifacts.js'
import { runBuild } from '../rebuild/build.js'
import { sha256File } from '../fs/hash.js'
import { createCliStageRunner } from './cli-stage.js'
import { prepareOutputDir } from '../fs/prepare-output-dir.js'
import { publishRelease } from './publish.js'
import { lastCommitTime, snapshotProject } from './snapshot.js'
import { createStageLog } from './stage.js'

const BUILD_TIMEOUT_MS = 30 * 60 * 1000
/** Files of the rebuild report shipped as release assets, and their names there. */
const REBUILD_ASSETS: readonly [string, string][] = [
  ['report.json', 'rebuild-report.json'],
  ['report.md', 'rebuild-report.md'],
  ['rebuild.intoto.json', 'rebuild.intoto.json'],
  // The verdict signed by the rebuild: verify counts it for --rebuilder-identity.
  ['rebuild.sigstore.json', 'rebuild.sigstore.json']
]

export interface LocalReleaseOptions {
  projectDir: string
  build: string
  artifacts: readonly string[]
  outDir: string
  legacySig: boolean
  rebuild: boolean
  tag: string
  /** The bundled CLI every stage runs as a child process. */
  cliPath: string
}

export interface LocalReleaseResult {
  outDir: string
  assets: string[]
  reproducible: boolean | undefined
  timings: { name: string; ms: number }[]
}

export async function runLocalRelease(
  options: LocalReleaseOptions,
  write: (line: string) => void
): Promise<LocalReleaseResult> {
  await assertProject(options.projectDir)
  const outDir = prepareOutputDir(options.outDir, `--out "${options.outDir}"`)
  const log = createStageLog(write)
  const work = await mkdtemp(path.join(os.tmpdir(), 'provenant-release-'))
  const buildLog = `${work}-build.log`
  let stack: Awaited<ReturnType<typeof startLocalStack>> | undefined
  try {
    let done = log.stage('source: the project at one commit')
    const epoch =
      (await lastCommitTime(options.projectDir)) ??
      Math.floor(Date.now() / 1000)
    const source = await snapshotProject(
      options.projectDir,
      path.join(work, 'source'),
      epoch
    )
    // The token's claims name the commit being released, as on GitHub.
    stack = await startLocalStack({ claims: { sha: source.commit } })
    done()

    done = log.stage(`build: ${options.build}`)
    await runBuild({
      command: options.build,
      cwd: source.dir,
      env: buildRebuildEnv(process.env, epoch, {}),
      timeoutMs: BUILD_TIMEOUT_MS,
      // Beside the work folder, not in it: a failed build's message names
      // this log, and the work folder is removed on the way out.
      logFile: buildLog
    })
    await rm(buildLog, { force: true })
    const release = path.join(work, 'release')
    await mkdir(release)
    const built = await findArtifacts(options.artifacts, source.dir)
    for (const artifact of built) {
      await cp(artifact.absolute, path.join(release, artifact.name))
    }
    const artifactNames = built.map((a) => a.name)
    const artifactPaths = artifactNames.map((n) => path.join(release, n))
    done()

    const trust = await stack.writeTrust(path.join(work, 'trust'))
    const trustedRoot = path.join(release, 'trusted_root.json')
    await cp(trust.trustedRoot, trustedRoot)
    const env: NodeJS.ProcessEnv = {
      ...withoutInputs(process.env),
      ...withoutInputs(stack.env),
      GITHUB_WORKSPACE: work
    }
    const cli = createCliStageRunner(options.cliPath, env, work)
    const instance = [
      '--sigstore',
      'custom',
      '--fulcio-url',
      stack.fulcioUrl,
      '--rekor-url',
      stack.rekorUrl,
      '--tsa-url',
      stack.tsaUrl,
      '--trusted-root',
      trustedRoot
    ]

    done = log.stage('sbom: the source tree and every artifact')
    await cli(['sbom', source.dir, ...artifactPaths, '--output-dir', release])
    done()

    done = log.stage('checksums: SHA256SUMS')
    const entries = await Promise.all(
      artifactNames.map(async (name) => ({
        name,
        sha256: await sha256File(path.join(release, name))
      }))
    )
    await writeFile(
      path.join(release, 'SHA256SUMS'),
      formatChecksumFile(entries)
    )
    done()

    done = log.stage('sign: artifacts, SBOMs and SHA256SUMS (one certificate)')
    const sboms = (await readdir(release)).filter((n) =>
      /^sbom-.*\.json$/.test(n)
    )
    await cli([
      'sign',
      ...artifactPaths,
      ...sboms.map((n) => path.join(release, n)),
      path.join(release, 'SHA256SUMS'),
      '--output-dir',
      release,
      ...(options.legacySig ? ['--legacy-sig'] : []),
      ...instance
    ])
    done()

    let reproducible: boolean | undefined
    const verdictFlags: string[] = []
    if (options.rebuild) {
      done = log.stage('rebuild: a fresh checkout of the same commit, compared')
      const reportDir = path.join(work, 'rebuild')
      await cli([
        'rebuild',
        '--build',
        options.build,
        '--artifacts',
        options.artifacts.join('\n'),
        '--reference',
        path.join(release, 'SHA256SUMS'),
        '--source',
        source.dir,
        '--source-ref',
        source.commit,
        '--report-dir',
        reportDir,
        '--fail-on-mismatch=false',
        '--sign',
        ...instance
      ])
      for (const [from, to] of REBUILD_ASSETS) {
        await cp(path.join(reportDir, from), path.join(release, to))
      }
      const report = JSON.parse(
        await readFile(path.join(reportDir, 'report.json'), 'utf8')
      ) as { reproducible?: unknown }
      reproducible = report.reproducible === true
      verdictFlags.push(
        '--reproducible-verdict',
        path.join(release, 'rebuild-report.json')
      )
      done()
    }

    done = log.stage('provenance: SLSA v1, signed, stored with GitHub')
    await cli([
      'attest',
      ...artifactPaths,
      '--output-dir',
      release,
      '--github-token',
      stack.github.token,
      '--oidc-issuer',
      stack.oidc.url,
      ...verdictFlags,
      ...instance
    ])
    done()

    // Every stage signs with the same workflow identity, the rebuild too.
    const identity = `https://github.com/${stack.oidc.claims.job_workflow_ref}`
    const require = ['signature', 'provenance', 'sbom', 'checksum']
    if (reproducible) require.push('reproducible')
    const rebuilder = reproducible ? identity : undefined
    await writeFile(
      path.join(release, 'VERIFY.md'),
      buildVerifyMd({
        provenantVersion: PROVENANT_VERSION,
        title: `${await projectName(options.projectDir)} ${options.tag}`,
        certificateIdentity: identity,
        certificateOidcIssuer: stack.oidc.url,
        repository: stack.oidc.claims.repository,
        signedFiles: [...artifactNames, ...sboms, 'SHA256SUMS'],
        require,
        trustedRoot: 'trusted_root.json',
        ...(rebuilder ? { rebuilderIdentity: rebuilder } : {})
      })
    )

    done = log.stage('release: draft, every asset, then publish once')
    const assets = (await readdir(release)).sort()
    await publishRelease(
      {
        apiUrl: stack.github.url,
        token: stack.github.token,
        repository: stack.oidc.claims.repository,
        tag: options.tag,
        name: `${await projectName(options.projectDir)} ${options.tag}`,
        body: 'Verify with the commands in VERIFY.md.',
        commit: source.commit
      },
      assets.map((n) => path.join(release, n))
    )
    await outDir.replaceWith(release)
    done()

    done = log.stage('verify: the release folder, as a consumer would')
    await cli(
      [
        'verify',
        '.',
        '--trusted-root',
        'trusted_root.json',
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        stack.oidc.url,
        '--require',
        require.join(','),
        ...(rebuilder ? ['--rebuilder-identity', rebuilder] : []),
        '--offline'
      ],
      { cwd: options.outDir }
    )
    done()
    return {
      outDir: options.outDir,
      assets,
      reproducible,
      timings: log.timings
    }
  } finally {
    await stack?.close()
    await rm(work, { recursive: true, force: true })
  }
}

function withoutInputs(
  env: NodeJS.ProcessEnv | Record<string, string>
): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.startsWith('INPUT_'))
  )
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

/** Replaces only an earlier release folder (one with VERIFY.md), never anything else. */
/** The project's own name (package.json or pyproject.toml), else its folder's. */
async function projectName(dir: string): Promise<string> {
  const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(
    () => undefined
  )
  const npmName = text
    ? (JSON.parse(text) as { name?: unknown }).name
    : undefined
  if (typeof npmName === 'string') return npmName
  const pyproject = await readFile(
    path.join(dir, 'pyproject.toml'),
    'utf8'
  ).catch(() => '')
  return /^name\s*=\s*"([^"]+)"/m.exec(pyproject)?.[1] ?? path.basename(dir)
}
