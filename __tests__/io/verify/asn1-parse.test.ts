/**
 * verify's one-pass ASN.1 parser against @sigstore/core's own, on real
 * certificates and timestamps, on the edge cases of each DER rule, and on
 * generated DER, valid and corrupted: the same tree, or the same error.
 */
import { describe, expect, it } from '@jest/globals'
import { ASN1Obj } from '@sigstore/core'
import fc from 'fast-check'
import { createParseBuffer } from '../../../src/io/verify/asn1-parse.js'
import { encodeLength } from '../../../src/lib/verify/normalize-bundle.js'
import { corpusDer } from '../../helpers/verify-fixtures.js'

const original = (buf: Buffer) =>
  ASN1Obj.parseBuffer(buf as Buffer<ArrayBuffer>)

/** The parser under test, and how often it handed a buffer to the original. */
function counted() {
  let fallbacks = -1 // the first call reads ASN1Tag's class
  const parse = createParseBuffer((buf) => {
    fallbacks++
    return original(buf)
  })
  return { parse, fallbacks: () => fallbacks }
}

interface Shape {
  tag: number
  value: string
  subs: Shape[]
}

function shape(node: ASN1Obj): Shape {
  return {
    tag: node.tag.toDER(),
    value: node.value.toString('hex'),
    subs: node.subs.map(shape)
  }
}

/** The tree, or the error, a parser gives for `der`. */
function outcome(
  parse: (buf: Buffer) => ASN1Obj,
  der: Buffer
): Shape | { error: string; kind: string } {
  try {
    return shape(parse(der))
  } catch (error) {
    return { error: (error as Error).message, kind: (error as Error).name }
  }
}

function tlv(tag: number, contents: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from([tag]),
    encodeLength(contents.length),
    contents
  ])
}

function nested(depth: number): Buffer {
  let der: Buffer = Buffer.from([0x05, 0x00])
  for (let i = 0; i < depth; i++) der = tlv(0x30, der)
  return der
}

/** DER trees: primitives, constructed nodes, OCTET STRINGs holding DER or not. */
const derTree: fc.Arbitrary<Buffer> = fc.letrec<{ node: Buffer }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(
        fc.integer({ min: 1, max: 0x1e }),
        fc.constantFrom(0x00, 0x40, 0x80, 0xc0),
        fc.uint8Array({ maxLength: 300 })
      )
      .map(([number, cls, bytes]) => tlv(number | cls, Buffer.from(bytes))),
    fc
      .tuple(
        fc.constantFrom(0x30, 0x31, 0xa0, 0xa3, 0x24),
        fc.array(tie('node'), { maxLength: 4 })
      )
      .map(([tag, subs]) => tlv(tag, Buffer.concat(subs))),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map((subs) => tlv(0x04, Buffer.concat(subs)))
  )
})).node

/** A tree with some bytes changed, cut short or extended. */
const corrupted = fc
  .tuple(
    derTree,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
      maxLength: 3
    }),
    fc.nat(),
    fc.uint8Array({ maxLength: 3 })
  )
  .map(([der, edits, cut, extra]) => {
    const out = Buffer.from(der)
    for (const [at, byte] of edits) out[at % out.length] = byte
    return Buffer.concat([out.subarray(0, out.length - (cut % 3)), extra])
  })

describe('one-pass ASN.1 parsing', () => {
  it('builds the tree @sigstore/core builds for every real certificate and timestamp, on its own', () => {
    const { parse, fallbacks } = counted()
    const ders = corpusDer()
    expect(ders.length).toBeGreaterThan(20)
    for (const der of ders) {
      expect(outcome(parse, der)).toEqual(outcome(original, der))
    }
    expect(fallbacks()).toBe(0)
  })

  it('keeps its values in a copy of the input', () => {
    const der = corpusDer()[0]!
    const input = Buffer.from(der)
    const tree = createParseBuffer(original)(input)
    const before = shape(tree)
    input.fill(0)
    expect(shape(tree)).toEqual(before)
  })

  it.each([
    ['an empty buffer', Buffer.alloc(0)],
    ['a tag with no length', Buffer.from([0x30])],
    ['a long-form tag number', Buffer.from([0x1f, 0x01, 0x00])],
    ['universal tag 0', Buffer.from([0x00, 0x00])],
    ['constructed universal tag 0', Buffer.from([0x20, 0x00])],
    ['an indefinite length', Buffer.from([0x30, 0x80])],
    [
      'a long-form length under 128',
      Buffer.from([0x04, 0x81, 0x05, 1, 2, 3, 4, 5])
    ],
    [
      'a length with a leading zero octet',
      Buffer.concat([Buffer.from([0x04, 0x82, 0x00, 0x80]), Buffer.alloc(128)])
    ],
    ['contents past the end', Buffer.from([0x04, 0x05, 1, 2])],
    ['trailing data', Buffer.from([0x05, 0x00, 0x00])],
    ['a child past its parent', Buffer.from([0x30, 0x02, 0x04, 0x02, 1, 2])],
    [
      'a child short of its parent',
      Buffer.from([0x30, 0x03, 0x05, 0x00, 0x01])
    ],
    ['a SEQUENCE holding a bad tag', Buffer.from([0x30, 0x02, 0x00, 0x00])],
    ['nesting 101 deep', nested(101)]
  ])('refuses %s with the error @sigstore/core gives', (_, der) => {
    const expected = outcome(original, der)
    expect(expected).toHaveProperty('error')
    expect(outcome(createParseBuffer(original), der)).toEqual(expected)
  })

  it.each([
    ['nesting 100 deep', nested(100)],
    [
      'an OCTET STRING holding DER',
      tlv(0x04, tlv(0x30, tlv(0x02, Buffer.from([1]))))
    ],
    ['an OCTET STRING holding DER nested 100 deep', tlv(0x04, nested(99))],
    ['an OCTET STRING holding DER nested too deep', tlv(0x04, nested(100))],
    ['an OCTET STRING holding bytes', tlv(0x04, Buffer.from([0x30, 0x05, 1]))],
    ['an OCTET STRING holding a bad tag', tlv(0x04, Buffer.from([0x00, 0x00]))],
    ['an empty OCTET STRING', Buffer.from([0x04, 0x00])],
    ['an empty SEQUENCE', Buffer.from([0x30, 0x00])],
    ['a long-form length', tlv(0x04, Buffer.alloc(300, 0xab))]
  ])('builds the tree @sigstore/core builds for %s, on its own', (_, der) => {
    const { parse, fallbacks } = counted()
    const expected = outcome(original, der)
    expect(expected).not.toHaveProperty('error')
    expect(outcome(parse, der)).toEqual(expected)
    expect(fallbacks()).toBe(0)
  })

  it('parses generated DER without the original, to the same tree', () => {
    const { parse, fallbacks } = counted()
    fc.assert(
      fc.property(derTree, (der) => {
        expect(outcome(parse, der)).toEqual(outcome(original, der))
      }),
      { numRuns: 500 }
    )
    expect(fallbacks()).toBe(0)
  })

  it('answers corrupted DER as @sigstore/core does, tree or error', () => {
    const parse = createParseBuffer(original)
    fc.assert(
      fc.property(corrupted, (der) => {
        expect(outcome(parse, der)).toEqual(outcome(original, der))
      }),
      { numRuns: 2000 }
    )
  })
})
