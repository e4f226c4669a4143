/**
 * The one GitHub REST client: every call to GitHub (attestations, releases,
 * their assets) goes through it and through the network kernel. Its base is
 * GITHUB_API_URL (a GitHub Enterprise Server's `https://host/api/v3` too);
 * lists are read page by page following the Link header's rel="next";
 * 429, 5xx and network faults are retried with backoff within the budget;
 * a rate limit (403 or 429 with `x-ratelimit-remaining: 0` or a
 * Retry-After) is waited out when it resets within the budget, and
 * otherwise ends the call with an error that says when it resets. The
 * token goes in the Authorization header only, and is masked in errors.
 */
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type { IncomingHttpHeaders } from 'node:http'
import { ServiceError } from '../../lib/errors.js'
import type { HttpMethod, HttpResponse } from '../net/http.js'
import { HttpStatusError, request, requestStream } from '../net/http.js'
import type { RetryContext } from '../net/retry.js'
import { defaultRetryContext, withRetry } from '../net/retry.js'
import { DEFAULT_GITHUB_API_URL, trimSlashes } from './environment.js'

export const GITHUB_API_VERSION = '2022-11-28'
const JSON_MEDIA_TYPE = 'application/vnd.github+json'
const PER_PAGE = 100
/** A list longer than this many pages is a server that never ends it. */
const MAX_PAGES = 1000
const MAX_REDIRECTS = 5

export interface GitHubClientOptions {
  /** GITHUB_API_URL; https://api.github.com when absent or empty. */
  apiUrl?: string | undefined
  /** Sent as `Authorization: Bearer`; none for a public repository's reads. */
  token?: string | undefined
  /** Retries within a budget; the default policy when absent. */
  retry?: RetryContext | undefined
}

export interface GitHubCall {
  method?: HttpMethod
  /** A JSON body (an object) or raw bytes with `contentType`. */
  json?: unknown
  body?: Uint8Array | string
  contentType?: string
  accept?: string
}

export interface GitHubAnswer<T> {
  status: number
  headers: IncomingHttpHeaders
  data: T
}

export class GitHubClient {
  readonly apiUrl: string
  readonly #token: string | undefined
  readonly #retry: RetryContext

  constructor(options: GitHubClientOptions = {}) {
    this.apiUrl = trimSlashes(options.apiUrl || DEFAULT_GITHUB_API_URL)
    this.#token = options.token || undefined
    this.#retry = options.retry ?? defaultRetryContext()
  }

  /** An API path (`/repos/...`) under the base, or an absolute URL as given. */
  url(pathOrUrl: string): string {
    return /^https?:\/\//i.test(pathOrUrl)
      ? pathOrUrl
      : `${this.apiUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`
  }

  /** One call, its JSON answer parsed (`{}` for an empty body). */
  async call<T>(
    pathOrUrl: string,
    call: GitHubCall = {}
  ): Promise<GitHubAnswer<T>> {
    const response = await this.#send(this.url(pathOrUrl), call)
    const text = response.body.toString('utf8')
    return {
      status: response.status,
      headers: response.headers,
      data: (text ? JSON.parse(text) : {}) as T
    }
  }

  /** A GET whose 404 means "none": undefined then. */
  async getOptional<T>(pathOrUrl: string): Promise<T | undefined> {
    try {
      return (await this.call<T>(pathOrUrl)).data
    } catch (error) {
      if (gitHubStatusOf(error) === 404) return undefined
      throw error
    }
  }

  /**
   * Every item of a paged list: `per_page=100` unless the path sets it,
   * then each rel="next" page. `items` picks the list out of a page (for
   * answers like `{ attestations: [...] }`); the page itself by default.
   */
  async paginate<T>(
    pathOrUrl: string,
    items: (page: unknown) => readonly T[] = (page) =>
      Array.isArray(page) ? (page as T[]) : []
  ): Promise<T[]> {
    const all: T[] = []
    const seen = new Set<string>()
    let next: string | undefined = withPerPage(this.url(pathOrUrl))
    while (next !== undefined && !seen.has(next) && seen.size < MAX_PAGES) {
      seen.add(next)
      const page: GitHubAnswer<unknown> = await this.call<unknown>(next)
      all.push(...items(page.data))
      next = nextPageUrl(page.headers.link)
    }
    return all
  }

