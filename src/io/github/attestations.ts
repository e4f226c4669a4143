/**
 * GitHub's artifact attestation store: `POST /repos/{owner}/{repo}/attestations`
 * with `{ bundle }`, retried as the signing core retries (429, 5xx, rate
 * limits and network errors, with backoff and a budget). A 403 or 404 is
 * explained: what it usually means and how to fix it or skip storing.
 */
import { ServiceError } from '../../lib/errors.js'
import { decideRetry, isRetryableStatus } from '../../lib/net/retry.js'
import { classifyFailure } from '../net/failure.js'
import type { RetryContext } from '../net/retry.js'

export interface StoredAttestationRef {
  id: string
  /** Where people see it: `<server>/<owner>/<repo>/attestations/<id>`. */
  url: string
}

export interface AttestationStore {
  store(bundle: object): Promise<StoredAttestationRef>
}

export interface GitHubAttestationStoreOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string
  /** GITHUB_SERVER_URL, e.g. https://github.com. */
  serverUrl: string
  owner: string
  repo: string
  token: string
  retry: RetryContext
}

/** Statuses after which storing cannot work until something is changed. */
export const REFUSED_STATUSES = [403, 404] as const

export function createGitHubAttestationStore(
  options: GitHubAttestationStoreOptions
): AttestationStore {
  const api = options.apiUrl.replace(/\/+$/, '')
  const path = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/attestations`
  const endpoint = `${api}${path}`
  return {
    store: async (bundle) => {
      const body = JSON.stringify({ bundle })
      const answer = await withGitHubRetry(endpoint, options.retry, (ms) =>
        post(endpoint, body, options.token, ms)
      )
      const id = (answer as { id?: unknown }).id
      if (typeof id !== 'number' && typeof id !== 'string') {
        throw new ServiceError('github', `POST ${path} answered without an id`)
      }
      const server = options.serverUrl.replace(/\/+$/, '')
      return {
        id: String(id),
        url: `${server}/${options.owner}/${options.repo}/attestations/${id}`
      }
    }
  }
}

async function post(
  url: string,
  body: string,
  token: string,
  timeoutMs: number
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'provenant'
    },
    body,
    signal: AbortSignal.timeout(timeoutMs)
  })
  const text = await response.text()
  if (response.ok) return text ? (JSON.parse(text) as unknown) : {}
  throw toGitHubError(response, text)
}

function toGitHubError(response: Response, text: string): ServiceError {
  const status = response.status
  const retryAfterHeader = response.headers.get('retry-after')
  const retryAfter =
    retryAfterHeader === null ? Number.NaN : Number(retryAfterHeader)
  const rateLimited =
    (status === 403 || status === 429) &&
    (response.headers.get('x-ratelimit-remaining') === '0' ||
      Number.isFinite(retryAfter))
  const detail = readMessage(text)
  if (rateLimited || isRetryableStatus(status)) {
    const error = new ServiceError('github', `HTTP ${status}${detail}`, {
      status,
      retryable: true
    })
    return Object.assign(error, {
      retryAfterMs: Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined
    })
  }
  return new ServiceError('github', explain(status, detail), {
    status,
    retryable: false
  })
}

/** What a refusal means and how to get past it. */
export function explain(status: number, detail: string): string {
  const skip =
    'or set `store: false` to only write the bundles (they verify offline), or `on-store-error: warn` to go on without storing'
  if (status === 403) {
    return `GitHub refused to store the attestation (HTTP 403${detail}): the token lacks \`permissions: attestations: write\`, or this repository cannot use artifact attestations (a private repository on a plan without them, or GitHub Enterprise Server). Add \`attestations: write\` to the job's permissions, ${skip}`
  }
  if (status === 404) {
    return `GitHub has no attestation store for this repository (HTTP 404${detail}): GitHub Enterprise Server without artifact attestations, a wrong GITHUB_API_URL or repository, or a token that cannot see the repository. Check GITHUB_API_URL and the token, ${skip}`
  }
  if (status === 401) {
    return `GitHub did not accept the token (HTTP 401${detail}): check "github-token"`
  }
  return `GitHub refused to store the attestation (HTTP ${status}${detail})`
}

function readMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message
    return typeof message === 'string' && message ? `: ${message}` : ''
  } catch {
    return ''
  }
}

/** The signing core's retry rules, with GitHub's Retry-After honoured. */
async function withGitHubRetry<T>(
  where: string,
  context: RetryContext,
  call: (timeoutMs: number) => Promise<T>
): Promise<T> {
  const started = context.env.now().getTime()
  const elapsed = (): number => context.env.now().getTime() - started
  for (let attempt = 1; ; attempt++) {
    const left = Math.max(1, context.policy.budgetMs - elapsed())
    try {
      return await call(Math.min(context.requestTimeoutMs, left))
    } catch (error) {
      const failure = classifyFailure(error)
      const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs
      if (!failure.retryable) {
        throw error instanceof ServiceError
          ? error
          : new ServiceError('github', `POST ${where}: ${failure.reason}`, {
              cause: error
            })
      }
      const decision = decideRetry({
        attempt,
        elapsedMs: elapsed(),
        policy: context.policy,
        random: context.env.random,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {})
      })
      if (!decision.retry) {
        throw new ServiceError(
          'github',
          `GitHub (${where}) failed after ${attempt} attempt(s): ${failure.reason}`,
          { status: failure.status, retryable: true, cause: error }
        )
      }
      context.logger.info(
        `GitHub attestations: attempt ${attempt} of ${context.policy.maxAttempts} failed (${failure.reason}); retrying in ${(decision.delayMs / 1000).toFixed(1)} s`
      )
      await context.env.sleep(decision.delayMs)
    }
  }
}
