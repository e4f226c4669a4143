/**
 * cosign's tag layout for images, as cosign, skopeo and podman read and
 * write it: `sha256-<hex>.sig` (a manifest whose layers are simple-signing
 * payloads, the signature and its certificate in annotations) and
 * `sha256-<hex>.att` (layers that are DSSE envelopes). The Rekor entry of
 * a signature travels in the `dev.sigstore.cosign/bundle` annotation
 * (SignedEntryTimestamp and the entry), which is turned back into a
 * Sigstore bundle's transparency-log entry to verify.
 */
import { InputError } from '../errors.js'
import { referrersTag } from './artifact.js'

export const SIMPLE_SIGNING_MEDIA_TYPE =
  'application/vnd.dev.cosign.simplesigning.v1+json'
export const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json'
export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json'
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature'

export const COSIGN_ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  predicateType: 'predicateType'
} as const

export type CosignSuffix = 'sig' | 'att'

/** `sha256-<hex>.sig` / `.att`: where cosign looks for an image's signatures and attestations. */
export function cosignTag(digest: string, suffix: CosignSuffix): string {
  return `${referrersTag(digest)}.${suffix}`
}

/** The simple-signing payload cosign and skopeo sign for an image. */
export function buildSimpleSigningPayload(
  dockerReference: string,
  digest: string
): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': dockerReference },
        image: { 'docker-manifest-digest': digest },
        type: SIMPLE_SIGNING_TYPE
      },
      optional: null
    })
  )
}

export interface SimpleSigning {
  dockerReference: string
  digest: string
}

/** What a simple-signing payload claims; undefined when it is not one. */
export function parseSimpleSigningPayload(
  bytes: Buffer
): SimpleSigning | undefined {
  try {
    const json = JSON.parse(bytes.toString('utf8')) as {
      critical?: {
        identity?: { 'docker-reference'?: unknown }
        image?: { 'docker-manifest-digest'?: unknown }
        type?: unknown
      }
    }
    const critical = json.critical
    const digest = critical?.image?.['docker-manifest-digest']
    const reference = critical?.identity?.['docker-reference']
    if (
      critical?.type !== SIMPLE_SIGNING_TYPE ||
      typeof digest !== 'string' ||
      typeof reference !== 'string'
    )
      return undefined
    return { dockerReference: reference, digest }
  } catch {
    return undefined
  }
}

/** The repository part of a docker reference (no tag, no digest). */
export function repositoryOf(dockerReference: string): string {
  const noDigest = dockerReference.replace(/@.*$/, '')
  return noDigest.replace(/:[\w][\w.-]*$/, '')
}

/** A Rekor v1 entry as a Sigstore bundle holds it (protobuf JSON). */
export interface TlogEntryJson {
  logIndex: string
  logId: { keyId: string }
  kindVersion: { kind: string; version: string }
  integratedTime: string
  inclusionPromise?: { signedEntryTimestamp: string }
  canonicalizedBody: string
}

/** cosign's bundle annotation from a transparency-log entry with a SignedEntryTimestamp. */
export function toCosignBundleAnnotation(
  entry: TlogEntryJson
): string | undefined {
  if (!entry.inclusionPromise) return undefined
  return JSON.stringify({
    SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
    Payload: {
      body: entry.canonicalizedBody,
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
    }
  })
}

/** The transparency-log entry of cosign's bundle annotation. */
export function fromCosignBundleAnnotation(
  text: string,
  where: string
): TlogEntryJson {
  const bad = (why: string): InputError =>
    new InputError(
      'OCI_COSIGN_BUNDLE_INVALID',
      `${where}: the ${COSIGN_ANNOTATIONS.bundle} annotation is ${why}`
    )
  let json: {
    SignedEntryTimestamp?: unknown
    Payload?: {
      body?: unknown
      integratedTime?: unknown
      logIndex?: unknown
      logID?: unknown
    }
  }
  try {
    json = JSON.parse(text) as typeof json
  } catch {
    throw bad('not JSON')
  }
  const p = json.Payload
  if (
    typeof json.SignedEntryTimestamp !== 'string' ||
    typeof p?.body !== 'string' ||
    typeof p.integratedTime !== 'number' ||
    typeof p.logIndex !== 'number' ||
    typeof p.logID !== 'string'
  )
    throw bad('missing SignedEntryTimestamp or Payload fields')
  let kind: { kind?: unknown; apiVersion?: unknown }
  try {
    kind = JSON.parse(
      Buffer.from(p.body, 'base64').toString('utf8')
    ) as typeof kind
  } catch {
    throw bad('carrying a body that is not a Rekor entry')
  }
  return {
    logIndex: String(p.logIndex),
    logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
    kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
    integratedTime: String(p.integratedTime),
    inclusionPromise: { signedEntryTimestamp: json.SignedEntryTimestamp },
    canonicalizedBody: p.body
  }
}

/** The DER certificates of PEM text, in order. */
export function pemCertificates(text: string): string[] {
  return (
    text.match(
      /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g
    ) ?? []
  ).map((block) =>
    block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '')
  )
}

export type LegacyContent =
  | { kind: 'message'; payloadSha256: Buffer; signature: Buffer }
  | { kind: 'dsse'; envelope: unknown }

/**
 * A Sigstore bundle (v0.1: a SignedEntryTimestamp, no inclusion proof)
 * made of what cosign's annotations carry, for the bundle verifier.
 */
export function buildLegacyBundleJson(parts: {
  certificatePem?: string
  chainPem?: string
  tlogEntry?: TlogEntryJson
  content: LegacyContent
}): unknown {
  const certificates = [
    ...pemCertificates(parts.certificatePem ?? ''),
    ...pemCertificates(parts.chainPem ?? '')
  ]
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      ...(certificates.length > 0
        ? {
            x509CertificateChain: {
              certificates: certificates.map((rawBytes) => ({ rawBytes }))
            }
          }
        : { publicKey: { hint: '' } }),
      tlogEntries: parts.tlogEntry ? [parts.tlogEntry] : [],
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    ...(parts.content.kind === 'message'
      ? {
          messageSignature: {
            messageDigest: {
              algorithm: 'SHA2_256',
              digest: parts.content.payloadSha256.toString('base64')
            },
            signature: parts.content.signature.toString('base64')
          }
        }
      : { dsseEnvelope: parts.content.envelope })
  }
}
