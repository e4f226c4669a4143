/** Signatures over a digest (artifacts given as sha256:<hex>), against node:crypto's own signatures. */
import crypto from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { verifyPrehashed } from '../../../src/lib/verify/prehashed.js'

describe('verifyPrehashed', () => {
  it.each([
    ['P-256', 'sha256'],
    ['P-384', 'sha384'],
    ['P-384', 'sha256']
  ])('checks ECDSA %s over %s digests', (namedCurve, hash) => {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', {
      namedCurve
    })
    for (let i = 0; i < 5; i++) {
      const data = crypto.randomBytes(64)
      const signature = crypto.sign(hash, data, privateKey)
      const digest = crypto.createHash(hash).update(data).digest()
      expect(verifyPrehashed(publicKey, digest, signature)).toBe(true)
      const wrong = Buffer.from(digest)
      wrong[0] = wrong[0]! ^ 1
      expect(verifyPrehashed(publicKey, wrong, signature)).toBe(false)
    }
    const other = crypto.generateKeyPairSync('ec', { namedCurve }).publicKey
    const data = Buffer.from('x')
    const digest = crypto.createHash(hash).update(data).digest()
    expect(
      verifyPrehashed(other, digest, crypto.sign(hash, data, privateKey))
    ).toBe(false)
    expect(verifyPrehashed(publicKey, digest, Buffer.from('not der'))).toBe(
      false
    )
  })

  it('checks RSA PKCS#1 v1.5', () => {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', {
      modulusLength: 2048
    })
    const data = Buffer.from('release')
    const digest = crypto.createHash('sha256').update(data).digest()
    expect(
      verifyPrehashed(
        publicKey,
        digest,
        crypto.sign('sha256', data, privateKey)
      )
    ).toBe(true)
    expect(
      verifyPrehashed(
        publicKey,
        Buffer.alloc(32),
        crypto.sign('sha256', data, privateKey)
      )
    ).toBe(false)
  })

  it('says an Ed25519 signature needs the file', () => {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519')
    const signature = crypto.sign(null, Buffer.from('x'), privateKey)
    expect(() =>
      verifyPrehashed(publicKey, Buffer.alloc(32), signature)
    ).toThrow(/give the file/)
  })
})
