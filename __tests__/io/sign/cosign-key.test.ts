import crypto from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import {
  COSIGN_KEY_PEM_TYPE,
  decryptCosignKey,
  encryptCosignKey,
  isCosignEncryptedKey
} from '../../../src/io/sign/cosign-key.js'
import { parsePrivateKey } from '../../../src/io/sign/keys.js'
import { InputError } from '../../../src/lib/errors.js'

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/cosign-keys'
)
const LABEL = '--key release.key'
const PASSPHRASE = 'correct horse battery staple'

function newKey(): crypto.KeyObject {
  return crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
}

/** The JSON inside a cosign key. */
interface Sealed {
  kdf: {
    name: string
    params: { N: number; r: number; p: number }
    salt: string
  }
  cipher: { name: string; nonce: string }
  ciphertext: string
}

function sealedOf(pem: string): Sealed {
  const body = pem.split('\n').slice(1, -2).join('')
  return JSON.parse(Buffer.from(body, 'base64').toString('utf8')) as Sealed
}

/** The JSON inside a cosign key, changed by `edit`, armoured again. */
function reseal(pem: string, edit: (data: Sealed) => void): string {
  const data = sealedOf(pem)
  edit(data)
  const base64 = Buffer.from(JSON.stringify(data)).toString('base64')
  return `-----BEGIN ${COSIGN_KEY_PEM_TYPE}-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END ${COSIGN_KEY_PEM_TYPE}-----\n`
}

function errorOf(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError')
}

describe("cosign's encrypted key format", () => {
  it('round trips: what is sealed opens to the same key', () => {
    const key = newKey()
    const pem = encryptCosignKey(key, PASSPHRASE)
    expect(isCosignEncryptedKey(pem)).toBe(true)
    expect(pem.startsWith(`-----BEGIN ${COSIGN_KEY_PEM_TYPE}-----\n`)).toBe(
      true
    )
    for (const line of pem.trim().split('\n').slice(1, -1)) {
      expect(line.length).toBeLessThanOrEqual(64)
    }
    const opened = decryptCosignKey(pem, PASSPHRASE, LABEL)
    expect(opened.export({ format: 'der', type: 'pkcs8' })).toEqual(
      key.export({ format: 'der', type: 'pkcs8' })
    )
  })

  it('writes the JSON go-securesystemslib writes: scrypt N 32768 r 8 p 1, 32-byte salt, 24-byte nonce', () => {
    const pem = encryptCosignKey(newKey(), '')
    const data = sealedOf(pem)
    expect(Object.keys(data)).toEqual(['kdf', 'cipher', 'ciphertext'])
    expect(data.kdf.name).toBe('scrypt')
    expect(data.kdf.params).toEqual({ N: 32768, r: 8, p: 1 })
    expect(Buffer.from(data.kdf.salt, 'base64')).toHaveLength(32)
    expect(data.cipher.name).toBe('nacl/secretbox')
    expect(Buffer.from(data.cipher.nonce, 'base64')).toHaveLength(24)
  })

  it('a key sealed with the empty passphrase opens with it, as cosign allows', () => {
    const pem = encryptCosignKey(newKey(), '')
    expect(decryptCosignKey(pem, '', LABEL).asymmetricKeyType).toBe('ec')
  })

  it('a wrong passphrase is an input error naming the key, never the passphrase', () => {
    const pem = encryptCosignKey(newKey(), PASSPHRASE)
    const error = errorOf(() => decryptCosignKey(pem, 'hunter2-wrong', LABEL))
    expect(error.code).toBe('SIGN_KEY_PASSPHRASE')
    expect(error.message).toContain(LABEL)
    expect(error.message).not.toContain('hunter2')
    expect(error.message).not.toContain(PASSPHRASE)
  })

  it('a changed ciphertext fails authentication', () => {
    const pem = reseal(encryptCosignKey(newKey(), PASSPHRASE), (data) => {
      const bytes = Buffer.from(data.ciphertext, 'base64')
      bytes[bytes.length - 1]! ^= 1
      data.ciphertext = bytes.toString('base64')
    })
    expect(errorOf(() => decryptCosignKey(pem, PASSPHRASE, LABEL)).code).toBe(
      'SIGN_KEY_PASSPHRASE'
    )
  })

  it.each([
    [
      'an unknown kdf',
      (d: Sealed) => (d.kdf.name = 'argon2id'),
      'SIGN_KEY_COSIGN_KDF'
    ],
    [
      'an unknown cipher',
      (d: Sealed) => (d.cipher.name = 'aes-gcm'),
      'SIGN_KEY_COSIGN_CIPHER'
    ],
    [
      'a costly N (a denial of service)',
      (d: Sealed) => (d.kdf.params.N = 2 ** 24),
      'SIGN_KEY_COSIGN_KDF'
    ],
    [
      'r other than 8',
      (d: Sealed) => (d.kdf.params.r = 64),
      'SIGN_KEY_COSIGN_KDF'
    ],
    [
      'N as a string',
      (d: Sealed) => ((d.kdf.params as { N: unknown }).N = '32768'),
      'SIGN_KEY_COSIGN_KDF'
    ],
    [
      'a short nonce',
      (d: Sealed) => (d.cipher.nonce = 'AAAA'),
      'SIGN_KEY_COSIGN_MALFORMED'
    ],
    [
      'a salt that is not base64',
      (d: Sealed) => (d.kdf.salt = '!!'),
      'SIGN_KEY_COSIGN_MALFORMED'
    ],
    [
      'no ciphertext',
      (d: Sealed) => delete (d as { ciphertext?: string }).ciphertext,
      'SIGN_KEY_COSIGN_MALFORMED'
    ],
    [
      'kdf as an array',
      (d: Sealed) => ((d as { kdf: unknown }).kdf = []),
      'SIGN_KEY_COSIGN_KDF'
    ]
  ])('refuses %s before deriving a key', (_, edit, code) => {
    const pem = reseal(encryptCosignKey(newKey(), PASSPHRASE), edit)
    const error = errorOf(() => decryptCosignKey(pem, PASSPHRASE, LABEL))
    expect(error.code).toBe(code)
    expect(error.message).toContain(LABEL)
  })

  it.each([
    ['no PEM block', 'eyJrZGYiOnt9fQ=='],
    [
      'two PEM blocks',
      `${encryptCosignKey(newKey(), '')}${encryptCosignKey(newKey(), '')}`
    ],
    [
      'mismatched armour',
      `-----BEGIN ${COSIGN_KEY_PEM_TYPE}-----\neyJ9\n-----END PUBLIC KEY-----\n`
    ],
    [
      'a body that is not base64',
      `-----BEGIN ${COSIGN_KEY_PEM_TYPE}-----\n%%%%\n-----END ${COSIGN_KEY_PEM_TYPE}-----\n`
    ],
    [
      'a body that is not JSON',
      `-----BEGIN ${COSIGN_KEY_PEM_TYPE}-----\nbm90IGEga2V5\n-----END ${COSIGN_KEY_PEM_TYPE}-----\n`
    ],
    [
      'a huge file',
      `-----BEGIN ${COSIGN_KEY_PEM_TYPE}-----\n${'QUFB\n'.repeat(40_000)}-----END ${COSIGN_KEY_PEM_TYPE}-----\n`
    ]
  ])('refuses a bad PEM: %s, without echoing it', (_, text) => {
    const error = errorOf(() => decryptCosignKey(text, '', LABEL))
    expect(error.code).toBe('SIGN_KEY_COSIGN_MALFORMED')
    expect(error.message.length).toBeLessThan(300)
    expect(error.message).not.toContain('bm90IGEga2V5')
  })

  it('a sealed plaintext that is not PKCS#8 is refused', () => {
    const key = {
      export: () => Buffer.from('not der')
    } as unknown as crypto.KeyObject
    const pem = encryptCosignKey(key, '')
    expect(errorOf(() => decryptCosignKey(pem, '', LABEL)).code).toBe(
      'SIGN_KEY_COSIGN_PLAINTEXT'
    )
  })
})

