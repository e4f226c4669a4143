import { describe, expect, it } from '@jest/globals'
import { classifyFailure } from '../../../src/io/net/failure.js'
import { InternalError, ServiceError } from '../../../src/lib/errors.js'

/** The shapes @sigstore/sign, make-fetch-happen and undici throw. */
const httpError = (status: number, message: string) =>
  Object.assign(new Error(`(${status}) ${message}`), { statusCode: status })
const wrapped = (cause: unknown) =>
  Object.assign(new Error('error creating tlog entry', { cause }), {
    code: 'TLOG_CREATE_ENTRY_ERROR'
  })
const fetchError = (code: string) =>
  Object.assign(new Error(`request to x failed, reason: ${code}`), {
    code,
    type: 'system'
  })

describe('classifyFailure', () => {
  it.each([
    [
      wrapped(httpError(503, 'Service Unavailable')),
      true,
      'HTTP 503 Service Unavailable',
      503
    ],
    [
      wrapped(httpError(429, 'Too Many Requests')),
      true,
      'HTTP 429 Too Many Requests',
      429
    ],
    [wrapped(httpError(400, 'bad entry')), false, 'HTTP 400 bad entry', 400],
    [wrapped(httpError(409, '')), false, 'HTTP 409', 409],
    [
      wrapped(fetchError('ECONNRESET')),
      true,
      'network error ECONNRESET',
      undefined
    ],
    [
      wrapped(fetchError('ECONNREFUSED')),
      true,
      'network error ECONNREFUSED',
      undefined
    ],
    [
      wrapped(
        Object.assign(new Error('network timeout at: x'), {
          type: 'request-timeout'
        })
      ),
      true,
      'no answer before the request timeout',
      undefined
    ],
    [
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), {
          code: 'UND_ERR_SOCKET'
        })
      }),
      true,
      'network error UND_ERR_SOCKET',
      undefined
    ],
    [
      new DOMException(
        'The operation was aborted due to timeout',
        'TimeoutError'
      ),
      true,
      'no answer before the request timeout',
      undefined
    ],
    [
      new ServiceError('oidc', 'HTTP 502', { status: 502, retryable: true }),
      true,
      'HTTP 502',
      502
    ],
    [new InternalError('X', 'a bug'), false, 'a bug', undefined],
    ['a string', false, 'a string', undefined]
  ])('%s -> retryable %s (%s)', (error, retryable, reason, status) => {
    const failure = classifyFailure(error)
    expect(failure.retryable).toBe(retryable)
    expect(failure.reason).toBe(reason)
    expect(failure.status).toBe(status)
  })
})
