/** Bundle shape checks and normalisation (pure). */
import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import {
  ChainShapeMemo,
  bundleShapeProblems,
  merkleInclusionHolds
} from '../../../src/lib/verify/bundle-checks.js'
import {
  decodeUtf8String,
  toFulcioExtensions
} from '../../../src/lib/verify/signer.js'
import {
  joinConstructedTstInfo,
  normalizeBundleJson
} from '../../../src/lib/verify/normalize-bundle.js'
import { corpusJson } from '../../helpers/verify-fixtures.js'

const h = (...parts: Buffer[]) =>
  parts.reduce((hash, p) => hash.update(p), createHash('sha256')).digest()
const leaf = (body: Buffer) => h(Buffer.from([0]), body)
const node = (l: Buffer, r: Buffer) => h(Buffer.from([1]), l, r)

describe('merkleInclusionHolds (RFC 9162)', () => {
  const bodies = ['a', 'b', 'c'].map((s) => Buffer.from(s))
  const [la, lb, lc] = bodies.map(leaf) as [Buffer, Buffer, Buffer]
  const root = node(node(la, lb), lc)
  const proof = (index: number, hashes: Buffer[], rootHash: Buffer = root) => ({
    logIndex: String(index),
    treeSize: '3',
    rootHash: rootHash.toString('base64'),
    hashes: hashes.map((x) => x.toString('base64'))
  })

  it('accepts the audit paths of a three-leaf tree', () => {
    expect(
      merkleInclusionHolds(bodies[0]!.toString('base64'), proof(0, [lb, lc]))
    ).toBe(true)
    expect(
      merkleInclusionHolds(bodies[1]!.toString('base64'), proof(1, [la, lc]))
    ).toBe(true)
    expect(
      merkleInclusionHolds(
        bodies[2]!.toString('base64'),
        proof(2, [node(la, lb)])
      )
    ).toBe(true)
  })

  it('rejects another body, another root, a wrong index and a short path', () => {
    expect(
      merkleInclusionHolds(
        Buffer.from('x').toString('base64'),
        proof(0, [lb, lc])
      )
    ).toBe(false)
    expect(
      merkleInclusionHolds(
        bodies[0]!.toString('base64'),
        proof(0, [lb, lc], la)
      )
    ).toBe(false)
    expect(
      merkleInclusionHolds(bodies[0]!.toString('base64'), proof(1, [lb, lc]))
    ).toBe(false)
    expect(
      merkleInclusionHolds(bodies[0]!.toString('base64'), proof(0, [lb]))
    ).toBe(false)
  })
})

describe('normalizeBundleJson', () => {
  it('drops a checkpoint-less inclusion proof only beside a signed promise', () => {
    const entry = (promise: boolean) => ({
      logIndex: '1',
      inclusionProof: {
        logIndex: '1',
        rootHash: '',
        treeSize: '2',
        hashes: []
      },
      ...(promise ? { inclusionPromise: { signedEntryTimestamp: 'MEQ=' } } : {})
    })
    const out = normalizeBundleJson({
      verificationMaterial: { tlogEntries: [entry(true), entry(false)] }
    }) as {
      verificationMaterial: { tlogEntries: Record<string, unknown>[] }
    }
    expect(out.verificationMaterial.tlogEntries[0]).not.toHaveProperty(
      'inclusionProof'
    )
    expect(out.verificationMaterial.tlogEntries[1]).toHaveProperty(
      'inclusionProof'
    )
  })

  it('joins a constructed OCTET STRING around the TSTInfo, leaving the rest as it was', () => {
    const tlv = (tag: number, ...content: Buffer[]) => {
      const body = Buffer.concat(content)
      return Buffer.concat([Buffer.from([tag, body.length]), body])
    }
    const tstInfo = tlv(0x30, tlv(0x02, Buffer.from([1])))
    const build = (eContent: Buffer) =>
      tlv(
        0x30,
        tlv(0x30, tlv(0x02, Buffer.from([0]))),
        tlv(
          0x30,
          tlv(0x06, Buffer.from([1, 2])),
          tlv(
            0xa0,
            tlv(
              0x30,
              tlv(0x02, Buffer.from([3])),
              tlv(0x31),
              tlv(0x30, tlv(0x06, Buffer.from([9])), tlv(0xa0, eContent)),
              tlv(0x31, tlv(0x30))
            )
          )
        )
      )
    const ber = build(
      tlv(
        0x24,
        tlv(0x04, tstInfo.subarray(0, 2)),
        tlv(0x04, tstInfo.subarray(2))
      )
    )
    const der = build(tlv(0x04, tstInfo))
    expect(joinConstructedTstInfo(ber)).toEqual(der)
    expect(joinConstructedTstInfo(der)).toBeUndefined()
    expect(joinConstructedTstInfo(Buffer.from([0x30, 0x00]))).toBeUndefined()
  })

  it('leaves out RFC 3161 timestamps when asked', () => {
    const json = {
      verificationMaterial: {
        timestampVerificationData: {
          rfc3161Timestamps: [{ signedTimestamp: 'MA==' }]
        }
      }
    }
    expect(normalizeBundleJson(json, { keepRfc3161: false })).toEqual({
      verificationMaterial: {
        timestampVerificationData: { rfc3161Timestamps: [] }
      }
    })
  })
})

