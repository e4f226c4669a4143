/**
 * Two process-wide changes to @sigstore/core that verify makes before it
 * checks bundles, both returning exactly what the originals return:
 *  - createPublicKey is memoised on its exact input (DER or PEM, and type):
 *    sigstore-js turns the timestamp authority's key into a KeyObject anew
 *    for every timestamp it checks. KeyObjects are immutable.
 *  - ASN1Obj.toDER, which sigstore-js calls to re-encode signed attributes
 *    and TSTInfo for every timestamp, allocates two zero-filled 1 KiB blocks
 *    per node of the tree: the same encoding (tag, DER length, contents) is
 *    built with one allocation per node. A test holds it to the original on
 *    real certificates and timestamps.
 * If @sigstore/core renames either, it is left as it is.
 */
import type { KeyObject } from 'node:crypto'
import { ASN1Obj, crypto as sigstoreCrypto } from '@sigstore/core'

/** Distinct keys kept parsed; past it, the memo starts over. */
const MAX_KEYS_MEMO = 1000
const PATCHED = Symbol.for('provenant.sigstore-speedups')

type CreatePublicKey = typeof sigstoreCrypto.createPublicKey
type Patched = { [PATCHED]?: true }

export function speedUpSigstore(): void {
  memoizeKeyParsing()
  encodeDerOnce()
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

/** The DER length octets of `length` (X.690 8.1.3: short form below 128, else minimal long form). */
export function derLength(length: number): Buffer {
  if (length < 128) return Buffer.from([length])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) {
    bytes.unshift(rest % 256)
  }
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

/** The original encoder, kept for the test that compares the two. */
export const originalToDer = (
  ASN1Obj.prototype as unknown as { toDER: () => Buffer }
).toDER

export function toDer(this: DerNode): Buffer {
  const value =
    this.subs.length > 0
      ? Buffer.concat(this.subs.map((sub) => sub.toDER()))
      : this.value
  return Buffer.concat([
    Buffer.from([this.tag.toDER()]),
    derLength(value.length),
    value
  ])
}

function encodeDerOnce(): void {
  const proto = ASN1Obj.prototype as unknown as {
    toDER: ((this: DerNode) => Buffer) & Patched
  }
  if (typeof proto.toDER !== 'function' || proto.toDER[PATCHED]) return
  proto.toDER = Object.assign(toDer, { [PATCHED]: true as const })
}
