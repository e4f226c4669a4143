/**
 * @sigstore/core's ASN1Obj.parseBuffer, the same tree built in one pass
 * that never throws. The original tries every OCTET STRING as nested DER
 * and throws (then swallows) an error for each that is not, and reads each
 * tag and length through its ByteStream; for the RFC 3161 timestamp of
 * every bundle that was most of the parse. Here a failure is a return
 * value, and the rules are the original's, rule for rule:
 *  - a tag byte with tag number 31 (long form), or universal tag 0, fails;
 *  - a length is short form, or long form of at most 6 octets, minimal
 *    (no leading zero octet, at least 128) and never indefinite;
 *  - a node's contents lie within the buffer; a constructed node's
 *    children fill its contents exactly; nesting deeper than 100 fails;
 *  - a primitive OCTET STRING whose contents parse whole as nodes has them
 *    as its children, and none otherwise;
 *  - the buffer is copied once, and every value is a view into the copy.
 * A buffer this parser does not accept whole is handed to the original, so
 * every error (and its message) is the original's own; a test holds the
 * two parsers to the same trees on real and generated DER.
 */
import { ASN1Obj } from '@sigstore/core'

/** @sigstore/core's bound on nesting. */
const MAX_DEPTH = 100
const CONSTRUCTED = 0x20
const OCTET_STRING = 0x04

type ParseBuffer = (buf: Buffer) => ASN1Obj
type TagClass = new (enc: number) => ASN1Obj['tag']

/**
 * The nodes filling [at, end) exactly, each `depth` deep, pushed onto
 * `out`: `end`, or -1 when they do not.
 */
function parseNodes(
  view: Buffer,
  at: number,
  end: number,
  depth: number,
  out: ASN1Obj[],
  Tag: TagClass
): number {
  while (at < end) {
    if (depth > MAX_DEPTH) return -1
    const enc = view[at++]!
    const number = enc & 0x1f
    if (number === 0x1f || (enc >> 6 === 0 && number === 0)) return -1
    if (at >= end) return -1
    let length = view[at++]!
    if (length & 0x80) {
      const octets = length & 0x7f
      // More than 6 octets: the original's limit (such a length is past any
      // buffer anyway).
      if (octets > 6 || at + octets > end) return -1
      length = 0
      for (let i = 0; i < octets; i++) {
        const octet = view[at++]!
        if (i === 0 && octet === 0) return -1
        length = length * 256 + octet
      }
      if (length < 128) return -1
    }
    const next = at + length
    if (next > end) return -1
    let subs: ASN1Obj[] = []
    if (enc & CONSTRUCTED) {
      if (parseNodes(view, at, next, depth + 1, subs, Tag) < 0) return -1
    } else if (enc === OCTET_STRING) {
      const nested: ASN1Obj[] = []
      if (parseNodes(view, at, next, depth + 1, nested, Tag) === next)
        subs = nested
    }
    out.push(new ASN1Obj(new Tag(enc), view.subarray(at, next), subs))
    at = next
  }
  return at
}

/** parseBuffer over `original`: this parser's tree, or the original's answer. */
export function createParseBuffer(original: ParseBuffer): ParseBuffer {
  // ASN1Tag is not exported: its class is read off a node the original parsed.
  const Tag = original(Buffer.from([0x05, 0x00])).tag.constructor as TagClass
  return (buf: Buffer): ASN1Obj => {
    const view = Buffer.from(buf)
    const out: ASN1Obj[] = []
    // One node must fill the buffer; anything else is the original's to refuse.
    if (parseNodes(view, 0, view.length, 0, out, Tag) < 0 || out.length !== 1)
      return original(buf)
    return out[0]!
  }
}
