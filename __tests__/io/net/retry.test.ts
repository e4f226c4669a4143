import { describe, expect, it } from '@jest/globals'
import { HttpStatusError } from '../../../src/io/net/http.js'
import type { RetryContext } from '../../../src/io/net/retry.js'
import { withRetry } from '../../../src/io/net/retry.js'
import { InputError, ServiceError } from '../../../src/lib/errors.js'
import { DEFAULT_RETRY_POLICY } from '../../../src/lib/net/retry.js'
import { recordingLogger } from '../../helpers/logger.js'

/** A retry context on a fake clock: sleeping advances it, and is recorded. */
function fakeContext(random = 0.5) {
  let now = 0
  const slept: number[] = []
  const logger = recordingLogger()
  const context: RetryContext = {
    policy: DEFAULT_RETRY_POLICY,
    requestTimeoutMs: 30_000,
    logger,
    env: {
      now: () => new Date(now),
      random: () => random,
      sleep: (ms) => {
        slept.push(ms)
        now += ms
        return Promise.resolve()
      }
    }
  }
  return { context, slept, logger, advance: (ms: number) => (now += ms) }
}

const failing = (errors: Error[]) => {
  let calls = 0
  return async () => {
    const error = errors[calls++]
    if (error !== undefined) throw error
    return Promise.resolve(`ok after ${calls}`)
  }
}

describe('withRetry', () => {
  it('waits with jittered exponential backoff and logs each wait', async () => {
    const { context, slept, logger } = fakeContext()
    const errors = [503, 502, 500].map(
      (s) => new HttpStatusError(s, 'down', undefined)
    )
    await expect(
      withRetry('rekor', 'https://rekor.example', context, failing(errors))
    ).resolves.toBe('ok after 4')
    expect(slept).toEqual([250, 500, 1000])
    expect(logger.lines).toEqual([
      'Rekor: attempt 1 of 5 failed (HTTP 503 down); retrying in 0.3 s',
      'Rekor: attempt 2 of 5 failed (HTTP 502 down); retrying in 0.5 s',
      'Rekor: attempt 3 of 5 failed (HTTP 500 down); retrying in 1.0 s'
    ])
  })

  it("honours a 429's Retry-After", async () => {
    const { context, slept } = fakeContext()
    const busy = new HttpStatusError(429, 'slow down', undefined, 3000)
    await withRetry('tsa', 'https://tsa.example', context, failing([busy]))
    expect(slept).toEqual([3000])
  })

  it('gives each attempt what is left of the budget as its timeout', async () => {
    const { context, advance } = fakeContext()
    const timeouts: number[] = []
    let calls = 0
    await withRetry(
      'fulcio',
      'https://f',
      { ...context, policy: { ...context.policy, budgetMs: 40_000 } },
      (attempt) => {
        timeouts.push(attempt.timeoutMs)
        advance(25_000)
        if (calls++ === 0) throw new HttpStatusError(503, 'x', undefined)
        return Promise.resolve()
      }
    )
    expect(timeouts[0]).toBe(30_000)
    expect(timeouts[1]).toBeLessThanOrEqual(15_000)
  })

  it('passes our own errors through untouched and wraps a refusal once', async () => {
    const { context, slept } = fakeContext()
    const input = new InputError('X', 'bad input')
    await expect(
      withRetry('oidc', 'o', context, failing([input]))
    ).rejects.toBe(input)
    const refused = await withRetry(
      'fulcio',
      'https://f',
      context,
      failing([new HttpStatusError(401, 'bad token', undefined)])
    ).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ServiceError)
    expect(refused).toMatchObject({
      code: 'SERVICE_FULCIO',
      status: 401,
      retryable: false
    })
    expect((refused as Error).message).toBe(
      'Fulcio (https://f) refused the request: HTTP 401 bad token'
    )
    expect(slept).toEqual([])
  })
})
