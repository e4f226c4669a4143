/**
 * Private keys in cosign's encrypted format, which cosign, skopeo and the
 * Sigstore libraries read and write: a PEM block `ENCRYPTED SIGSTORE
 * PRIVATE KEY` (`ENCRYPTED COSIGN PRIVATE KEY` before cosign 1.x renamed
 * it) around JSON `{kdf: {name: "scrypt", params: {N, r, p}, salt},
 * cipher: {name: "nacl/secretbox", nonce}, ciphertext}` with base64 byte
 * fields; the plaintext is a PKCS#8 DER private key. The key derived by
 * scrypt seals it with XSalsa20-Poly1305 (NaCl's secretbox).
 *
 * No message here ever carries the passphrase, the key, or bytes of the
 * file: only the label the user knows the key by.
 */
import crypto from 'node:crypto'
import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js'
import { InputError } from '../../lib/errors.js'

export const COSIGN_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY'
const LEGACY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY'

/** What cosign writes (go-securesystemslib's parameters). */
export const DEFAULT_SCRYPT = { N: 32768, r: 8, p: 1 } as const
/**
 * The cost parameters read: cosign's old and new defaults and OWASP's.
 * Anything else is refused before scrypt runs, so a tampered file cannot
 * make it take gigabytes of memory.
 */
const ACCEPTED_SCRYPT_N = new Set([32768, 65536, 131072])
const SALT_BYTES = 32
const NONCE_BYTES = 24
const BOX_KEY_BYTES = 32
const TAG_BYTES = 16
/** A key file is a few hundred bytes; this bounds what is parsed. */
export const MAX_KEY_FILE_BYTES = 64 * 1024

/** Whether `text` holds a cosign encrypted private key (either PEM type). */
export function isCosignEncryptedKey(text: string): boolean {
  return /-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----/.test(text)
}

/**
 * The private key inside a cosign encrypted key. `label` names the key as
 * the user gave it (`--key cosign.key`, `input "key"`).
 */
export function decryptCosignKey(
  text: string,
  passphrase: string,
  label: string
): crypto.KeyObject {
  const sealed = parseSealedKey(text, label)
  const plaintext = open(sealed, passphrase, label)
  try {
    return crypto.createPrivateKey({
      key: Buffer.from(plaintext),
      format: 'der',
      type: 'pkcs8'
    })
  } catch {
    throw new InputError(
      'SIGN_KEY_COSIGN_PLAINTEXT',
      `${label}: the decrypted key is not a PKCS#8 private key; make a new one with \`provenant generate-key-pair\``
    )
  }
}

/** `privateKey` sealed under `passphrase` as cosign writes it (PEM text). */
export function encryptCosignKey(
  privateKey: crypto.KeyObject,
  passphrase: string
): string {
  const salt = crypto.randomBytes(SALT_BYTES)
  const nonce = crypto.randomBytes(NONCE_BYTES)
  const boxKey = deriveKey(passphrase, salt, DEFAULT_SCRYPT)
  const der = privateKey.export({ format: 'der', type: 'pkcs8' })
  const ciphertext = xsalsa20poly1305(boxKey, nonce).encrypt(der)
  boxKey.fill(0)
  // Field order as go-securesystemslib marshals it.
  const json = JSON.stringify({
    kdf: {
      name: 'scrypt',
      params: { ...DEFAULT_SCRYPT },
      salt: salt.toString('base64')
    },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(ciphertext).toString('base64')
  })
  const body =
    Buffer.from(json)
      .toString('base64')
      .match(/.{1,64}/g) ?? []
  return [
    `-----BEGIN ${COSIGN_KEY_PEM_TYPE}-----`,
    ...body,
    `-----END ${COSIGN_KEY_PEM_TYPE}-----`,
    ''
  ].join('\n')
}

interface SealedKey {
  params: { N: number; r: number; p: number }
  salt: Buffer
  nonce: Buffer
  ciphertext: Buffer
}

function open(
  sealed: SealedKey,
  passphrase: string,
  label: string
): Uint8Array {
  const boxKey = deriveKey(passphrase, sealed.salt, sealed.params)
  try {
    return xsalsa20poly1305(boxKey, sealed.nonce).decrypt(sealed.ciphertext)
  } catch {
    // secretbox cannot tell a wrong passphrase from a changed file.
    throw new InputError(
      'SIGN_KEY_PASSPHRASE',
      `${label}: wrong passphrase, or the key file was changed: give the passphrase the key was made with (COSIGN_PASSWORD or the prompt)`
    )
  } finally {
    boxKey.fill(0)
  }
}

