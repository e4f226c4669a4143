/**
 * A release's assets through the GitHub REST API: the release found by its
 * tag, its assets listed page by page (following the Link header), each downloaded (Accept:
 * application/octet-stream) to a file and checked against the digest GitHub
 * reports for it, when it reports one.
 */
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream } from 'node:stream/web'
import { InputError, ServiceError } from '../../lib/errors.js'

export interface GitHubApi {
  apiUrl: string
  repository: string
  token: string | undefined
  fetch: typeof fetch
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

const PER_PAGE = 100

export async function fetchReleaseByTag(
  api: GitHubApi,
  tag: string
): Promise<Release> {
  const url = `${api.apiUrl}/repos/${api.repository}/releases/tags/${encodeURIComponent(tag)}`
  const response = await call(api, url, 'application/vnd.github+json')
  if (response.status === 404) {
    throw new InputError(
      'REBUILD_UNKNOWN_TAG',
      `input "reference": "${tag}" is not a directory or a file here, nor the tag of a published release of ${api.repository} (GitHub answered 404); give a release tag that exists, a directory of artifacts or a checksums file`
    )
  }
  const release = (await json(response, url)) as {
    id: number
    tag_name: string
    html_url: string
  }
  const assets: ReleaseAsset[] = []
  let listUrl: string | undefined =
    `${api.apiUrl}/repos/${api.repository}/releases/${release.id}/assets?per_page=${PER_PAGE}`
  while (listUrl !== undefined) {
    const response = await call(api, listUrl, 'application/vnd.github+json')
    const list = (await json(response, listUrl)) as {
      name: string
      url: string
      size: number
      digest?: string | null
    }[]
    for (const a of list) {
      assets.push({
        name: a.name,
        url: a.url,
        size: a.size,
        digest: a.digest ?? undefined
      })
    }
    listUrl = nextPage(response.headers.get('link'))
  }
  return {
    id: release.id,
    tag: release.tag_name,
    htmlUrl: release.html_url,
    assets
  }
}

export async function downloadAsset(
  api: GitHubApi,
  asset: ReleaseAsset,
  dir: string
): Promise<string> {
  const response = await call(api, asset.url, 'application/octet-stream')
  if (!response.ok || !response.body) {
    throw new ServiceError(
      'github',
      `downloading release asset ${asset.name} failed: HTTP ${response.status}`,
      {
        status: response.status,
        retryable: response.status >= 500
      }
    )
  }
  const file = path.join(dir, asset.name)
  await pipeline(
    Readable.fromWeb(response.body as ReadableStream<Uint8Array>),
    createWriteStream(file)
  )
  return file
}

async function call(
  api: GitHubApi,
  url: string,
  accept: string
): Promise<Response> {
  const headers: Record<string, string> = {
    accept,
    'x-github-api-version': '2022-11-28',
    'user-agent': 'provenant-rebuild'
  }
  if (api.token) headers.authorization = `Bearer ${api.token}`
  let response: Response
  try {
    response = await api.fetch(url, { headers, redirect: 'follow' })
  } catch (error) {
    throw new ServiceError(
      'github',
      `cannot reach the GitHub API at ${api.apiUrl}: ${String(error)}`,
      {
        retryable: true,
        cause: error
      }
    )
  }
  if (response.status === 401 || response.status === 403) {
    throw new InputError(
      'REBUILD_GITHUB_AUTH',
      `input "github-token": GitHub refused the token (HTTP ${response.status}) for ${url}; give a token that can read the releases of ${api.repository} (contents: read)`
    )
  }
  return response
}

async function json(response: Response, url: string): Promise<unknown> {
  if (!response.ok) {
    throw new ServiceError(
      'github',
      `GET ${url} answered HTTP ${response.status}`,
      {
        status: response.status,
        retryable: response.status >= 500 || response.status === 429
      }
    )
  }
  return response.json()
}

/** The rel="next" address of a Link header: GitHub's pagination. */
function nextPage(link: string | null): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part)
    if (match) return match[1]
  }
  return undefined
}
