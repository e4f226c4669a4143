/**
 * A signature checked over a SHA-256 digest instead of the bytes, for an
 * artifact given as `sha256:<hex>`. sigstore-js checks a message signature
 * with node:crypto over the whole message, hashed with SHA-256 (OpenSSL's
 * default digest for EC and RSA keys); this is the same check from the
 * digest, through audited implementations only, no arithmetic of ours:
 *  - ECDSA P-256 and P-384: @noble/curves (audited), the digest taken as
 *    the message hash (prehash off), DER signatures, high-S accepted as
 *    OpenSSL accepts it;
 *  - RSA PKCS#1 v1.5: OpenSSL (node:crypto's publicDecrypt, which checks
 *    the type-1 padding) recovers the DigestInfo, compared in constant time
 *    with SHA-256's DigestInfo of the digest, as RSA_verify compares it.
 * Ed25519 and RSA-PSS sign the message (or need its hash parameters): they
 * are refused with a message asking for the file.
 */
import crypto from 'node:crypto'
import { p256, p384 } from '@noble/curves/nist.js'
import { InputError } from '../errors.js'

/** DER of DigestInfo { AlgorithmIdentifier sha256, NULL }, before the 32 digest bytes (RFC 8017 9.2 note 1). */
const SHA256_DIGEST_INFO_PREFIX = Buffer.from(
  '3031300d060960864801650304020105000420',
  'hex'
)

const CURVES = { 'P-256': p256, 'P-384': p384 } as const

/**
 * True when `signature` was made by `key` over a message whose SHA-256 is
 * `sha256`; throws an InputError for a key whose signatures cannot be
 * checked from a digest.
 */
export function verifyDigestSignature(
  key: crypto.KeyObject,
  sha256: Uint8Array,
  signature: Uint8Array
): boolean {
  if (sha256.length !== 32) return false
  switch (key.asymmetricKeyType) {
    case 'ec':
      return verifyEcdsa(key, sha256, signature)
    case 'rsa':
      return verifyRsaPkcs1(key, sha256, signature)
    default:
      throw new InputError(
        'VERIFY_DIGEST_UNSUPPORTED',
        `a ${key.asymmetricKeyType ?? 'key of unknown type'} signature is checked over the file itself, not over its digest: give the file instead of sha256:<hex>`
      )
  }
}

function verifyEcdsa(
  key: crypto.KeyObject,
  sha256: Uint8Array,
  signature: Uint8Array
): boolean {
  const jwk = key.export({ format: 'jwk' })
  const curve = CURVES[jwk.crv as keyof typeof CURVES] as
    (typeof CURVES)[keyof typeof CURVES] | undefined
  if (!curve || !jwk.x || !jwk.y) {
    throw new InputError(
      'VERIFY_DIGEST_UNSUPPORTED',
      `an ECDSA key on ${jwk.crv ?? 'an unnamed curve'} is not supported over a digest (P-256, P-384): give the file instead of sha256:<hex>`
    )
  }
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x, 'base64url'),
    Buffer.from(jwk.y, 'base64url')
  ])
  try {
    return curve.verify(signature, sha256, point, {
      prehash: false,
      lowS: false,
      format: 'der'
    })
  } catch {
    return false
  }
}

function verifyRsaPkcs1(
  key: crypto.KeyObject,
  sha256: Uint8Array,
  signature: Uint8Array
): boolean {
  // RSA_verify's rule, which publicDecrypt alone does not apply: the
  // signature is exactly as long as the modulus.
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0
  if (signature.length !== Math.ceil(bits / 8)) return false
  let recovered: Buffer
  try {
    recovered = crypto.publicDecrypt(
      { key, padding: crypto.constants.RSA_PKCS1_PADDING },
      signature
    )
  } catch {
    return false
  }
  const expected = Buffer.concat([SHA256_DIGEST_INFO_PREFIX, sha256])
  return (
    recovered.length === expected.length &&
    crypto.timingSafeEqual(recovered, expected)
  )
}
