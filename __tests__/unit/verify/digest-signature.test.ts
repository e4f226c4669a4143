/**
 * Signatures over a digest (artifacts given as sha256:<hex>), differential
 * against node:crypto's message form (what sigstore-js runs over the bytes:
 * crypto.verify with the key's default digest) on many random keys,
 * messages and corruptions: the two must always agree.
 */
import crypto from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { p256, p384 } from '@noble/curves/nist.js'
import type { InputError } from '../../../src/lib/errors.js'
import { verifyDigestSignature } from '../../../src/lib/verify/digest-signature.js'

interface PoolKey {
  kind: string
  privateKey: crypto.KeyObject
  publicKey: crypto.KeyObject
}

const EC_KEYS_PER_CURVE = 24
const RSA_SIZES = [2048, 3072]

function makePool(): PoolKey[] {
  const pool: PoolKey[] = []
  for (const namedCurve of ['P-256', 'P-384']) {
    for (let i = 0; i < EC_KEYS_PER_CURVE; i++) {
      pool.push({
        kind: namedCurve,
        ...crypto.generateKeyPairSync('ec', { namedCurve })
      })
    }
  }
  for (const modulusLength of RSA_SIZES) {
    pool.push({
      kind: `RSA-${modulusLength}`,
      ...crypto.generateKeyPairSync('rsa', { modulusLength })
    })
  }
  return pool
}

type Corruption =
  | { kind: 'none' }
  | { kind: 'flip-signature'; at: number; bit: number }
  | { kind: 'flip-message'; at: number; bit: number }
  | { kind: 'other-key'; index: number }
  | { kind: 'truncate'; by: number }
  | { kind: 'append'; byte: number }
  | { kind: 'other-hash'; hash: 'sha384' | 'sha512' | 'sha1' }
  | { kind: 'high-s' }

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({
    kind: fc.constant('flip-signature' as const),
    at: fc.nat(),
    bit: fc.nat(7)
  }),
  fc.record({
    kind: fc.constant('flip-message' as const),
    at: fc.nat(),
    bit: fc.nat(7)
  }),
  fc.record({ kind: fc.constant('other-key' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('truncate' as const),
    by: fc.integer({ min: 1, max: 8 })
  }),
  fc.record({ kind: fc.constant('append' as const), byte: fc.nat(255) }),
  fc.record({
    kind: fc.constant('other-hash' as const),
    hash: fc.constantFrom('sha384' as const, 'sha512' as const, 'sha1' as const)
  }),
  fc.constant({ kind: 'high-s' as const })
)

/** The same (r, s) with s replaced by n - s: valid for OpenSSL, rejected by low-S rules. */
function highS(key: PoolKey, signature: Buffer): Buffer {
  const curve = key.kind === 'P-256' ? p256 : p384
  const sig = curve.Signature.fromBytes(signature, 'der')
  const n = curve.Point.Fn.ORDER
  return Buffer.from(new curve.Signature(sig.r, n - sig.s).toBytes('der'))
}

function flip(bytes: Buffer, at: number, bit: number): Buffer {
  const copy = Buffer.from(bytes)
  const i = at % copy.length
  copy[i] = copy[i]! ^ (1 << bit)
  return copy
}

describe('verifyDigestSignature', () => {
  const pool = makePool()
  // A kind of key first, each as likely (one RSA key among 48 EC keys would
  // draw an RSA key in one run of 50), then one key of that kind.
  const kinds = [...new Set(pool.map((k) => k.kind))]
  const poolKey: fc.Arbitrary<PoolKey> = fc
    .tuple(fc.constantFrom(...kinds), fc.nat())
    .map(([kind, n]) => {
      const ofKind = pool.filter((k) => k.kind === kind)
      return ofKind[n % ofKind.length]!
    })

  it('agrees with node:crypto over the message on random keys, messages and corruptions', () => {
    const outcomes = new Map<string, number>()
    fc.assert(
      fc.property(
        poolKey,
        fc.uint8Array({ minLength: 0, maxLength: 512 }),
        corruption,
        (key, raw, c) => {
          let message: Buffer = Buffer.from(raw)
          let verifyKey = key.publicKey
          let signature: Buffer =
            c.kind === 'other-hash'
              ? crypto.sign(c.hash, message, key.privateKey)
              : crypto.sign(null, message, key.privateKey)
          if (c.kind === 'flip-signature')
            signature = flip(signature, c.at, c.bit)
          if (c.kind === 'flip-message' && message.length > 0)
            message = flip(message, c.at, c.bit)
          if (c.kind === 'other-key')
            verifyKey = pool[c.index % pool.length]!.publicKey
          if (c.kind === 'truncate')
            signature = signature.subarray(0, signature.length - c.by)
          if (c.kind === 'append')
            signature = Buffer.concat([signature, Buffer.from([c.byte])])
          if (c.kind === 'high-s' && key.kind.startsWith('P-'))
            signature = highS(key, signature)

          const expected = crypto.verify(null, message, verifyKey, signature)
          const digest = crypto.createHash('sha256').update(message).digest()
          const actual = verifyDigestSignature(verifyKey, digest, signature)
          const label = `${key.kind}/${c.kind}/${String(expected)}`
          outcomes.set(label, (outcomes.get(label) ?? 0) + 1)
          expect({ key: key.kind, corruption: c, actual }).toEqual({
            key: key.kind,
            corruption: c,
            actual: expected
          })
        }
      ),
      { numRuns: 1000 }
    )
    // Both verdicts were exercised on every kind of key.
    for (const kind of ['P-256', 'P-384', 'RSA-2048']) {
      expect(outcomes.get(`${kind}/none/true`)).toBeGreaterThan(0)
      expect(outcomes.get(`${kind}/flip-signature/false`)).toBeGreaterThan(0)
    }
    expect(outcomes.get('P-256/high-s/true')).toBeGreaterThan(0)
  })

  it('is false for a digest that is not 32 bytes', () => {
    const key = pool[0]!
    const message = Buffer.from('release')
    const signature = crypto.sign(null, message, key.privateKey)
    const sha384 = crypto.createHash('sha384').update(message).digest()
    expect(verifyDigestSignature(key.publicKey, sha384, signature)).toBe(false)
  })

  it.each([
    ['Ed25519', () => crypto.generateKeyPairSync('ed25519')],
    [
      'RSA-PSS',
      () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 2048 })
    ],
    [
      'secp256k1',
      () => crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    ]
  ])('refuses a %s key: its signature needs the file', (_name, generate) => {
    const { privateKey, publicKey } = generate()
    const signature = crypto.sign(null, Buffer.from('x'), privateKey)
    let error: InputError | undefined
    try {
      verifyDigestSignature(publicKey, Buffer.alloc(32), signature)
    } catch (e) {
      error = e as InputError
    }
    expect(error?.code).toBe('VERIFY_DIGEST_UNSUPPORTED')
    expect(error?.message).toContain('give the file')
  })
})
