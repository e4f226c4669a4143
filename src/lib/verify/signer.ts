/**
 * Who signed: the certificate's SAN and OIDC issuer, and the Fulcio
 * extensions GitHub Actions tokens fill (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
 * Extension values come as the bytes inside the extension's OCTET STRING:
 * raw text for the legacy 1.1-1.6 OIDs, a DER UTF8String from 1.8 on.
 */

export const FULCIO_OIDS = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  githubWorkflowTrigger: '1.3.6.1.4.1.57264.1.2',
  githubWorkflowSha: '1.3.6.1.4.1.57264.1.3',
  githubWorkflowName: '1.3.6.1.4.1.57264.1.4',
  githubWorkflowRepository: '1.3.6.1.4.1.57264.1.5',
  githubWorkflowRef: '1.3.6.1.4.1.57264.1.6',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22'
} as const

type FulcioField = keyof typeof FULCIO_OIDS
const LEGACY_RAW_OIDS = new Set<string>([
  FULCIO_OIDS.issuerV1,
  FULCIO_OIDS.githubWorkflowTrigger,
  FULCIO_OIDS.githubWorkflowSha,
  FULCIO_OIDS.githubWorkflowName,
  FULCIO_OIDS.githubWorkflowRepository,
  FULCIO_OIDS.githubWorkflowRef
])

export type FulcioExtensions = Partial<Record<FulcioField, string>>

export interface SignerInfo {
  /** The certificate SAN (URI or email); undefined for a public key. */
  identity?: string
  issuer?: string
  extensions: FulcioExtensions
  /** Signed with a key given by the verifier, not a certificate. */
  keyed?: boolean
}

export interface OidValue {
  oid: { id: readonly number[] }
  value: Uint8Array
}

/** Fulcio extensions from the certificate extensions @sigstore/verify returns. */
export function toFulcioExtensions(
  oids: readonly OidValue[]
): FulcioExtensions {
  const byOid = new Map(oids.map((o) => [o.oid.id.join('.'), o.value]))
  const extensions: FulcioExtensions = {}
  for (const [field, oid] of Object.entries(FULCIO_OIDS) as [
    FulcioField,
    string
  ][]) {
    const value = byOid.get(oid)
    if (value === undefined) continue
    extensions[field] = LEGACY_RAW_OIDS.has(oid)
      ? Buffer.from(value).toString('utf8')
      : decodeUtf8String(value)
  }
  return extensions
}

/** A DER UTF8String (tag 0x0c); other bytes are taken as raw text. */
export function decodeUtf8String(der: Uint8Array): string {
  const bytes = Buffer.from(der)
  if (bytes.length >= 2 && bytes[0] === 0x0c) {
    let length = bytes[1]!
    let offset = 2
    if (length & 0x80) {
      const count = length & 0x7f
      length = 0
      for (let i = 0; i < count; i++) length = length * 256 + bytes[2 + i]!
      offset = 2 + count
    }
    if (offset + length === bytes.length) {
      return bytes.subarray(offset).toString('utf8')
    }
  }
  return bytes.toString('utf8')
}

/** The issuer: the 1.8 extension, else the legacy 1.1. */
export function issuerOf(extensions: FulcioExtensions): string | undefined {
  return extensions.issuer ?? extensions.issuerV1
}

/** `https://github.com/owner/repo` from the certificate, either form. */
export function sourceRepositoryOf(
  extensions: FulcioExtensions,
  server: string
): string | undefined {
  if (extensions.sourceRepositoryUri) return extensions.sourceRepositoryUri
  const legacy = extensions.githubWorkflowRepository
  return legacy ? `${server}/${legacy}` : undefined
}

export function describeSigner(signer: SignerInfo): string {
  if (signer.keyed) return 'the given public key'
  return signer.identity ?? 'a certificate with no SAN'
}