describe('keys made by the real cosign tool (fixtures: see their README)', () => {
  it('reads an ENCRYPTED COSIGN PRIVATE KEY and it matches its cosign.pub', () => {
    const text = readFileSync(path.join(FIXTURES, 'cosign-legacy.key'), 'utf8')
    const key = parsePrivateKey(text, { passphrase: '', label: LABEL })
    expect(key.algorithm).toBe('ecdsa-p256-sha256')
    const pub = crypto.createPublicKey(
      readFileSync(path.join(FIXTURES, 'cosign-legacy.pub'), 'utf8')
    )
    const message = Buffer.from('signed by a key cosign made')
    expect(crypto.verify('sha256', message, pub, key.sign(message))).toBe(true)
  })

  it('reads an ENCRYPTED SIGSTORE PRIVATE KEY sealed with scrypt N 65536', () => {
    const text = readFileSync(
      path.join(FIXTURES, 'cosign-sigstore.key'),
      'utf8'
    )
    const key = parsePrivateKey(text, { passphrase: '', label: LABEL })
    expect(key.algorithm).toBe('ecdsa-p256-sha256')
  })

  it('a wrong passphrase on a real cosign key is SIGN_KEY_PASSPHRASE', () => {
    const text = readFileSync(path.join(FIXTURES, 'cosign-legacy.key'), 'utf8')
    expect(
      errorOf(() => parsePrivateKey(text, { passphrase: 'x', label: LABEL }))
        .code
    ).toBe('SIGN_KEY_PASSPHRASE')
  })

  it('without a passphrase, says to set COSIGN_PASSWORD', () => {
    const text = readFileSync(path.join(FIXTURES, 'cosign-legacy.key'), 'utf8')
    const error = errorOf(() => parsePrivateKey(text, { label: LABEL }))
    expect(error.code).toBe('SIGN_KEY_NO_PASSPHRASE')
    expect(error.message).toContain('COSIGN_PASSWORD')
  })
})
