/**
 * The gzip layer of .tar.gz, .tgz and .gz files: the header fields that make
 * two compressions of the same bytes differ (MTIME, the stored file name,
 * XFL, OS), and the decompressed bytes (within the archive's bounds).
 */
import { inflateBounded } from '../archive/inflate.js'
import type { InflationBudget } from '../archive/limits.js'

export interface GzipLayer {
  fields: Record<string, string>
  /** The compressed stream after the header (with the trailer). */
  payload: Uint8Array
  data: Uint8Array
}

const FEXTRA = 4
const FNAME = 8
const FCOMMENT = 16
const FHCRC = 2

export function looksLikeGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

export function readGzip(
  bytes: Uint8Array,
  budget: InflationBudget
): GzipLayer {
  const flags = bytes[3]!
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const fields: Record<string, string> = {
    'gzip mtime': String(view.getUint32(4, true)),
    'gzip extra flags': String(bytes[8]),
    'gzip os': String(bytes[9])
  }
  let at = 10
  if (flags & FEXTRA) at += 2 + view.getUint16(at, true)
  if (flags & FNAME) {
    const end = bytes.indexOf(0, at)
    fields['gzip file name'] = new TextDecoder('latin1').decode(
      bytes.subarray(at, end)
    )
    at = end + 1
  }
  if (flags & FCOMMENT) {
    const end = bytes.indexOf(0, at)
    fields['gzip comment'] = new TextDecoder('latin1').decode(
      bytes.subarray(at, end)
    )
    at = end + 1
  }
  if (flags & FHCRC) at += 2
  return {
    fields,
    payload: bytes.subarray(at),
    data: inflateBounded('gzip', bytes, budget)
  }
}
