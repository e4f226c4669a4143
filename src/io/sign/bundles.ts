/**
 * Sigstore bundles (v0.3) from a signature: a message signature over a
 * SHA-256 digest we computed while streaming the file, witnessed by every
 * witness at once, as @sigstore/sign's BaseBundleBuilder does. (Its
 * MessageSignatureBundleBuilder hashes a Buffer of the whole file and writes
 * v0.2 bundles with a certificate chain; v0.3 carries the leaf alone.)
 */
import type { Bundle } from '@sigstore/bundle'
import { toMessageSignatureBundle } from '@sigstore/bundle'
import type { Signature, Witness } from '@sigstore/sign'

export type KeyMaterial = Signature['key']

export function toMessageBundle(digest: Buffer, signature: Signature): Bundle {
  return toMessageSignatureBundle({
    digest,
    signature: signature.signature,
    certificate:
      signature.key.$case === 'x509Certificate'
        ? pemToDer(signature.key.certificate)
        : undefined,
    keyHint:
      signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
    certificateChain: false
  })
}

/** Adds every witness's verification material (tlog entries, timestamps). */
export async function witness(
  bundle: Bundle,
  key: KeyMaterial,
  witnesses: readonly Witness[]
): Promise<Bundle> {
  const publicKey = key.$case === 'publicKey' ? key.publicKey : key.certificate
  // allSettled: when one witness fails, the others are not left in flight.
  const settled = await Promise.allSettled(
    witnesses.map((w) => w.testify(bundle.content, publicKey))
  )
  const failed = settled.find((s) => s.status === 'rejected')
  if (failed) throw failed.reason
  const materials = settled.map(
    (s) =>
      (s as PromiseFulfilledResult<Awaited<ReturnType<Witness['testify']>>>)
        .value
  )
  bundle.verificationMaterial.tlogEntries = materials.flatMap(
    (m) => m.tlogEntries ?? []
  )
  bundle.verificationMaterial.timestampVerificationData = {
    rfc3161Timestamps: materials.flatMap((m) => m.rfc3161Timestamps ?? [])
  }
  return bundle
}

function pemToDer(pem: string): Buffer {
  const body = pem
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
  return Buffer.from(body, 'base64')
}
