/**
 * actions/release: the release job without `gh`. Resolves the release files
 * inside the workspace, writes VERIFY.md (the consumer's commands, bound to
 * the caller) when a certificate identity is given, then drafts the
 * release, uploads every asset (resumable) and publishes once. The only
 * place this action writes outputs and the job summary.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { glob } from 'tinyglobby'
import { InputError } from '../../lib/errors.js'
import type { ReleaseInputs } from '../../lib/release/inputs.js'
import { buildVerifyMd } from '../../lib/release/verify-md.js'
import { publishRelease } from '../../io/release/publish.js'
import { setOutputs } from '../common/action-io.js'

export const OUTPUTS = ['url', 'id', 'assets'] as const

export type ReleaseOutputs = Record<(typeof OUTPUTS)[number], string>

export interface ReleaseActionDeps {
  workspace: string
  runnerTemp: string
  githubApiUrl: string
  log: (line: string) => void
}

const BUNDLE = '.sigstore.json'
const PROVENANCE = 'provenance.intoto.jsonl'
const REBUILD_VERDICT = 'rebuild.sigstore.json'

export async function run(
  inputs: ReleaseInputs,
  deps: ReleaseActionDeps
): Promise<ReleaseOutputs> {
  const files = await resolveFiles(inputs.assets, deps.workspace)
  if (inputs.certificateIdentity) {
    files.push(await writeVerifyMd(inputs, files, deps.runnerTemp))
  }
  const release = await publishRelease(
    {
      apiUrl: deps.githubApiUrl,
      token: inputs.githubToken,
      repository: inputs.repository,
      tag: inputs.tag,
      name: inputs.title ?? `${inputs.repository} ${inputs.tag}`,
      body: 'Verify these files with the commands in VERIFY.md.',
      commit: inputs.targetCommitish
    },
    files,
    { maxAttempts: inputs.uploadAttempts, log: deps.log }
  )
  const outputs: ReleaseOutputs = {
    url: release.htmlUrl,
    id: String(release.id),
    assets: release.assets.join('\n')
  }
  setOutputs(outputs)
  await core.summary
    .addHeading(`Released ${inputs.repository} ${inputs.tag}`, 3)
    .addRaw(
      `${release.assets.length} assets (${release.uploaded.length} uploaded by this run): ${release.htmlUrl}`
    )
    .write()
  return outputs
}

async function resolveFiles(
  patterns: readonly string[],
  workspace: string
): Promise<string[]> {
  const found: string[] = []
  const problems: string[] = []
  for (const pattern of patterns) {
    const matched = await glob(pattern, {
      cwd: workspace,
      absolute: true,
      onlyFiles: true
    })
    const outside = matched.filter((f) =>
      path.relative(workspace, f).startsWith('..')
    )
    if (matched.length === 0) problems.push(`"${pattern}" matches no file`)
    if (outside.length > 0) problems.push(`"${pattern}" leaves the workspace`)
    found.push(...matched)
  }
  if (problems.length > 0) {
    throw new InputError(
      'RELEASE_ASSETS',
      `input "assets": ${problems.join('; ')}: give paths or globs of the built release files inside the workspace`
    )
  }
  return [...new Set(found)].sort()
}

async function writeVerifyMd(
  inputs: ReleaseInputs,
  files: readonly string[],
  runnerTemp: string
): Promise<string> {
  const names = new Set(files.map((f) => path.basename(f)))
  const signed = [...names].filter((n) => names.has(`${n}${BUNDLE}`)).sort()
  const sums = files.find((f) => path.basename(f) === 'SHA256SUMS')
  const attested = sums
    ? (await readFile(sums, 'utf8'))
        .split('\n')
        .map((l) => /^[0-9a-f]{64}\s+\*?(.+)$/.exec(l.trim())?.[1])
        .filter((n): n is string => n !== undefined && names.has(n))
    : []
  const require = [...inputs.verifyRequire]
  if (names.has(PROVENANCE) && !require.includes('provenance'))
    require.push('provenance')
  const rebuilder =
    inputs.rebuilderIdentity && names.has(REBUILD_VERDICT)
      ? inputs.rebuilderIdentity
      : undefined
  if (rebuilder && !require.includes('reproducible'))
    require.push('reproducible')
  const file = path.join(runnerTemp, 'VERIFY.md')
  await writeFile(
    file,
    buildVerifyMd({
      title: `${inputs.repository} ${inputs.tag}`,
      certificateIdentity: inputs.certificateIdentity!,
      certificateOidcIssuer: inputs.certificateOidcIssuer,
      repository: inputs.repository,
      sourceTag: inputs.tag,
      signedFiles: signed,
      attestedFiles: attested,
      require,
      images: inputs.images.map((i) => i.slice('oci://'.length)),
      ...(inputs.trustedRoot
        ? {
            trustedRoot: inputs.trustedRoot,
            local: isLocal(inputs.certificateOidcIssuer)
          }
        : {}),
      ...(rebuilder ? { rebuilderIdentity: rebuilder } : {})
    })
  )
  return file
}

/** The local stack's issuer listens on the loopback interface. */
function isLocal(issuer: string): boolean {
  return /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(issuer)
}
