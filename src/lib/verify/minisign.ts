/**
 * minisign (https://jedisct1.github.io/minisign/), Ed25519:
 *  - public key: base64 of "Ed" + 8-byte key id + 32-byte key (a .pub file
 *    has an untrusted comment line first);
 *  - signature file: an untrusted comment line; base64 of "Ed" (signature
 *    over the file) or "ED" (over its BLAKE2b-512) + key id + 64-byte
 *    signature; "trusted comment: ..." ; base64 of the 64-byte global
 *    signature over signature + trusted comment.
 */
import crypto from 'node:crypto'
import { InputError } from '../errors.js'
import { verificationFailure } from './codes.js'

export interface MinisignPublicKey {
  keyId: Buffer
  key: crypto.KeyObject
}

export interface MinisignSignature {
  algorithm: 'Ed' | 'ED'
  keyId: Buffer
  signature: Buffer
  trustedComment: string
  globalSignature: Buffer
}

/** The key from its base64 line, or from a .pub file's text. */
export function parseMinisignPublicKey(
  text: string,
  where: string
): MinisignPublicKey {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('untrusted comment:'))
  const bytes = Buffer.from(line ?? '', 'base64')
  if (bytes.length !== 42 || bytes.subarray(0, 2).toString('latin1') !== 'Ed') {
    throw new InputError(
      'VERIFY_MINISIGN_KEY',
      `${where} is not a minisign public key (base64 of "Ed", an 8-byte key id and a 32-byte Ed25519 key, e.g. RWQ...)`
    )
  }
  return {
    keyId: bytes.subarray(2, 10),
    key: crypto.createPublicKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: bytes.subarray(10).toString('base64url')
      },
      format: 'jwk'
    })
  }
}

export function parseMinisignSignature(
  text: string,
  where: string
): MinisignSignature {
  const lines = text.split(/\r?\n/)
  const invalid = (why: string): never => {
    throw verificationFailure(
      'VERIFY_MINISIGN_INVALID',
      `${where} is not a minisign signature: ${why}`
    )
  }
  if (!lines[0]?.startsWith('untrusted comment:'))
    invalid('no untrusted comment line')
  const sig = Buffer.from(lines[1]?.trim() ?? '', 'base64')
  const algorithm = sig.subarray(0, 2).toString('latin1')
  if (sig.length !== 74 || (algorithm !== 'Ed' && algorithm !== 'ED')) {
    invalid(
      'the second line is not base64 of "Ed"/"ED", a key id and a 64-byte signature'
    )
  }
  const trusted = lines[2] ?? ''
  if (!trusted.startsWith('trusted comment: '))
    invalid('no trusted comment line')
  const globalSignature = Buffer.from(lines[3]?.trim() ?? '', 'base64')
  if (globalSignature.length !== 64)
    invalid('the global signature is not 64 bytes')
  return {
    algorithm: algorithm as 'Ed' | 'ED',
    keyId: sig.subarray(2, 10),
    signature: sig.subarray(10),
    trustedComment: trusted.slice('trusted comment: '.length),
    globalSignature
  }
}

/**
 * Throws VERIFY_MINISIGN_INVALID unless `signature` was made over `data`
 * (or, for "ED", its BLAKE2b-512) with `publicKey`, trusted comment included.
 */
export function assertMinisign(
  data: Buffer | { blake2b512: Buffer },
  signature: MinisignSignature,
  publicKey: MinisignPublicKey
): void {
  const fail = (why: string): never => {
    throw verificationFailure('VERIFY_MINISIGN_INVALID', why)
  }
  if (!signature.keyId.equals(publicKey.keyId)) {
    fail(
      `signed with key ${hexId(signature.keyId)}, the public key is ${hexId(publicKey.keyId)}`
    )
  }
  let message: Buffer
  if (signature.algorithm === 'ED') {
    message = Buffer.isBuffer(data)
      ? crypto.createHash('blake2b512').update(data).digest()
      : data.blake2b512
  } else if (Buffer.isBuffer(data)) message = data
  else return fail('a legacy "Ed" signature needs the whole file')
  if (!crypto.verify(null, message, publicKey.key, signature.signature)) {
    fail(
      'the signature does not verify over the file (changed file or another key)'
    )
  }
  const global = Buffer.concat([
    signature.signature,
    Buffer.from(signature.trustedComment, 'utf8')
  ])
  if (!crypto.verify(null, global, publicKey.key, signature.globalSignature)) {
    fail(
      'the trusted comment was changed (its global signature does not verify)'
    )
  }
}

/** minisign prints key ids as upper-case hex of the little-endian number. */
export function hexId(keyId: Buffer): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase()
}
