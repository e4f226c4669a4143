/**
 * The release on GitHub through the REST API, in the only order immutable
 * releases allow: find or create the draft for the tag, upload every asset
 * it lacks (a re-run resumes: assets already there with the same digest
 * stay, a differing one is replaced), then publish once. A failure before
 * publishing leaves only the draft. Every call goes through the GitHub
 * client: retried on 429, 5xx, rate limits and network errors with bounded
 * backoff.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { SILENT_LOGGER } from '../../lib/ports.js'
import { DEFAULT_MAX_ATTEMPTS } from '../../lib/net/retry.js'
import type { GitHubCall } from '../github/client.js'
import { GitHubClient } from '../github/client.js'
import type { RetryContext } from '../net/retry.js'
import { createRetryContext } from '../net/retry.js'

export interface PublishTarget {
  apiUrl: string
  token: string
  repository: string
  tag: string
  name: string
  body: string
  commit: string
}

export interface PublishOptions {
  /** Tries per call before the run fails (default 5). */
  maxAttempts?: number
  /** Waits between tries; a parameter so tests need not wait. */
  sleep?: (ms: number) => Promise<void>
  log?: (line: string) => void
}

export interface PublishedRelease {
  id: number
  htmlUrl: string
  assets: string[]
  /** Assets this run uploaded (fewer than assets on a resumed run). */
  uploaded: string[]
}

interface ReleaseJson {
  id: number
  tag_name: string
  draft: boolean
  html_url: string
  upload_url: string
  assets: { id: number; name: string; digest?: string | null }[]
}

/** An upload of a large asset takes long: each request may take this long. */
const RELEASE_REQUEST_TIMEOUT_MS = 600_000
const RELEASE_RETRY_BUDGET_MS = 1_800_000

export async function publishRelease(
  target: PublishTarget,
  files: readonly string[],
  options: PublishOptions = {}
): Promise<PublishedRelease> {
  const api = createApi(target, options)
  const base = `/repos/${target.repository}/releases`
  assertDistinctNames(files)
  const existing = (await api.client.paginate<ReleaseJson>(base)).find(
    (r) => r.tag_name === target.tag
  )
  if (existing && !existing.draft) {
    throw new InputError(
      'RELEASE_ALREADY_PUBLISHED',
      `release ${target.tag} of ${target.repository} is already published and immutable: release a new tag`
    )
  }
  const draft =
    existing ??
    (await api.call<ReleaseJson>(base, {
      method: 'POST',
      json: {
        tag_name: target.tag,
        name: target.name,
        body: target.body,
        draft: true,
        target_commitish: target.commit
      }
    }))
  if (existing)
    options.log?.(
      `resuming the draft of ${target.tag} (${existing.assets.length} asset(s) there)`
    )
  const uploadBase = draft.upload_url.replace(/\{.*\}$/, '')
  const uploaded: string[] = []
  for (const file of files) {
    const name = path.basename(file)
    const bytes = await readFile(file)
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    const there = draft.assets.find((a) => a.name === name)
    if (there?.digest === digest) continue
    if (there) {
      await api.call(`${base}/assets/${there.id}`, { method: 'DELETE' })
    }
    await api.call(`${uploadBase}?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      body: bytes,
      contentType: 'application/octet-stream'
    })
    uploaded.push(name)
  }
  const published = await api.call<ReleaseJson>(`${base}/${draft.id}`, {
    method: 'PATCH',
    json: { draft: false, body: target.body, name: target.name }
  })
  return {
    id: published.id,
    htmlUrl: published.html_url,
    assets: files.map((f) => path.basename(f)),
    uploaded
  }
}

function assertDistinctNames(files: readonly string[]): void {
  const names = files.map((f) => path.basename(f))
  const twice = names.filter((n, i) => names.indexOf(n) !== i)
  if (twice.length > 0) {
    throw new InputError(
      'RELEASE_DUPLICATE_ASSET',
      `two files would be the release asset ${twice[0]}: give each asset a distinct file name`
    )
  }
}

export interface Api {
  client: GitHubClient
  call<T = unknown>(pathOrUrl: string, call: GitHubCall): Promise<T>
}

export function createApi(
  target: Pick<PublishTarget, 'apiUrl' | 'token'>,
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