function deriveKey(
  passphrase: string,
  salt: Buffer,
  params: SealedKey['params']
): Buffer {
  return crypto.scryptSync(
    Buffer.from(passphrase, 'utf8'),
    salt,
    BOX_KEY_BYTES,
    {
      N: params.N,
      r: params.r,
      p: params.p,
      maxmem: 256 * params.N * params.r + 1024 * 1024
    }
  )
}

/** The PEM armour and JSON of a cosign key, checked field by field. */
export function parseSealedKey(text: string, label: string): SealedKey {
  const bad = (code: string, what: string): InputError =>
    new InputError(
      code,
      `${label}: ${what}; give the key file cosign or \`provenant generate-key-pair\` wrote, unchanged`
    )
  if (text.length > MAX_KEY_FILE_BYTES) {
    throw bad('SIGN_KEY_COSIGN_MALFORMED', 'too large for a key file')
  }
  const json = pemBody(text)
  if (json === undefined) {
    throw bad(
      'SIGN_KEY_COSIGN_MALFORMED',
      `not one PEM block "${COSIGN_KEY_PEM_TYPE}" with base64 inside`
    )
  }
  let data: unknown
  try {
    data = JSON.parse(json.toString('utf8'))
  } catch {
    throw bad('SIGN_KEY_COSIGN_MALFORMED', 'the PEM body is not JSON')
  }
  const kdf = field(data, 'kdf')
  const cipher = field(data, 'cipher')
  if (field(kdf, 'name') !== 'scrypt') {
    throw bad(
      'SIGN_KEY_COSIGN_KDF',
      'the key is sealed with a kdf other than scrypt'
    )
  }
  if (field(cipher, 'name') !== 'nacl/secretbox') {
    throw bad(
      'SIGN_KEY_COSIGN_CIPHER',
      'the key is sealed with a cipher other than nacl/secretbox'
    )
  }
  const params = scryptParams(field(kdf, 'params'))
  if (!params) {
    throw bad(
      'SIGN_KEY_COSIGN_KDF',
      `unexpected scrypt parameters (read: N ${[...ACCEPTED_SCRYPT_N].join(', ')}; r 8; p 1)`
    )
  }
  const salt = base64Field(field(kdf, 'salt'), 1, 1024)
  const nonce = base64Field(field(cipher, 'nonce'), NONCE_BYTES, NONCE_BYTES)
  const ciphertext = base64Field(
    field(data, 'ciphertext'),
    TAG_BYTES + 1,
    16384
  )
  if (!salt || !nonce || !ciphertext) {
    throw bad(
      'SIGN_KEY_COSIGN_MALFORMED',
      'the salt, nonce or ciphertext is missing or not base64 of the right length'
    )
  }
  return { params, salt, nonce, ciphertext }
}

function pemBody(text: string): Buffer | undefined {
  const blocks = [
    ...text.matchAll(
      /-----BEGIN ([A-Z ]+)-----\r?\n([\s\S]*?)-----END ([A-Z ]+)-----/g
    )
  ]
  if (blocks.length !== 1) return undefined
  const [, begin, body, end] = blocks[0]!
  if (begin !== end) return undefined
  if (begin !== COSIGN_KEY_PEM_TYPE && begin !== LEGACY_PEM_TYPE)
    return undefined
  const base64 = body!.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    return undefined
  }
  return Buffer.from(base64, 'base64')
}

function field(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined
  }
  return Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined
}

function scryptParams(value: unknown): SealedKey['params'] | undefined {
  const N = field(value, 'N')
  const r = field(value, 'r')
  const p = field(value, 'p')
  if (typeof N !== 'number' || !ACCEPTED_SCRYPT_N.has(N)) return undefined
  if (r !== 8 || p !== 1) return undefined
  return { N, r, p }
}

function base64Field(
  value: unknown,
  minBytes: number,
  maxBytes: number
): Buffer | undefined {
  if (typeof value !== 'string') return undefined
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
    return undefined
  }
  const bytes = Buffer.from(value, 'base64')
  if (bytes.length < minBytes || bytes.length > maxBytes) return undefined
  return bytes
}