  /** Downloads bytes (a release asset) to `file`, following redirects; retried whole. */
  async download(pathOrUrl: string, file: string): Promise<void> {
    const url = this.url(pathOrUrl)
    await this.#retried('GET', url, async (timeoutMs) => {
      const response = await requestStream(url, {
        method: 'GET',
        headers: this.#headers('application/octet-stream'),
        timeoutMs,
        maxRedirects: MAX_REDIRECTS
      })
      await pipeline(response.body, createWriteStream(file))
    })
  }

  async #send(url: string, call: GitHubCall): Promise<HttpResponse> {
    const method = call.method ?? 'GET'
    const body = call.json !== undefined ? JSON.stringify(call.json) : call.body
    const contentType =
      call.json !== undefined ? 'application/json' : call.contentType
    const headers = {
      ...this.#headers(call.accept ?? JSON_MEDIA_TYPE),
      ...(contentType ? { 'content-type': contentType } : {})
    }
    return this.#retried(method, url, (timeoutMs) =>
      request(url, {
        method,
        headers,
        timeoutMs,
        maxRedirects: MAX_REDIRECTS,
        ...(body !== undefined ? { body } : {})
      })
    )
  }

  /**
   * `attempt` retried within the budget; a rate-limit answer becomes the
   * error that says when the limit resets (waited out when it is soon).
   */
  #retried<T>(
    method: string,
    url: string,
    attempt: (timeoutMs: number) => Promise<T>
  ): Promise<T> {
    return withRetry(
      'github',
      `${method} ${url}`,
      this.#retry,
      async ({ timeoutMs }) => {
        try {
          return await attempt(timeoutMs)
        } catch (error) {
          throw toRateLimitError(error, this.#retry) ?? error
        }
      }
    )
  }

  #headers(accept: string): Record<string, string> {
    return {
      accept,
      'x-github-api-version': GITHUB_API_VERSION,
      ...(this.#token ? { authorization: `Bearer ${this.#token}` } : {})
    }
  }
}

/** The HTTP status GitHub answered, read from what a GitHubClient call threw. */
export function gitHubStatusOf(error: unknown): number | undefined {
  if (error instanceof ServiceError && error.service === 'github') {
    return error.status
  }
  return error instanceof HttpStatusError ? error.statusCode : undefined
}

/** GitHub's own words for a refusal (its `message`), `: <message>` or empty. */
export function gitHubDetailOf(error: unknown): string {
  for (
    let link: unknown = error;
    link instanceof Error;
    link = (link as { cause?: unknown }).cause
  ) {
    if (link instanceof HttpStatusError) {
      const words = link.message.replace(/^\(\d+\)\s*/, '').trim()
      return words ? `: ${words}` : ''
    }
  }
  return ''
}

/**
 * A 403 or 429 that is a rate limit, as a retryable error that waits for
 * the reset (x-ratelimit-reset, or Retry-After for a secondary limit).
 */
function toRateLimitError(
  error: unknown,
  retry: RetryContext
): ServiceError | undefined {
  if (!(error instanceof HttpStatusError)) return undefined
  const { statusCode: status, headers } = error
  if (status !== 403 && status !== 429) return undefined
  const exhausted = header(headers, 'x-ratelimit-remaining') === '0'
  if (!exhausted && error.retryAfterMs === undefined) return undefined
  const now = retry.env.now().getTime()
  const resetSeconds = Number(header(headers, 'x-ratelimit-reset'))
  // Retry-After (a secondary limit) says how long; x-ratelimit-reset says
  // when, to the second, so a second more is waited; a minute without either.
  const resetAtMs =
    error.retryAfterMs !== undefined
      ? now + error.retryAfterMs
      : Number.isFinite(resetSeconds) && resetSeconds > 0
        ? resetSeconds * 1000
        : now + 60_000
  const waitMs =
    Math.max(0, resetAtMs - now) + (error.retryAfterMs !== undefined ? 0 : 1000)
  const when = new Date(resetAtMs).toISOString()
  const rateError = new ServiceError(
    'github',
    `GitHub's API rate limit is exhausted (HTTP ${status}); it resets at ${when}, in ${Math.ceil(waitMs / 1000)} s: give a token ("github-token" or GITHUB_TOKEN) for a higher limit, or try again after the reset`,
    { status, retryable: true, cause: error }
  )
  return Object.assign(rateError, { waitMs })
}

/** The rel="next" address of a Link header: GitHub's pagination. */
export function nextPageUrl(
  link: string | string[] | undefined
): string | undefined {
  const text = Array.isArray(link) ? link.join(',') : (link ?? '')
  for (const part of text.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (match) return match[1]
  }
  return undefined
}

function withPerPage(url: string): string {
  const parsed = new URL(url)
  if (!parsed.searchParams.has('per_page')) {
    parsed.searchParams.set('per_page', String(PER_PAGE))
  }
  return parsed.toString()
}

function header(
  headers: IncomingHttpHeaders,
  name: string
): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}
