/**
 * The Sigstore TrustedRoot (and SigningConfig) that describe exactly the
 * local CA, CT log, transparency log and TSA, so that any Sigstore verifier
 * can check what the local stack signs with no other trust input.
 */
import type { KeyObject } from 'node:crypto'
import { sha256, toSpkiDer } from './keys.js'

export const TRUSTED_ROOT_MEDIA_TYPE =
  'application/vnd.dev.sigstore.trustedroot+json;version=0.1'
export const SIGNING_CONFIG_MEDIA_TYPE =
  'application/vnd.dev.sigstore.signingconfig.v0.2+json'

/** Back-dated: Rekor rounds integratedTime down, and clocks drift. */
const VALID_FROM_BACKDATE_MS = 60 * 60 * 1000

export interface TrustedRootParts {
  fulcioUrl: string
  caRoot: Uint8Array
  ctLogUrl: string
  ctLogPublicKey: Uint8Array
  ctLogId: Uint8Array
  rekorUrl: string
  rekorPublicKey: KeyObject
  tsaUrl: string
  tsaRoot: Uint8Array
  tsaIntermediate: Uint8Array
  now: Date
}

export interface TrustedRootJson {
  mediaType: string
  tlogs: object[]
  certificateAuthorities: object[]
  ctlogs: object[]
  timestampAuthorities: object[]
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

export function buildTrustedRoot(parts: TrustedRootParts): TrustedRootJson {
  const validFor = {
    start: new Date(parts.now.getTime() - VALID_FROM_BACKDATE_MS).toISOString()
  }
  const rekorSpki = toSpkiDer(parts.rekorPublicKey)
  const transparencyLog = (
    baseUrl: string,
    spki: Uint8Array,
    keyId: Uint8Array
  ): object => ({
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: {
      rawBytes: b64(spki),
      keyDetails: 'PKIX_ECDSA_P256_SHA_256',
      validFor
    },
    logId: { keyId: b64(keyId) }
  })
  return {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [transparencyLog(parts.rekorUrl, rekorSpki, sha256(rekorSpki))],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: parts.fulcioUrl,
        certChain: { certificates: [{ rawBytes: b64(parts.caRoot) }] },
        validFor
      }
    ],
    ctlogs: [
      transparencyLog(parts.ctLogUrl, parts.ctLogPublicKey, parts.ctLogId)
    ],
    // The intermediate first, then the root: root first fails verification.
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: parts.tsaUrl,
        certChain: {
          certificates: [
            { rawBytes: b64(parts.tsaIntermediate) },
            { rawBytes: b64(parts.tsaRoot) }
          ]
        },
        validFor
      }
    ]
  }
}

export interface SigningConfigParts {
  fulcioUrl: string
  oidcUrl: string
  rekorUrl: string
  tsaUrl: string
  now: Date
}

/** A Sigstore SigningConfig v0.2 naming the local services. */
export function buildSigningConfig(parts: SigningConfigParts): object {
  const service = (url: string) => ({
    url,
    majorApiVersion: 1,
    validFor: {
      start: new Date(
        parts.now.getTime() - VALID_FROM_BACKDATE_MS
      ).toISOString()
    },
    operator: 'provenant-local'
  })
  return {
    mediaType: SIGNING_CONFIG_MEDIA_TYPE,
    caUrls: [service(parts.fulcioUrl)],
    oidcUrls: [service(parts.oidcUrl)],
    rekorTlogUrls: [service(parts.rekorUrl)],
    tsaUrls: [
      { ...service(parts.tsaUrl), url: `${parts.tsaUrl}/api/v1/timestamp` }
    ],
    rekorTlogConfig: { selector: 'ANY' },
    tsaConfig: { selector: 'ANY' }
  }
}
