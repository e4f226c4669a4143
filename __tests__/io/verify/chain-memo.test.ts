/**
 * The chain-path memo (chain-memo.ts) answers what @sigstore/verify's
 * chain check answers: the same path for the same certificates at a time
 * they are valid, and a failure at a time one of them is not, whichever
 * was asked first. Real certificates: a conformance bundle's signing
 * certificate and its trusted root's Fulcio chain.
 */
import { describe, expect, it } from '@jest/globals'
import { X509Certificate } from '@sigstore/core'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toTrustMaterial } from '@sigstore/verify'
import { CertificateChainVerifier } from '@sigstore/verify/dist/key/certificate.js'
import { memoizeChainPaths } from '../../../src/io/verify/chain-memo.js'
import { corpusJson } from '../../helpers/verify-fixtures.js'

const json = (name: string): unknown =>
  corpusJson(
    `sigstore-conformance/test_verify_dsse_bundle_with_trust_root/${name}`
  )

const bundle = json('bundle.sigstore.json') as {
  verificationMaterial: {
    x509CertificateChain: { certificates: { rawBytes: string }[] }
  }
}
const leaf = X509Certificate.parse(
  Buffer.from(
    bundle.verificationMaterial.x509CertificateChain.certificates[0]!.rawBytes,
    'base64'
  )
)
const material = toTrustMaterial(
  TrustedRoot.fromJSON(json('trusted_root.json'))
)

const inside = new Date(
  (leaf.notBefore.getTime() + leaf.notAfter.getTime()) / 2
)
const after = new Date(leaf.notAfter.getTime() + 60_000)

/** The chain check against every Fulcio CA: the path's subjects, or the error. */
function check(timestamp: Date): string[] {
  const found = material.certificateAuthorities.map((ca) => {
    try {
      return new CertificateChainVerifier({
        untrustedCert: leaf,
        trustedCerts: ca.certChain,
        timestamp
      })
        .verify()
        .map((c) => c.subject.toString('hex'))
        .join(' ')
    } catch (error) {
      return `error: ${(error as Error).message}`
    }
  })
  return found
}

describe('certificate chain memo', () => {
  it('answers as @sigstore/verify does, valid and expired, in either order', () => {
    const expected = { inside: check(inside), after: check(after) }
    expect(expected.inside.some((p) => !p.startsWith('error'))).toBe(true)
    expect(expected.after.every((p) => p.startsWith('error'))).toBe(true)
    memoizeChainPaths()
    for (const order of [
      [inside, after, inside],
      [after, inside, after]
    ]) {
      for (const t of order) {
        expect(check(t)).toEqual(
          t === inside ? expected.inside : expected.after
        )
      }
    }
  })
})
