/**
 * The GitHub release calls publishing and attaching share: a client whose
 * every call is retried with a release's long budgets, and the upload of
 * assets by digest (one of the same name and digest stays, one with another
 * digest is replaced).
 */
import { sha256Digest } from '../../lib/digest.js'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { SILENT_LOGGER } from '../../lib/ports.js'
import { DEFAULT_MAX_ATTEMPTS } from '../../lib/net/retry.js'
import type { GitHubCall } from '../github/client.js'
import { GitHubClient } from '../github/client.js'
import type { RetryContext } from '../net/retry.js'
import { createRetryContext } from '../net/retry.js'

export interface PublishOptions {
  /** Tries per call before the run fails (default 5). */
  maxAttempts?: number
  /** Waits between tries; a parameter so tests need not wait. */
  sleep?: (ms: number) => Promise<void>
  log?: (line: string) => void
}

/** An upload of a large asset takes long: each request may take this long. */
const RELEASE_REQUEST_TIMEOUT_MS = 600_000
const RELEASE_RETRY_BUDGET_MS = 1_800_000

/** What an upload needs of a release (the REST API's release object). */
export interface UploadTarget {
  upload_url: string
  assets: { id: number; name: string; digest?: string | null }[]
}

export interface Api {
  client: GitHubClient
  call<T = unknown>(pathOrUrl: string, call: GitHubCall): Promise<T>
}

export function createApi(
  target: { apiUrl: string; token: string },
  options: PublishOptions
): Api {
  const client = new GitHubClient({
    apiUrl: target.apiUrl,
    token: target.token,
    retry: releaseRetry(options)
  })
  return {
    client,
    call: async <T>(pathOrUrl: string, call: GitHubCall): Promise<T> =>
      (await client.call<T>(pathOrUrl, call)).data
  }
}

/** The kernel's retry with the release's attempts, waits and log. */
function releaseRetry(options: PublishOptions): RetryContext {
  const log = options.log
  return createRetryContext(
    {
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      retryBudgetMs: RELEASE_RETRY_BUDGET_MS,
      requestTimeoutMs: RELEASE_REQUEST_TIMEOUT_MS
    },
    log ? { ...SILENT_LOGGER, info: log, warning: log } : SILENT_LOGGER,
    options.sleep ? { sleep: options.sleep } : {}
  )
}

/**
 * Uploads each file as an asset of the release, unless an asset of its name
 * and SHA-256 digest is there; one of its name with another digest is
 * deleted first. `releasesBase` is the releases collection's path or URL.
 * Returns the names uploaded.
 */
export async function uploadAssets(
  api: Api,
  releasesBase: string,
  release: UploadTarget,
  files: readonly string[]
): Promise<string[]> {
  const uploadBase = release.upload_url.replace(/\{.*\}$/, '')
  const uploaded: string[] = []
  for (const file of files) {
    const name = path.basename(file)
    const bytes = await readFile(file)
    const digest = sha256Digest(bytes)
    const there = release.assets.find((a) => a.name === name)
    if (there?.digest === digest) continue
    if (there) {
      await api.call(`${releasesBase}/assets/${there.id}`, { method: 'DELETE' })
    }
    await api.call(`${uploadBase}?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      body: bytes,
      contentType: 'application/octet-stream'
    })
    uploaded.push(name)
  }
  return uploaded
}
