/**
 * OSV's per-ecosystem exports (<base>/<Ecosystem>/all.zip), kept in the
 * cache directory: each request is conditional (If-None-Match and
 * If-Modified-Since from the last answer), a 304 keeps the copy, a 200
 * replaces it atomically; network faults are retried with backoff and
 * bounded (the project's retry loop and HTTP client). Never called with
 * --offline.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { ServiceError } from '../../lib/errors.js'
import { writeFilesAtomically } from '../fs/atomic-write.js'
import { HttpStatusError, request } from '../net/http.js'
import { withRetry, type RetryContext } from '../net/retry.js'

interface Validators {
  etag?: string
  lastModified?: string
  url: string
}

export interface DownloadResult {
  ecosystem: string
  file: string
  /** true: the server said 304 and the cached copy was kept. */
  notModified: boolean
}

export function cachedZipPath(cacheDir: string, ecosystem: string): string {
  return path.join(
    cacheDir,
    'osv',
    `${ecosystem.replace(/[^A-Za-z0-9.-]/g, '_')}-all.zip`
  )
}

async function readValidators(file: string): Promise<Validators | undefined> {
  try {
    await stat(file) // no zip, no conditional request
    return JSON.parse(await readFile(`${file}.json`, 'utf8')) as Validators
  } catch {
    return undefined
  }
}

export async function downloadEcosystem(
  ecosystem: string,
  options: { baseUrl: string; cacheDir: string; retry: RetryContext }
): Promise<DownloadResult> {
  const file = cachedZipPath(options.cacheDir, ecosystem)
  const url = `${options.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(ecosystem)}/all.zip`
  const known = await readValidators(file)
  const headers: Record<string, string> = { accept: 'application/zip' }
  if (known?.url === url) {
    if (known.etag) headers['if-none-match'] = known.etag
    if (known.lastModified) headers['if-modified-since'] = known.lastModified
  }
  const answer = await withRetry(
    'osv',
    url,
    options.retry,
    async ({ timeoutMs }) => {
      try {
        return await request(url, { method: 'GET', headers, timeoutMs })
      } catch (error) {
        if (error instanceof HttpStatusError && error.statusCode === 304)
          return undefined
        throw error
      }
    }
  )
  if (!answer) return { ecosystem, file, notModified: true }
  if (
    answer.body.length < 4 ||
    answer.body[0] !== 0x50 ||
    answer.body[1] !== 0x4b
  )
    throw new ServiceError(
      'osv',
      `OSV database (${url}) answered with something that is not a zip: check --osv-url`,
      { retryable: false }
    )
  const validators: Validators = { url }
  const etag = answer.headers.etag
  const lastModified = answer.headers['last-modified']
  if (typeof etag === 'string') validators.etag = etag
  if (typeof lastModified === 'string') validators.lastModified = lastModified
  await writeFilesAtomically([
    { path: file, content: answer.body },
    { path: `${file}.json`, content: `${JSON.stringify(validators)}\n` }
  ])
  return { ecosystem, file, notModified: false }
}
