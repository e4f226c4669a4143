/** Scan requests and deps for tests: every input at its default unless given, a recording logger, a fixed clock. */
import { setTimeout as sleep } from 'node:timers/promises'
import type { ScanDeps, ScanRequest } from '../../src/io/scan/run.js'
import { DEFAULT_RETRY_POLICY } from '../../src/lib/net/retry.js'
import { recordingLogger } from './logger.js'

export function scanRequest(
  workspace: string,
  given: Partial<ScanRequest>
): ScanRequest {
  return {
    workspace,
    paths: ['.'],
    databases: [],
    offline: true,
    osvUrl: 'http://127.0.0.1:9',
    cacheDir: undefined,
    failOn: ['critical', 'high'],
    vexFiles: [],
    ignore: [],
    format: 'json',
    output: undefined,
    reportsDir: undefined,
    ...given
  }
}

export function scanDeps(
  env: Record<string, string | undefined> = {}
): ScanDeps {
  const now = (): Date => new Date('2026-01-02T03:04:05Z')
  return {
    env,
    now,
    uuid: () => '3e671687-395b-41f5-a30f-a58921a69b79',
    logger: recordingLogger(),
    retry: {
      policy: {
        ...DEFAULT_RETRY_POLICY,
        maxAttempts: 3,
        baseDelayMs: 1,
        maxDelayMs: 5,
        budgetMs: 10_000
      },
      requestTimeoutMs: 5_000,
      logger: recordingLogger(),
      env: {
        now: () => new Date(),
        random: () => 0.5,
        sleep: (ms) => sleep(ms)
      }
    }
  }
}
