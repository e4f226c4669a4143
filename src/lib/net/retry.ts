/**
 * Retry policy for every call to a service (Sigstore, OIDC, GitHub, OCI
 * registries, vulnerability databases):
 * exponential backoff with full jitter, bounded by a number of attempts and
 * by a time budget for the whole call. Randomness and time are parameters.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** Time the call may take in all, waits included. */
  budgetMs: number
  /** The backoff cap before jitter for the first retry; it doubles after each. */
  baseDelayMs: number
  /** No single wait is longer than this. */
  maxDelayMs: number
}

export const DEFAULT_MAX_ATTEMPTS = 5
export const DEFAULT_RETRY_BUDGET_MS = 120_000
export const DEFAULT_BASE_DELAY_MS = 500
export const DEFAULT_MAX_DELAY_MS = 20_000

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
  budgetMs: DEFAULT_RETRY_BUDGET_MS,
  baseDelayMs: DEFAULT_BASE_DELAY_MS,
  maxDelayMs: DEFAULT_MAX_DELAY_MS
}

/** HTTP statuses worth another try: timeouts, rate limits, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599)
}

/**
 * The wait after failed attempt `attempt` (1-based): "full jitter", a
 * uniform draw in [0, min(max, base * 2^(attempt-1))). `random` is in [0, 1).
 */
export function backoffDelayMs(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number
): number {
  const ceiling = Math.min(
    policy.maxDelayMs,
    policy.baseDelayMs * 2 ** Math.max(0, attempt - 1)
  )
  return Math.floor(random() * ceiling)
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'attempts' | 'budget' }

/**
 * After failed attempt `attempt` (1-based), `elapsedMs` into the call:
 * whether to try again and after how long. A server's Retry-After wins over
 * the backoff when it is longer (up to maxDelayMs), but never past the
 * budget. `waitMs` is a wait the server makes a condition (a rate limit
 * that resets then): it is waited in full when the budget allows, and
 * otherwise the call stops now rather than retry in vain.
 */
export function decideRetry(input: {
  attempt: number
  elapsedMs: number
  policy: RetryPolicy
  random: () => number
  retryAfterMs?: number
  waitMs?: number
}): RetryDecision {
  const { attempt, elapsedMs, policy } = input
  if (attempt >= policy.maxAttempts) return { retry: false, reason: 'attempts' }
  const delayMs = Math.max(
    backoffDelayMs(attempt, policy, input.random),
    Math.min(input.retryAfterMs ?? 0, policy.maxDelayMs),
    input.waitMs ?? 0
  )
  if (elapsedMs + delayMs >= policy.budgetMs) {
    return { retry: false, reason: 'budget' }
  }
  return { retry: true, delayMs }
}

/** The time left in the budget for one more attempt (at least 1 ms). */
export function remainingBudgetMs(
  policy: RetryPolicy,
  elapsedMs: number
): number {
  return Math.max(1, policy.budgetMs - elapsedMs)
}
