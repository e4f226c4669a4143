/**
 * Identity tokens for Fulcio: the runner's, from the token service GitHub
 * Actions exposes to jobs with `permissions: id-token: write`, or one given
 * to us. Every token is handed to `onToken` (the action masks it) before
 * anything else sees it.
 */
import { STATUS_CODES } from 'node:http'
import { InputError, ServiceError } from '../../lib/errors.js'
import { isRetryableStatus } from '../../lib/net/retry.js'
import { HttpStatusError, requestJson } from '../net/http.js'
import type { RetryContext } from '../net/retry.js'
import { withRetry } from '../net/retry.js'

export const SIGSTORE_AUDIENCE = 'sigstore'

export interface TokenSource {
  /** Where tokens come from, for messages ("the runner", an input name). */
  readonly origin: string
  getToken(): Promise<string>
}

export function createStaticTokenSource(
  token: string,
  origin = 'input "identity-token"'
): TokenSource {
  return { origin, getToken: () => Promise.resolve(token) }
}

export interface RunnerTokenOptions {
  env: Readonly<Record<string, string | undefined>>
  retry: RetryContext
  onToken: (token: string) => void
  audience?: string
}

export function createRunnerTokenSource(
  options: RunnerTokenOptions
): TokenSource {
  return {
    origin: "the runner's OIDC token service",
    getToken: async () => {
      const requestUrl = options.env.ACTIONS_ID_TOKEN_REQUEST_URL
      const requestToken = options.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
      if (!requestUrl || !requestToken) throw missingIdentityToken(options.env)
      const url = new URL(requestUrl)
      url.searchParams.set('audience', options.audience ?? SIGSTORE_AUDIENCE)
      const token = await withRetry(
        'oidc',
        url.origin,
        options.retry,
        async ({ timeoutMs }) => requestIdToken(url, requestToken, timeoutMs)
      )
      options.onToken(token)
      return token
    }
  }
}

/**
 * No runner token: on a runner (GITHUB_ACTIONS set) the job lacks the
 * permission; anywhere else, the ways to sign off a runner.
 */
export function missingIdentityToken(
  env: Readonly<Record<string, string | undefined>>
): InputError {
  if (env.GITHUB_ACTIONS === 'true') {
    return new InputError(
      'SIGN_NO_ID_TOKEN_PERMISSION',
      'this job cannot get an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set): add `permissions: id-token: write` to the job (or the workflow), or pass "identity-token", or "key" to sign with your own key'
    )
  }
  return new InputError(
    'SIGN_NO_ID_TOKEN',
    'no identity to sign with here (this is not a GitHub Actions runner): pass an OIDC token with --identity-token (or set SIGSTORE_ID_TOKEN), sign with your own key with --key FILE, or try everything locally with --local'
  )
}

async function requestIdToken(
  url: URL,
  bearer: string,
  timeoutMs: number
): Promise<string> {
  let answer: { value?: unknown }
  try {
    answer = await requestJson(url, {
      method: 'GET',
      timeoutMs,
      headers: { authorization: `Bearer ${bearer}` }
    })
  } catch (error) {
    if (error instanceof HttpStatusError) {
      throw new ServiceError(
        'oidc',
        `HTTP ${error.statusCode}${statusText(error.statusCode)}`,
        {
          status: error.statusCode,
          retryable: isRetryableStatus(error.statusCode),
          cause: error
        }
      )
    }
    if (error instanceof SyntaxError) {
      throw new ServiceError('oidc', 'the answer is not JSON', { cause: error })
    }
    throw error
  }
  if (typeof answer.value !== 'string' || answer.value === '') {
    throw new ServiceError('oidc', 'the answer carries no token ("value")')
  }
  return answer.value
}

function statusText(status: number): string {
  const text = STATUS_CODES[status]
  return text ? ` ${text}` : ''
}
