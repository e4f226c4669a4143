/** minisign formats in pure code, with Ed25519 keys made by node:crypto. */
import crypto from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import type { InputError, VerificationError } from '../../../src/lib/errors.js'
import {
  assertMinisign,
  hexId,
  parseMinisignPublicKey,
  parseMinisignSignature
} from '../../../src/lib/verify/minisign.js'
import { parsePackLock } from '../../../src/lib/verify/pack-lock.js'

function makeKey(keyId = crypto.randomBytes(8)) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519')
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url')
  const line = Buffer.concat([Buffer.from('Ed'), keyId, raw]).toString('base64')
  return { keyId, privateKey, line }
}

function sign(
  data: Buffer,
  key: ReturnType<typeof makeKey>,
  prehash = true,
  comment = 'timestamp:1\tfile:x'
) {
  const message = prehash
    ? crypto.createHash('blake2b512').update(data).digest()
    : data
  const signature = crypto.sign(null, message, key.privateKey)
  const global = crypto.sign(
    null,
    Buffer.concat([signature, Buffer.from(comment)]),
    key.privateKey
  )
  return [
    'untrusted comment: signature from minisign secret key',
    Buffer.concat([
      Buffer.from(prehash ? 'ED' : 'Ed'),
      key.keyId,
      signature
    ]).toString('base64'),
    `trusted comment: ${comment}`,
    global.toString('base64'),
    ''
  ].join('\n')
}

function codeOf(check: () => void): string | undefined {
  try {
    check()
    return undefined
  } catch (error) {
    return (error as VerificationError | InputError).code
  }
}

describe('minisign', () => {
  const data = Buffer.from('pack bytes')
  const key = makeKey()
  const publicKey = parseMinisignPublicKey(
    `untrusted comment: minisign public key\n${key.line}\n`,
    'key.pub'
  )

  it('verifies prehashed (ED) and legacy (Ed) signatures, and reads the trusted comment', () => {
    for (const prehash of [true, false]) {
      const signature = parseMinisignSignature(
        sign(data, key, prehash),
        'x.minisig'
      )
      expect(signature.algorithm).toBe(prehash ? 'ED' : 'Ed')
      expect(signature.trustedComment).toBe('timestamp:1\tfile:x')
      expect(
        codeOf(() => assertMinisign(data, signature, publicKey))
      ).toBeUndefined()
    }
    const blake2b512 = crypto.createHash('blake2b512').update(data).digest()
    expect(
      codeOf(() =>
        assertMinisign(
          { blake2b512 },
          parseMinisignSignature(sign(data, key), 'x'),
          publicKey
        )
      )
    ).toBeUndefined()
  })

  it.each([
    [
      'another file',
      () =>
        assertMinisign(
          Buffer.from('other'),
          parseMinisignSignature(sign(data, key), 'x'),
          publicKey
        )
    ],
    [
      'another key id',
      () =>
        assertMinisign(
          data,
          parseMinisignSignature(sign(data, makeKey()), 'x'),
          publicKey
        )
    ],
    [
      'another key with the same id',
      () =>
        assertMinisign(
          data,
          parseMinisignSignature(sign(data, makeKey(key.keyId)), 'x'),
          publicKey
        )
    ],
    [
      'a changed trusted comment',
      () =>
        assertMinisign(
          data,
          parseMinisignSignature(
            sign(data, key).replace('file:x', 'file:y'),
            'x'
          ),
          publicKey
        )
    ],
    [
      'a truncated file',
      () => parseMinisignSignature('untrusted comment: x\nRUQ=\n', 'x')
    ]
  ])('rejects %s', (_name, check) => {
    expect(codeOf(check)).toBe('VERIFY_MINISIGN_INVALID')
  })

  it('rejects a public key that is not one', () => {
    expect(codeOf(() => parseMinisignPublicKey('RWQ=', 'lock'))).toBe(
      'VERIFY_MINISIGN_KEY'
    )
  })

  it('prints key ids as minisign does (little-endian hex)', () => {
    expect(hexId(Buffer.from('0102030405060708', 'hex'))).toBe(
      '0807060504030201'
    )
  })

  it('reads the XME lock file', () => {
    const sha = 'a1'.repeat(32)
    expect(
      parsePackLock(
        `# meta\nname: 2cat\nversion: 1.0.0\nsha256: ${sha.toUpperCase()}\npubkey: "${key.line}"\n`,
        '2cat.lock'
      )
    ).toEqual({
      sha256: sha,
      pubkey: key.line,
      name: '2cat',
      version: '1.0.0'
    })
    expect(
      codeOf(() => parsePackLock('sha256: a1b2c3d4e5f6...\n', '2cat.lock'))
    ).toBe('VERIFY_PACK_LOCK')
  })

  it.each([
    [
      'sha256',
      `sha256: ${'00'.repeat(32)}\nsha256: ${'a1'.repeat(32)}\npubkey: RWQx\n`
    ],
    ['pubkey', `sha256: ${'a1'.repeat(32)}\npubkey: RWQx\npubkey: RWQy\n`],
    ['name', `name: a\nname: b\nsha256: ${'a1'.repeat(32)}\npubkey: RWQx\n`]
  ])('refuses a lock file that repeats %s', (key, text) => {
    let error: InputError | undefined
    try {
      parsePackLock(text, '2cat.lock')
    } catch (e) {
      error = e as InputError
    }
    expect(error?.code).toBe('VERIFY_PACK_LOCK')
    expect(error?.message).toContain(`"${key}:"`)
    expect(error?.message).toContain('2cat.lock')
  })
})
