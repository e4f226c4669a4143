/**
 * sigstore-js's SignedEntity for a bundle, with the work bundles of one
 * release share done once: the signing certificate is parsed (and its
 * getters computed) once per distinct DER, never per bundle.
 */
import type { Bundle } from '@sigstore/bundle'
import type { X509Certificate } from '@sigstore/core'
import { X509Certificate as Certificate } from '@sigstore/core'
import type { SignedEntity } from '@sigstore/verify'
import { toSignedEntity } from '@sigstore/verify'
import { memoizeGetters } from './verifier.js'

/** Distinct certificates kept parsed; past it, the memo starts over. */
const MAX_CERTIFICATES_MEMO = 10_000

export type EntityBuilder = (bundle: Bundle, artifact?: Buffer) => SignedEntity

/**
 * sigstore-js's toSignedEntity, with the signing certificate parsed once
 * per distinct DER (every bundle of a release carries the same one).
 */
export function createEntityBuilder(): EntityBuilder {
  const certificates = new Map<string, X509Certificate>()
  // The certificate of the bundle before, compared byte for byte first.
  let last: { der: Buffer; parsed: X509Certificate } | undefined
  const parse = (der: Buffer): X509Certificate => {
    if (last?.der.equals(der)) return last.parsed
    const key = der.toString('base64')
    let parsed = certificates.get(key)
    if (!parsed) {
      parsed = Certificate.parse(Buffer.from(der))
      memoizeGetters(parsed)
      if (certificates.size >= MAX_CERTIFICATES_MEMO) certificates.clear()
      certificates.set(key, parsed)
    }
    last = { der: Buffer.from(der), parsed }
    return parsed
  }
  return (bundle, artifact) => {
    const material = bundle.verificationMaterial.content
    const der =
      material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
          ? material.x509CertificateChain.certificates[0]?.rawBytes
          : undefined
    if (!der) return withoutStackTraces(() => toSignedEntity(bundle, artifact))
    // Everything but the key as sigstore-js builds it; the key from the memo.
    const entity = withoutStackTraces(() =>
      toSignedEntity(
        {
          ...bundle,
          verificationMaterial: {
            ...bundle.verificationMaterial,
            content: { $case: 'publicKey', publicKey: { hint: '' } }
          }
        },
        artifact
      )
    )
    entity.key = { $case: 'certificate', certificate: parse(der) }
    return entity
  }
}

/**
 * Runs `parse` with stack traces off: @sigstore/core's ASN.1 parser tries
 * every OCTET STRING as nested DER and throws (and swallows) an error for
 * each that is not, and each throw captures a stack. A parse error that
 * escapes keeps its message, which is all a report shows.
 */
function withoutStackTraces<T>(parse: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return parse()
  } finally {
    Error.stackTraceLimit = limit
  }
}
