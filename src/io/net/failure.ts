/**
 * What went wrong with a request, read from whatever the HTTP client threw:
 * @sigstore/sign's HTTPError (statusCode) wrapped in its InternalError,
 * make-fetch-happen's FetchError (code, type), undici's "fetch failed"
 * (cause.code), a timeout, or our own ServiceError.
 */
import { ServiceError } from '../../lib/errors.js'
import { isRetryableStatus } from '../../lib/net/retry.js'

export interface Failure {
  retryable: boolean
  reason: string
  status?: number
  retryAfterMs?: number
  /** A wait the service makes a condition, e.g. until its rate limit resets. */
  waitMs?: number
}

/** Connection-level failures: the request may not have reached the server. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED'
])

interface ErrorLike {
  name?: unknown
  message?: unknown
  code?: unknown
  type?: unknown
  statusCode?: unknown
  retryAfterMs?: unknown
  waitMs?: unknown
  cause?: unknown
}

export function classifyFailure(error: unknown): Failure {
  for (const link of causeChain(error)) {
    const e = link as ErrorLike
    if (link instanceof ServiceError) {
      return {
        retryable: link.retryable,
        reason: link.message,
        ...(link.status !== undefined ? { status: link.status } : {}),
        ...waits(e)
      }
    }
    if (typeof e.statusCode === 'number') {
      return {
        retryable: isRetryableStatus(e.statusCode),
        reason: `HTTP ${e.statusCode}${messageAfterStatus(e.message)}`,
        status: e.statusCode,
        ...waits(e)
      }
    }
    if (e.name === 'TimeoutError' || e.type === 'request-timeout') {
      return { retryable: true, reason: 'no answer before the request timeout' }
    }
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
      return { retryable: true, reason: `network error ${e.code}` }
    }
    if (e.type === 'system' || /socket hang up/i.test(String(e.message))) {
      return { retryable: true, reason: `network error: ${String(e.message)}` }
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { retryable: false, reason: message }
}

/** The waits an error carries: Retry-After, or a rate limit's reset. */
function waits(e: ErrorLike): Pick<Failure, 'retryAfterMs' | 'waitMs'> {
  return {
    ...(typeof e.retryAfterMs === 'number'
      ? { retryAfterMs: e.retryAfterMs }
      : {}),
    ...(typeof e.waitMs === 'number' ? { waitMs: e.waitMs } : {})
  }
}

function* causeChain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>()
  for (
    let link = error;
    link !== undefined && link !== null && !seen.has(link);
    link = (link as ErrorLike).cause
  ) {
    seen.add(link)
    yield link
  }
}

/** HTTPError's message is "(503) Service Unavailable": keep the words. */
function messageAfterStatus(message: unknown): string {
  const text = typeof message === 'string' ? message : ''
  const words = text.replace(/^\(\d+\)\s*/, '').trim()
  return words ? ` ${words}` : ''
}