describe('Fulcio extensions', () => {
  it('decodes DER UTF8Strings (short and long form) and raw legacy values', () => {
    expect(decodeUtf8String(Buffer.from([0x0c, 2, 0x68, 0x69]))).toBe('hi')
    const long = 'x'.repeat(200)
    expect(
      decodeUtf8String(
        Buffer.concat([Buffer.from([0x0c, 0x81, 200]), Buffer.from(long)])
      )
    ).toBe(long)
    const oid = (n: number) => ({ id: [1, 3, 6, 1, 4, 1, 57264, 1, n] })
    expect(
      toFulcioExtensions([
        {
          oid: oid(1),
          value: Buffer.from('https://token.actions.githubusercontent.com')
        },
        { oid: oid(9), value: Buffer.from([0x0c, 3, 0x61, 0x62, 0x63]) },
        {
          oid: oid(11),
          value: Buffer.from([0x0c, 13, ...Buffer.from('github-hosted')])
        }
      ])
    ).toEqual({
      issuerV1: 'https://token.actions.githubusercontent.com',
      buildSignerUri: 'abc',
      runnerEnvironment: 'github-hosted'
    })
  })
})

describe('bundleShapeProblems chain memo', () => {
  const raw = (
    corpusJson(
      'sigstore-conformance/test_verify_dsse_bundle_with_trust_root/bundle.sigstore.json'
    ) as {
      verificationMaterial: {
        x509CertificateChain: { certificates: { rawBytes: string }[] }
      }
    }
  ).verificationMaterial.x509CertificateChain.certificates[0]!.rawBytes
  const bundle = (certificates: unknown[]) => ({
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
    verificationMaterial: { x509CertificateChain: { certificates } }
  })
  const whole = bundle([{ rawBytes: raw }])
  // The same characters split in two: another chain, which is not X.509.
  const split = bundle([
    { rawBytes: raw.slice(0, 8) },
    { rawBytes: raw.slice(8) }
  ])

  // One certificate as long as the real one, its first bytes zeroed: not X.509.
  const changed = bundle([{ rawBytes: `AAAA${raw.slice(4)}` }])

  it('answers each chain as without the memo, in any order, repeated or not', () => {
    const chains = [whole, split, changed]
    const expected = chains.map((b) => bundleShapeProblems(b))
    expect(expected[0]).not.toEqual(expected[1])
    expect(expected[0]).not.toEqual(expected[2])
    for (const order of [
      [0, 1, 0, 1],
      [1, 0, 1, 0],
      [0, 0, 1, 1, 0],
      [1, 1, 0, 0, 1],
      [0, 2, 0, 0, 2, 2, 1, 2]
    ]) {
      const memo = new ChainShapeMemo()
      for (const i of order) {
        expect(bundleShapeProblems(chains[i], memo)).toEqual(expected[i])
      }
    }
  })
})
