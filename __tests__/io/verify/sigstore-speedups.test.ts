/**
 * The changes verify makes to @sigstore/core return what the originals
 * return: the DER encoder on every node of real certificates and RFC 3161
 * timestamps, and the memoised key parser the same key for the same bytes.
 */
import { createHash, generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { ASN1Obj, crypto as sigstoreCrypto } from '@sigstore/core'
import {
  originalToDer,
  speedUpSigstore,
  toDer
} from '../../../src/io/verify/sigstore-speedups.js'
import { encodeLength } from '../../../src/lib/verify/normalize-bundle.js'
import { corpusDer } from '../../helpers/verify-fixtures.js'

interface Node {
  subs: Node[]
}

describe('sigstore speed-ups', () => {
  it('encodes every node of real certificates and timestamps as @sigstore/core does', () => {
    const ders = corpusDer()
    expect(ders.length).toBeGreaterThan(20)
    let nodes = 0
    for (const der of ders) {
      const root = ASN1Obj.parseBuffer(der)
      const walk = (node: Node) => {
        nodes++
        expect(toDer.call(node as never).equals(originalToDer.call(node))).toBe(
          true
        )
        node.subs.forEach(walk)
      }
      walk(root)
    }
    expect(nodes).toBeGreaterThan(1000)
  })

  it('encodes nodes of every length form as @sigstore/core does', () => {
    for (const size of [0, 127, 128, 255, 256, 65535, 65536, 70000]) {
      const der = Buffer.concat([
        Buffer.from([0x30]),
        encodeLength(size + 2 + encodeLength(size).length - 1),
        Buffer.from([0x04]),
        encodeLength(size),
        Buffer.alloc(size, 7)
      ])
      const node = ASN1Obj.parseBuffer(der)
      expect(toDer.call(node as never).equals(originalToDer.call(node))).toBe(
        true
      )
    }
  })

  it('hashes as @sigstore/core did, one buffer or several', () => {
    speedUpSigstore()
    const data = Buffer.from('leaf')
    const expected = createHash('sha256').update(data).digest()
    expect(sigstoreCrypto.digest('sha256', data).equals(expected)).toBe(true)
    expect(
      sigstoreCrypto.digest('sha512', Buffer.from([1]), data).equals(
        createHash('sha512')
          .update(Buffer.from([1]))
          .update(data)
          .digest()
      )
    ).toBe(true)
  })

  it('encodes lengths in DER form (the encoder the bundle normaliser and these tests use)', () => {
    expect(
      [0, 127, 128, 255, 256, 65535, 65536].map((n) =>
        encodeLength(n).toString('hex')
      )
    ).toEqual(['00', '7f', '8180', '81ff', '820100', '82ffff', '83010000'])
  })

  it('gives the same key for the same bytes, and rejects what the original rejects', () => {
    speedUpSigstore()
    const der = generateKeyPairSync('ec', {
      namedCurve: 'P-256'
    }).publicKey.export({ format: 'der', type: 'spki' })
    const first = sigstoreCrypto.createPublicKey(der)
    expect(sigstoreCrypto.createPublicKey(Buffer.from(der))).toBe(first)
    expect(first.asymmetricKeyType).toBe('ec')
    expect(() =>
      sigstoreCrypto.createPublicKey(Buffer.from('not a key'))
    ).toThrow()
    expect((ASN1Obj.prototype as unknown as { toDER: unknown }).toDER).toBe(
      toDer
    )
  })
})
