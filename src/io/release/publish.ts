/**
 * The release on GitHub through the REST API, in the only order immutable
 * releases allow: find or create the draft for the tag, upload every asset
 * it lacks (a re-run resumes: assets already there with the same digest
 * stay, a differing one is replaced), then publish once. A failure before
 * publishing leaves only the draft. Every call is retried on 429, 5xx and
 * network errors with bounded backoff.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError, ServiceError } from '../../lib/errors.js'

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

const BASE_DELAY_MS = 500

export async function publishRelease(
  target: PublishTarget,
  files: readonly string[],
  options: PublishOptions = {}
): Promise<PublishedRelease> {
  const api = createApi(target, options)
  const base = `${target.apiUrl}/repos/${target.repository}/releases`
  assertDistinctNames(files)
  const existing = (
    await api<ReleaseJson[]>('GET', `${base}?per_page=100`)
  ).find((r) => r.tag_name === target.tag)
  if (existing && !existing.draft) {
    throw new InputError(
      'RELEASE_ALREADY_PUBLISHED',
      `release ${target.tag} of ${target.repository} is already published and immutable: release a new tag`
    )
  }
  const draft =
    existing ??
    (await api<ReleaseJson>(
      'POST',
      base,
      JSON.stringify({
        tag_name: target.tag,
        name: target.name,
        body: target.body,
        draft: true,
        target_commitish: target.commit
      })
    ))
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
      await api('DELETE', `${base}/assets/${there.id}`)
    }
    await api(
      'POST',
      `${uploadBase}?name=${encodeURIComponent(name)}`,
      bytes,
      'application/octet-stream'
    )
    uploaded.push(name)
  }
  const published = await api<ReleaseJson>(
    'PATCH',
    `${base}/${draft.id}`,
    JSON.stringify({ draft: false, body: target.body, name: target.name })
  )
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

export type Api = <T>(
  method: string,
  url: string,
  body?: string | Uint8Array,
  type?: string
) => Promise<T>

export function createApi(
  target: Pick<PublishTarget, 'token'>,
  options: PublishOptions
): Api {
  const maxAttempts = options.maxAttempts ?? 5
  const sleep =
    options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)))
  return async <T>(
    method: string,
    url: string,
    body?: string | Uint8Array,
    type = 'application/json'
  ): Promise<T> => {
    const where = `${method} ${new URL(url).pathname}`
    for (let attempt = 1; ; attempt++) {
      let failure: ServiceError
      try {
        const response = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${target.token}`,
            accept: 'application/vnd.github+json',
            'content-type': type
          },
          ...(body === undefined ? {} : { body })
        })
        const text = await response.text()
        if (response.ok) return (text ? JSON.parse(text) : {}) as T
        const retryable = response.status === 429 || response.status >= 500
        failure = new ServiceError(
          'github',
          `${where} answered ${response.status}: ${text.slice(0, 300)}`,
          { status: response.status, retryable }
        )
      } catch (error) {
        failure = new ServiceError(
          'github',
          `${where} failed: ${(error as Error).message}`,
          {
            retryable: true,
            cause: error
          }
        )
      }
      if (!failure.retryable || attempt >= maxAttempts) throw failure
      const delay = BASE_DELAY_MS * 2 ** (attempt - 1)
      options.log?.(
        `${where}: try ${attempt} of ${maxAttempts} failed (${failure.message}); retrying in ${delay} ms`
      )
      await sleep(delay)
    }
  }
}
