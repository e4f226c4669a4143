/**
 * Process-wide changes to @sigstore/core that verify makes before it
 * checks bundles, each returning exactly what the original returns:
 *  - createPublicKey is memoised on its exact input (DER or PEM, and type):
 *    sigstore-js turns the timestamp authority's key into a KeyObject anew
 *    for every timestamp it checks. KeyObjects are immutable.
 *  - ASN1Obj.toDER, which sigstore-js calls to re-encode signed attributes
 *    and TSTInfo for every timestamp, allocates two zero-filled 1 KiB blocks
 *    per node of the tree: the same encoding (tag, DER length, contents) is
 *    measured, then written into one buffer. A test holds it to the original on
 *    real certificates and timestamps;
 *  - RFC3161Timestamp's getters are computed once per timestamp;
 *  - crypto.digest of buffers is node:crypto's one-shot hash;
 *  - ASN1Obj.parseBuffer builds its tree in one pass that never throws
 *    (asn1-parse.ts), falling back to the original for what it refuses.
 * If @sigstore/core renames any of them, it is left as it is.
 */
import type { KeyObject } from 'node:crypto'
import { hash } from 'node:crypto'
import {
  ASN1Obj,
  RFC3161Timestamp,
  crypto as sigstoreCrypto
} from '@sigstore/core'
import { createParseBuffer } from './asn1-parse.js'

/** Distinct keys kept parsed; past it, the memo starts over. */
const MAX_KEYS_MEMO = 1000
const PATCHED = Symbol.for('provenant.sigstore-speedups')

type CreatePublicKey = typeof sigstoreCrypto.createPublicKey
type Patched = { [PATCHED]?: true }

export function speedUpSigstore(): void {
  memoizeKeyParsing()
  encodeDerOnce()
  memoizeTimestampGetters()
  hashInOneCall()
  parseInOnePass()
}

/** ASN1Obj.parseBuffer (every certificate and timestamp) through asn1-parse.ts. */
function parseInOnePass(): void {
  const target = ASN1Obj as unknown as {
    parseBuffer: ((buf: Buffer) => ASN1Obj) & Patched
  }
  const original = target.parseBuffer
  if (typeof original !== 'function' || original[PATCHED]) return
  const parse = createParseBuffer(original.bind(ASN1Obj))
  target.parseBuffer = Object.assign(parse, { [PATCHED]: true as const })
}

/**
 * RFC3161Timestamp's getters, each a pure function of the parsed DER,
 * computed once per timestamp: sigstore-js reads the signing time (a new
 * TSTInfo and a date parsed each time) a handful of times per bundle.
 */
const TIMESTAMP_GETTERS = [
  'status',
  'contentType',
  'eContentType',
  'signingTime',
  'signerIssuer',
  'signerSerialNumber',
  'signerDigestAlgorithm',
  'signatureAlgorithm',
  'signatureValue',
  'tstInfo'
] as const

function memoizeTimestampGetters(): void {
  const proto = RFC3161Timestamp.prototype as object & Patched
  if (proto[PATCHED]) return
  for (const name of TIMESTAMP_GETTERS) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name)
    if (typeof descriptor?.get !== 'function') continue
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: object) {
        const value: unknown = descriptor.get!.call(this)
        Object.defineProperty(this, name, { value, configurable: true })
        return value
      }
    })
  }
  Object.defineProperty(proto, PATCHED, { value: true })
}

type Digest = typeof sigstoreCrypto.digest

/**
 * crypto.digest of buffers through node:crypto's one-shot hash (of their
 * concatenation when several): the same digest, without a Hash object per
 * call (sigstore-js hashes a log leaf, with its prefix byte, and a
 * timestamp's imprint for every bundle).
 */
function hashInOneCall(): void {
  const target = sigstoreCrypto as { digest: Digest }
  const original = target.digest as Digest & Patched
  if (typeof original !== 'function' || original[PATCHED]) return
  const digest: Digest = (algorithm, ...data) =>
    data.length === 1 && Buffer.isBuffer(data[0])
      ? hash(algorithm, data[0], 'buffer')
      : data.length > 1 && data.every((d) => Buffer.isBuffer(d))
        ? hash(algorithm, Buffer.concat(data), 'buffer')
        : original(algorithm, ...data)
  target.digest = Object.assign(digest, { [PATCHED]: true as const })
}

function memoizeKeyParsing(): void {
  const target = sigstoreCrypto as { createPublicKey: CreatePublicKey }
  const original = target.createPublicKey as CreatePublicKey & Patched
  if (typeof original !== 'function' || original[PATCHED]) return
  const keys = new Map<string, KeyObject>()
  const memoized = (key: string | Buffer, type?: 'spki' | 'pkcs1') => {
    const id = `${type ?? ''}:${typeof key === 'string' ? `s:${key}` : `b:${key.toString('base64')}`}`
    let parsed = keys.get(id)
    if (!parsed) {
      parsed = original(key, type)
      if (keys.size >= MAX_KEYS_MEMO) keys.clear()
      keys.set(id, parsed)
    }
    return parsed
  }
  target.createPublicKey = Object.assign(memoized, { [PATCHED]: true as const })
}

interface DerNode {
  tag: { toDER(): number }
  value: Buffer
  subs: DerNode[]
  toDER(): Buffer
}

/** The original encoder, kept for the test that compares the two. */
export const originalToDer = (
  ASN1Obj.prototype as unknown as { toDER: () => Buffer }
).toDER

/** The DER of a node: its size measured first, then written into one buffer. */
export function toDer(this: DerNode): Buffer {
  // Each node's contents size, in the order both passes visit the nodes.
  const sizes: number[] = []
  const out = Buffer.allocUnsafe(measure(this, sizes))
  const end = writeDer(this, out, 0, sizes, { next: 0 })
  return end === out.length ? out : out.subarray(0, end)
}

/** The encoded size of a node; its contents size and its subtree's pushed onto `sizes`. */
function measure(node: DerNode, sizes: number[]): number {
  const index = sizes.push(0) - 1
  let size = 0
  if (node.subs.length > 0) {
    for (const sub of node.subs) size += measure(sub, sizes)
  } else size = node.value.length
  sizes[index] = size
  return 1 + lengthOctets(size) + size
}

function lengthOctets(length: number): number {
  let n = 1
  if (length >= 128) for (let rest = length; rest > 0; rest >>>= 8) n++
  return n
}

function writeDer(
  node: DerNode,
  out: Buffer,
  at: number,
  sizes: readonly number[],
  cursor: { next: number }
): number {
  const size = sizes[cursor.next++]!
  out[at++] = node.tag.toDER()
  if (size < 128) out[at++] = size
  else {
    const octets = lengthOctets(size) - 1
    out[at++] = 0x80 | octets
    for (let i = octets - 1; i >= 0; i--) out[at++] = (size >>> (8 * i)) & 0xff
  }
  if (node.subs.length === 0) return at + node.value.copy(out, at)
  for (const sub of node.subs) at = writeDer(sub, out, at, sizes, cursor)
  return at
}

function encodeDerOnce(): void {
  const proto = ASN1Obj.prototype as unknown as {
    toDER: ((this: DerNode) => Buffer) & Patched
  }
  if (typeof proto.toDER !== 'function' || proto.toDER[PATCHED]) return
  proto.toDER = Object.assign(toDer, { [PATCHED]: true as const })
}
