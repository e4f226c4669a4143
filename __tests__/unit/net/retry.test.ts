import { describe, expect, it } from '@jest/globals'
import type { RetryPolicy } from '../../../src/lib/net/retry.js'
import {
  DEFAULT_RETRY_POLICY,
  backoffDelayMs,
  decideRetry,
  isRetryableStatus,
  remainingBudgetMs
} from '../../../src/lib/net/retry.js'

const policy: RetryPolicy = {
  maxAttempts: 5,
  budgetMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 20_000
}
const almostOne = (): number => 0.999_999

describe('retry policy', () => {
  it('defaults to 5 attempts within 2 minutes', () => {
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBe(5)
    expect(DEFAULT_RETRY_POLICY.budgetMs).toBe(120_000)
  })

  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [599, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [422, false]
  ])('HTTP %i retryable: %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable)
  })

  it.each([
    [1, 499],
    [2, 999],
    [3, 1999],
    [4, 3999],
    [10, 19_999]
  ])(
    'after attempt %i the wait is below the doubled cap (%i)',
    (attempt, max) => {
      expect(backoffDelayMs(attempt, policy, almostOne)).toBe(max)
      expect(backoffDelayMs(attempt, policy, () => 0)).toBe(0)
      expect(backoffDelayMs(attempt, policy, () => 0.5)).toBe(
        Math.floor((max + 1) / 2)
      )
    }
  )

  it('stops after the last attempt', () => {
    expect(
      decideRetry({ attempt: 5, elapsedMs: 0, policy, random: almostOne })
    ).toEqual({ retry: false, reason: 'attempts' })
  })

  it('stops when the wait would cross the budget', () => {
    expect(
      decideRetry({ attempt: 1, elapsedMs: 119_800, policy, random: almostOne })
    ).toEqual({ retry: false, reason: 'budget' })
    expect(
      decideRetry({ attempt: 1, elapsedMs: 119_800, policy, random: () => 0.1 })
    ).toEqual({ retry: true, delayMs: 50 })
  })

  it('waits at least as long as Retry-After, capped by the longest wait', () => {
    expect(
      decideRetry({
        attempt: 1,
        elapsedMs: 0,
        policy,
        random: () => 0,
        retryAfterMs: 3000
      })
    ).toEqual({ retry: true, delayMs: 3000 })
    expect(
      decideRetry({
        attempt: 1,
        elapsedMs: 0,
        policy,
        random: () => 0,
        retryAfterMs: 600_000
      })
    ).toEqual({ retry: true, delayMs: 20_000 })
  })

  it('gives each attempt what is left of the budget', () => {
    expect(remainingBudgetMs(policy, 100_000)).toBe(20_000)
    expect(remainingBudgetMs(policy, 500_000)).toBe(1)
  })
})
