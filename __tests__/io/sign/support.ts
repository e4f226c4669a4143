/** Shared by the sign io tests: fast retries, and keyed verification. */
import type { KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import type { Signer } from '@sigstore/verify'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import type { RetryContext } from '../../../src/io/net/retry.js'
import type { RetryPolicy } from '../../../src/lib/net/retry.js'
import type { RecordingLogger } from '../../helpers/logger.js'

/** Fast retries: 10 ms base, so a test with several faults stays quick. */
export function fastRetry(
  logger: RecordingLogger,
  policy: Partial<RetryPolicy> = {},
  requestTimeoutMs = 2000
): RetryContext {
  return {
    policy: {
      maxAttempts: 5,
      budgetMs: 60_000,
      baseDelayMs: 10,
      maxDelayMs: 50,
      ...policy
    },
    requestTimeoutMs,
    logger,
    env: {
      now: () => new Date(),
      random: Math.random,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    }
  }
}

export const LOOPBACK_NO_PROXY = {
  NO_PROXY: '127.0.0.1,localhost',
  no_proxy: '127.0.0.1,localhost'
}

/** sigstore-js verification of a keyed bundle: the trusted root plus the public key for its hint. */
export async function verifyKeyedBundle(
  trustedRootPath: string,
  bundleJson: unknown,
  data: Buffer,
  publicKey: KeyObject
): Promise<Signer> {
  const root = TrustedRoot.fromJSON(
    JSON.parse(await readFile(trustedRootPath, 'utf8'))
  )
  const hint = (
    bundleJson as { verificationMaterial: { publicKey: { hint: string } } }
  ).verificationMaterial.publicKey.hint
  const trust = toTrustMaterial(root, (asked) => {
    if (asked !== hint) throw new Error(`no key for hint ${asked}`)
    return { publicKey, validFor: () => true }
  })
  const verifier = new Verifier(trust, {
    tlogThreshold: 1,
    ctlogThreshold: 0,
    timestampThreshold: 1
  })
  return verifier.verify(toSignedEntity(bundleFromJSON(bundleJson), data))
}
