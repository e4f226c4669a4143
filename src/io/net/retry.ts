/**
 * Our one retry loop for every call to a service (OIDC, Fulcio, Rekor, a
 * TSA, GitHub, OCI registries, vulnerability databases): the clients
 * underneath do not retry, each attempt gets a timeout no longer than what
 * is left of the budget, a server's Retry-After and a rate limit's reset
 * are honoured within the budget, and each wait is logged with the
 * service, the attempt, the delay and the reason.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { ProvenantError, ServiceError } from '../../lib/errors.js'
import type { Environment, Logger } from '../../lib/ports.js'
import { SILENT_LOGGER } from '../../lib/ports.js'
import { redactUrls } from '../../lib/net/secrets.js'
import type { RetryPolicy } from '../../lib/net/retry.js'
import {
  DEFAULT_RETRY_POLICY,
  decideRetry,
  remainingBudgetMs
} from '../../lib/net/retry.js'
import { classifyFailure } from './failure.js'

export type ServiceName =
  'oidc' | 'fulcio' | 'rekor' | 'tsa' | 'registry' | 'osv' | 'github' | 'tuf'

export const SERVICE_NAMES: Record<ServiceName, string> = {
  oidc: 'OIDC token service',
  fulcio: 'Fulcio',
  rekor: 'Rekor',
  tsa: 'TSA',
  registry: 'OCI registry',
  osv: 'OSV database',
  github: 'GitHub API',
  tuf: 'TUF repository'
}

/** The request timeout of a client given no retry inputs. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000

export interface RetryContext {
  policy: RetryPolicy
  /** No single request waits longer than this. */
  requestTimeoutMs: number
  logger: Logger
  env: Environment
}

/** The retry inputs sign, provenance and rebuild's verdict share. */
export interface RetryInputs {
  maxAttempts: number
  retryBudgetMs: number
  requestTimeoutMs: number
}

/** A RetryContext from the inputs, on the real clock unless `environment` says otherwise. */
export function createRetryContext(
  inputs: RetryInputs,
  logger: Logger,
  environment: Partial<Environment> = {}
): RetryContext {
  return {
    policy: {
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: inputs.maxAttempts,
      budgetMs: inputs.retryBudgetMs
    },
    requestTimeoutMs: inputs.requestTimeoutMs,
    logger,
    env: {
      now: () => new Date(),
      random: Math.random,
      sleep: (ms) => sleep(ms),
      ...environment
    }
  }
}

/** The default policy on the real clock, silent: for a client given no RetryContext. */
export function defaultRetryContext(
  logger: Logger = SILENT_LOGGER
): RetryContext {
  return createRetryContext(
    {
      maxAttempts: DEFAULT_RETRY_POLICY.maxAttempts,
      retryBudgetMs: DEFAULT_RETRY_POLICY.budgetMs,
      requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS
    },
    logger
  )
}

export interface Attempt {
  number: number
  /** The timeout for this attempt's request. */
  timeoutMs: number
}

/**
 * Runs `call` until it succeeds, fails for good, or the policy says stop.
 * `where` names the endpoint in messages (an address: its secret parts are masked).
 */
export async function withRetry<T>(
  service: ServiceName,
  where: string,
  context: RetryContext,
  call: (attempt: Attempt) => Promise<T>
): Promise<T> {
  const name = SERVICE_NAMES[service]
  const shown = redactUrls(where)
  const started = context.env.now().getTime()
  const elapsed = (): number => context.env.now().getTime() - started
  for (let number = 1; ; number++) {
    const timeoutMs = Math.min(
      context.requestTimeoutMs,
      remainingBudgetMs(context.policy, elapsed())
    )
    try {
      return await call({ number, timeoutMs })
    } catch (error) {
      // Our own errors (a bad input, a bad token) are not the service's.
      if (error instanceof ProvenantError && !(error instanceof ServiceError)) {
        throw error
      }
      const failure = classifyFailure(error)
      if (!failure.retryable) {
        throw new ServiceError(
          service,
          `${name} (${shown}) refused the request: ${failure.reason}`,
          { status: failure.status, retryable: false, cause: error }
        )
      }
      const decision = decideRetry({
        attempt: number,
        elapsedMs: elapsed(),
        policy: context.policy,
        random: context.env.random,
        ...(failure.retryAfterMs !== undefined
          ? { retryAfterMs: failure.retryAfterMs }
          : {}),
        ...(failure.waitMs !== undefined ? { waitMs: failure.waitMs } : {})
      })
      if (!decision.retry) {
        const bound =
          decision.reason === 'attempts'
            ? `${number} attempt${number === 1 ? '' : 's'}`
            : `${number} attempt${number === 1 ? '' : 's'} in ${(elapsed() / 1000).toFixed(1)} s (retry budget ${context.policy.budgetMs / 1000} s)`
        throw new ServiceError(
          service,
          `${name} (${shown}) failed after ${bound}: ${failure.reason}`,
          { status: failure.status, retryable: true, cause: error }
        )
      }
      context.logger.info(
        `${name}: attempt ${number} of ${context.policy.maxAttempts} failed (${failure.reason}); retrying in ${(decision.delayMs / 1000).toFixed(1)} s`
      )
      await context.env.sleep(decision.delayMs)
    }
  }
}
