/**
 * Bundle JSON as other clients accept it, made readable to sigstore-js
 * before it is parsed (nothing signed is changed):
 *  - a v0.1 transparency-log entry with a signed promise (SET) and an
 *    inclusion proof that has no checkpoint: the proof cannot be checked
 *    against a signed tree head, so the SET alone stands, as v0.1 intends;
 *  - an RFC 3161 response whose TSTInfo sits in a BER constructed OCTET
 *    STRING: the segments are joined into the DER primitive form (the
 *    signature covers the signed attributes, which hold the TSTInfo's
 *    digest, not this wrapper);
 *  - RFC 3161 timestamps when the trusted root names no timestamp
 *    authority: nothing can check them, so they are left out (as other
 *    clients do) and the other timestamps must meet the threshold alone.
 */
import { isObject } from './statement.js'

export function normalizeBundleJson(
  json: unknown,
  options: { keepRfc3161: boolean } = { keepRfc3161: true }
): unknown {
  if (!isObject(json) || !isObject(json.verificationMaterial)) return json
  const material = { ...json.verificationMaterial }
  if (Array.isArray(material.tlogEntries)) {
    material.tlogEntries = material.tlogEntries.map((entry: unknown) => {
      if (!isObject(entry) || !isObject(entry.inclusionProof)) return entry
      const checkpoint = entry.inclusionProof.checkpoint
      const hasCheckpoint =
        isObject(checkpoint) &&
        typeof checkpoint.envelope === 'string' &&
        checkpoint.envelope !== ''
      if (hasCheckpoint || !isObject(entry.inclusionPromise)) return entry
      const rest: Record<string, unknown> = { ...entry }
      delete rest.inclusionProof
      return rest
    })
  }
  const tsData = material.timestampVerificationData
  if (isObject(tsData) && !options.keepRfc3161) {
    material.timestampVerificationData = { ...tsData, rfc3161Timestamps: [] }
  } else if (isObject(tsData) && Array.isArray(tsData.rfc3161Timestamps)) {
    material.timestampVerificationData = {
      ...tsData,
      rfc3161Timestamps: tsData.rfc3161Timestamps.map((t: unknown) => {
        if (!isObject(t) || typeof t.signedTimestamp !== 'string') return t
        const der = Buffer.from(t.signedTimestamp, 'base64')
        const fixed = joinConstructedTstInfo(der)
        return fixed ? { ...t, signedTimestamp: fixed.toString('base64') } : t
      })
    }
  }
  return { ...json, verificationMaterial: material }
}

interface Tlv {
  tag: number
  header: number
  length: number
  start: number
}

function readTlv(buf: Buffer, start: number): Tlv | undefined {
  const tag = buf[start]
  let first = buf[start + 1]
  if (tag === undefined || first === undefined) return undefined
  let length = first
  let header = 2
  if (first & 0x80) {
    const count = first & 0x7f
    if (count === 0 || count > 4) return undefined
    length = 0
    for (let i = 0; i < count; i++) {
      first = buf[start + 2 + i]
      if (first === undefined) return undefined
      length = length * 256 + first
    }
    header += count
  }
  if (start + header + length > buf.length) return undefined
  return { tag, header, length, start }
}

function children(buf: Buffer, node: Tlv): Tlv[] {
  const out: Tlv[] = []
  let at = node.start + node.header
  const end = node.start + node.header + node.length
  while (at < end) {
    const child = readTlv(buf, at)
    if (!child) return []
    out.push(child)
    at = child.start + child.header + child.length
  }
  return out
}

/** The DER length octets of `length` (X.690 8.1.3: short form below 128, else minimal long form). */
export function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length])
  const bytes: number[] = []
  for (let l = length; l > 0; l = Math.floor(l / 256)) bytes.unshift(l % 256)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

/**
 * TimeStampResp > token ContentInfo > [0] > SignedData > encapContentInfo
 * > [0] > OCTET STRING: when that string is constructed (0x24), the
 * response re-encoded with it primitive; undefined when there is nothing to do.
 */
export function joinConstructedTstInfo(der: Buffer): Buffer | undefined {
  const root = readTlv(der, 0)
  if (!root || root.tag !== 0x30) return undefined
  const path: Tlv[] = [root]
  const steps: [number, number][] = [
    [1, 0x30], // timeStampToken ContentInfo
    [1, 0xa0], // content [0]
    [0, 0x30], // SignedData
    [2, 0x30], // encapContentInfo
    [1, 0xa0], // eContent [0]
    [0, 0x24] // constructed OCTET STRING
  ]
  for (const [index, tag] of steps) {
    const child = children(der, path[path.length - 1]!)[index]
    if (!child || child.tag !== tag) return undefined
    path.push(child)
  }
  const octets = path.pop()!
  const segments = children(der, octets)
  if (segments.length === 0 || segments.some((s) => s.tag !== 0x04))
    return undefined
  const value = Buffer.concat(
    segments.map((s) =>
      der.subarray(s.start + s.header, s.start + s.header + s.length)
    )
  )
  let replacement = Buffer.concat([
    Buffer.from([0x04]),
    encodeLength(value.length),
    value
  ])
  let replaced: Tlv = octets
  for (let i = path.length - 1; i >= 0; i--) {
    const parent = path[i]!
    const before = der.subarray(parent.start + parent.header, replaced.start)
    const after = der.subarray(
      replaced.start + replaced.header + replaced.length,
      parent.start + parent.header + parent.length
    )
    const body = Buffer.concat([before, replacement, after])
    replacement = Buffer.concat([
      Buffer.from([parent.tag]),
      encodeLength(body.length),
      body
    ])
    replaced = parent
  }
  return replacement
}
