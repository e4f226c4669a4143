/**
 * sign's self-check against a trusted root, on the local stack: one checker
 * (one verifier, its caches) serves every bundle of a run, and what it
 * caches never lets a bad bundle through after good ones of the same
 * certificate.
 */
import crypto from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { SerializedBundle } from '@sigstore/bundle'
import { bundleFromJSON } from '@sigstore/bundle'
import type { BundleChecker } from '../../../src/io/sign/self-check.js'
import { loadBundleChecker } from '../../../src/io/sign/self-check.js'
import type { ProvenantError } from '../../../src/lib/errors.js'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import { createReleaseSigner } from '../../helpers/local-release.js'

const BUNDLES = 12

function signingKeyOf(json: SerializedBundle): crypto.KeyObject {
  const material = json.verificationMaterial
  const raw =
    material.certificate?.rawBytes ??
    material.x509CertificateChain?.certificates[0]?.rawBytes
  return new crypto.X509Certificate(Buffer.from(raw!, 'base64')).publicKey
}

function codeOf(check: () => void): string | undefined {
  try {
    check()
    return undefined
  } catch (error) {
    return (error as ProvenantError).code
  }
}

describe('sign self-check', () => {
  let stack: LocalStack
  let tmp: string
  let restoreEnv: () => void
  let checker: BundleChecker
  let signed: SerializedBundle[]

  beforeAll(async () => {
    stack = await startLocalStack()
    restoreEnv = withEnv(stack.env)
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-self-check-'))
    const { trustedRoot } = await stack.writeTrust(tmp)
    checker = await loadBundleChecker(trustedRoot)
    const signer = createReleaseSigner(stack)
    signed = []
    for (let i = 0; i < BUNDLES; i++) {
      signed.push(await signer.message(Buffer.from(`file ${i}`)))
    }
  })
  afterAll(async () => {
    restoreEnv()
    await stack.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('passes every bundle of one certificate with one checker', () => {
    const key = signingKeyOf(signed[0]!)
    for (const [i, json] of signed.entries()) {
      expect(
        codeOf(() => checker.check(bundleFromJSON(json), key, `f${i}`))
      ).toBeUndefined()
    }
  })

  it('still fails a tampered bundle, another key and another certificate after good ones', async () => {
    const json = signed[1]!
    const key = signingKeyOf(json)
    checker.check(bundleFromJSON(json), key, 'good')

    const tampered = bundleFromJSON(json)
    const entry = tampered.verificationMaterial.tlogEntries[0]!
    const body = Buffer.from(entry.canonicalizedBody)
    body[body.length - 3] = body[body.length - 3]! ^ 1
    entry.canonicalizedBody = body
    expect(codeOf(() => checker.check(tampered, key, 'tampered'))).toBe(
      'SIGN_SELF_CHECK_FAILED'
    )

    const otherKey = crypto.generateKeyPairSync('ec', {
      namedCurve: 'P-256'
    }).publicKey
    expect(
      codeOf(() => checker.check(bundleFromJSON(json), otherKey, 'other key'))
    ).toBe('SIGN_SELF_CHECK_FAILED')

    // A second signer: another certificate of the same CA verifies too.
    const other = await createReleaseSigner(stack).message(Buffer.from('x'))
    expect(
      codeOf(() =>
        checker.check(bundleFromJSON(other), signingKeyOf(other), 'other')
      )
    ).toBeUndefined()
    expect(
      codeOf(() => checker.check(bundleFromJSON(other), key, 'first key'))
    ).toBe('SIGN_SELF_CHECK_FAILED')
  })

  it('fails bundles of another instance', async () => {
    const elsewhere = await startLocalStack()
    try {
      const restore = withEnv(elsewhere.env)
      let foreign: SerializedBundle
      try {
        foreign = await createReleaseSigner(elsewhere).message(Buffer.from('y'))
      } finally {
        restore()
      }
      expect(
        codeOf(() =>
          checker.check(
            bundleFromJSON(foreign),
            signingKeyOf(foreign),
            'foreign'
          )
        )
      ).toBe('SIGN_SELF_CHECK_FAILED')
    } finally {
      await elsewhere.close()
    }
  })
})
