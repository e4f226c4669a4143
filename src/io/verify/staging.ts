/**
 * Sigstore's staging instance, for the conformance protocol's --staging.
 * Provenant embeds no staging root: its first root (1.root.json) is taken
 * from the staging mirror over HTTPS on first use, and every later root and
 * the trusted root are then checked by TUF. Staging is a test instance;
 * this trust-on-first-use is acceptable there and nowhere else.
 */
import { mkdir, writeFile, access } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import { ServiceError } from '../../lib/errors.js'
import { request } from '../net/http.js'
import { defaultRetryContext, withRetry } from '../net/retry.js'

export const STAGING_TUF_URL = 'https://tuf-repo-cdn.sigstage.dev'

export async function fetchStagingRoot(
  cachePath: string | undefined,
  timeoutMs: number
): Promise<TrustedRoot> {
  const dir = cachePath ?? path.join(os.tmpdir(), 'provenant-tuf-staging')
  const rootPath = path.join(dir, 'bootstrap-root.json')
  try {
    await mkdir(dir, { recursive: true })
    const cached = await access(rootPath).then(
      () => true,
      () => false
    )
    if (!cached) {
      const url = `${STAGING_TUF_URL}/1.root.json`
      const retry = { ...defaultRetryContext(), requestTimeoutMs: timeoutMs }
      const response = await withRetry('tuf', url, retry, (attempt) =>
        request(url, { method: 'GET', timeoutMs: attempt.timeoutMs })
      )
      await writeFile(rootPath, response.body)
    }
    // Loaded only when used: TUF's HTTP stack is most of verify's start-up.
    const { getTrustedRoot } = await import('@sigstore/tuf')
    return await getTrustedRoot({
      mirrorURL: STAGING_TUF_URL,
      rootPath,
      cachePath: dir,
      timeout: timeoutMs
    })
  } catch (error) {
    throw new ServiceError(
      'tuf',
      `cannot get the staging trusted root from ${STAGING_TUF_URL}: ${(error as Error).message}; give --trusted-root instead`,
      { cause: error, retryable: true }
    )
  }
}
