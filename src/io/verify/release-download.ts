/**
 * `provenant verify --release owner/repo@tag`: the release's assets listed
 * and downloaded through the GitHub REST API (no token needed for a public
 * repository; a token raises the rate limit), kept in a cache folder per
 * release, each checked against the digest GitHub reports, then verified
 * as a folder. A cached file whose digest still matches is not downloaded
 * again; files no longer in the release are removed from the cache.
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError, VerificationError } from '../../lib/errors.js'
import type { ReleaseRef } from '../../lib/verify/release-ref.js'
import type { GitHubApi, ReleaseAsset } from '../rebuild/github-release.js'
import { downloadAsset, fetchReleaseByTag } from '../rebuild/github-release.js'
import { sha256File } from '../fs/hash.js'

export interface ReleaseDownloadDeps {
  apiUrl: string
  token: string | undefined
  /** The cache root; the release goes to <root>/releases/<host>/<owner>/<repo>/<tag>/. */
  cacheDir: string
  log: (message: string) => void
}

/** Downloads (or reuses) the release's assets; resolves to the folder that holds them. */
export async function downloadRelease(
  ref: ReleaseRef,
  deps: ReleaseDownloadDeps
): Promise<string> {
  const api: GitHubApi = {
    apiUrl: deps.apiUrl.replace(/\/+$/, ''),
    repository: `${ref.owner}/${ref.repo}`,
    token: deps.token
  }
  const release = await fetchReleaseByTag(api, ref.tag).catch(
    (error: unknown) => {
      if (error instanceof InputError && error.code === 'REBUILD_UNKNOWN_TAG') {
        throw new InputError(
          'VERIFY_RELEASE_NOT_FOUND',
          `--release: ${api.repository} has no published release tagged ${ref.tag} at ${api.apiUrl} (GitHub answered 404); check the tag, and give --github-token (or GITHUB_TOKEN) for a private repository`,
          { cause: error }
        )
      }
      throw error
    }
  )
  if (release.assets.length === 0) {
    throw new InputError(
      'VERIFY_RELEASE_EMPTY',
      `--release: ${api.repository}@${ref.tag} has no assets to verify`
    )
  }
  const dir = path.join(
    deps.cacheDir,
    'releases',
    new URL(api.apiUrl).host.replaceAll(':', '_'),
    ref.owner,
    ref.repo,
    encodeURIComponent(ref.tag)
  )
  await mkdir(dir, { recursive: true })
  await dropStale(dir, release.assets)
  let fetched = 0
  for (const asset of release.assets) {
    if (await isCached(dir, asset)) continue
    await fetchAsset(api, asset, dir)
    fetched++
  }
  deps.log(
    `${api.repository}@${release.tag}: ${release.assets.length} assets (${fetched} downloaded, ${release.assets.length - fetched} from the cache) in ${dir}`
  )
  return dir
}

async function fetchAsset(
  api: GitHubApi,
  asset: ReleaseAsset,
  dir: string
): Promise<void> {
  if (asset.name.includes('/') || asset.name.startsWith('.')) {
    throw new InputError(
      'VERIFY_RELEASE_ASSET_NAME',
      `--release: the asset name "${asset.name}" is not a plain file name`
    )
  }
  const staging = path.join(dir, '.download')
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging)
  try {
    const file = await downloadAsset(api, asset, staging)
    const digest = `sha256:${await sha256File(file)}`
    if (asset.digest !== undefined && asset.digest !== digest) {
      throw new VerificationError(
        'VERIFY_RELEASE_ASSET_DIGEST',
        `--release: the downloaded ${asset.name} has ${digest}, but GitHub reports ${asset.digest} for it`
      )
    }
    await rename(file, path.join(dir, asset.name))
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function isCached(dir: string, asset: ReleaseAsset): Promise<boolean> {
  const file = path.join(dir, asset.name)
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile() || info.size !== asset.size) return false
  if (asset.digest === undefined) return false
  return `sha256:${await sha256File(file)}` === asset.digest
}

async function dropStale(
  dir: string,
  assets: readonly ReleaseAsset[]
): Promise<void> {
  const names = new Set(assets.map((a) => a.name))
  for (const entry of await readdir(dir)) {
    if (!names.has(entry))
      await rm(path.join(dir, entry), { recursive: true, force: true })
  }
}
