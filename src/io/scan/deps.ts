/** The scan's I/O, built once for the action and the CLI: clock, ids, logger and the retry policy for downloads. */
import { randomUUID } from 'node:crypto'
import type { Logger } from '../../lib/ports.js'
import { DEFAULT_MAX_ATTEMPTS } from '../../lib/net/retry.js'
import { createRetryContext } from '../net/retry.js'
import type { ScanDeps } from './run.js'

/** A whole all.zip (PyPI's is tens of MB) may take a while on a slow runner. */
export const DOWNLOAD_TIMEOUT_MS = 120_000

export function createScanDeps(
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger
): ScanDeps {
  return {
    env,
    now: () => new Date(),
    uuid: randomUUID,
    logger,
    retry: createRetryContext(
      {
        maxAttempts: DEFAULT_MAX_ATTEMPTS,
        retryBudgetMs: 300_000,
        requestTimeoutMs: DOWNLOAD_TIMEOUT_MS
      },
      logger
    )
  }
}
