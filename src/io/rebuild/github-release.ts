/**
 * A release's assets through the GitHub client: the release found by its
 * tag, its assets listed page by page, each downloaded (Accept:
 * application/octet-stream) to a file and checked against the digest GitHub
 * reports for it, when it reports one.
 */
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import type { RetryContext } from '../net/retry.js'
import { GitHubClient, gitHubStatusOf } from '../github/client.js'

export interface GitHubApi {
  apiUrl: string
  repository: string
  token: string | undefined
  /** Retries within a budget; the default policy when absent. */
  retry?: RetryContext
}

export interface ReleaseAsset {
  name: string
  url: string
  size: number
  /** `sha256:<hex>` when GitHub reports it. */
  digest: string | undefined
}

export interface Release {
  id: number
  tag: string
  htmlUrl: string
  assets: ReleaseAsset[]
}

interface AssetJson {
  name: string
  url: string
  size: number
  digest?: string | null
}

export async function fetchReleaseByTag(
  api: GitHubApi,
  tag: string
): Promise<Release> {
  const client = clientOf(api)
  const release = await client
    .getOptional<{ id: number; tag_name: string; html_url: string }>(
      `/repos/${api.repository}/releases/tags/${encodeURIComponent(tag)}`
    )
    .catch((error: unknown) => {
      throw refusedToken(api, error)
    })
  if (release === undefined) {
    throw new InputError(
      'REBUILD_UNKNOWN_TAG',
      `input "reference": "${tag}" is not a directory or a file here, nor the tag of a published release of ${api.repository} (GitHub answered 404); give a release tag that exists, a directory of artifacts or a checksums file`
    )
  }
  const assets = await client
    .paginate<AssetJson>(
      `/repos/${api.repository}/releases/${release.id}/assets`
    )
    .catch((error: unknown) => {
      throw refusedToken(api, error)
    })
  return {
    id: release.id,
    tag: release.tag_name,
    htmlUrl: release.html_url,
    assets: assets.map((a) => ({
      name: a.name,
      url: a.url,
      size: a.size,
      digest: a.digest ?? undefined
    }))
  }
}

export async function downloadAsset(
  api: GitHubApi,
  asset: ReleaseAsset,
  dir: string
): Promise<string> {
  const file = path.join(dir, asset.name)
  await clientOf(api)
    .download(asset.url, file)
    .catch((error: unknown) => {
      throw refusedToken(api, error)
    })
  return file
}

function clientOf(api: GitHubApi): GitHubClient {
  return new GitHubClient({
    apiUrl: api.apiUrl,
    token: api.token,
    retry: api.retry
  })
}

/** A 401 or 403 (not a rate limit) is the token's fault: an input error. */
function refusedToken(api: GitHubApi, error: unknown): unknown {
  const status = gitHubStatusOf(error)
  if (status !== 401 && status !== 403) return error
  if ((error as { retryable?: unknown }).retryable === true) return error
  return new InputError(
    'REBUILD_GITHUB_AUTH',
    `input "github-token": GitHub refused the token (HTTP ${status}) for ${api.apiUrl}/repos/${api.repository}; give a token that can read the releases of ${api.repository} (contents: read)`,
    { cause: error }
  )
}
