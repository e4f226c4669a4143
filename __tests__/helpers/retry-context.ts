import type { RetryContext } from '../../src/io/net/retry.js'
import type { Logger } from '../../src/lib/ports.js'
import { recordingLogger } from './logger.js'

/** Real retries with waits of a millisecond, so tests stay fast. */
export function fastRetry(
  logger: Logger = recordingLogger(),
  maxAttempts = 4
): RetryContext {
  return {
    policy: { maxAttempts, budgetMs: 20_000, baseDelayMs: 1, maxDelayMs: 2 },
    requestTimeoutMs: 5_000,
    logger,
    env: {
      now: () => new Date(),
      random: () => 0.5,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    }
  }
}
