/**
 * The one zip reader (wheels, jars, zips): the central directory with its
 * per-entry metadata (DOS time, extended timestamp, Unix mode, creator,
 * method, flags, extra field ids), ZIP64 counts and offsets, and the entry
 * data (stored or deflated, inflated within the archive's bounds). Every
 * offset is checked against the archive's length before it is read.
 */
import { inflateBounded } from './inflate.js'
import {
  ArchiveFormatError,
  quoteMember,
  type InflationBudget
} from './limits.js'

export interface ZipEntry {
  path: string
  type: 'file' | 'dir' | 'symlink'
  fields: Record<string, string>
  size: number
  /** Undefined when the method is one this reader does not inflate. */
  data: Uint8Array | undefined
}

const EOCD = 0x06054b50
const EOCD64 = 0x06064b50
const EOCD64_LOCATOR = 0x07064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const UNIX_HOST = 3
const decoder = new TextDecoder('utf-8')

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b
}

/** Every entry, with the data of those `want` asks for (all by default). */
export function readZip(
  bytes: Uint8Array,
  budget: InflationBudget,
  want: (path: string) => boolean = () => true
): ZipEntry[] {
  try {
    return readEntries(bytes, budget, want)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new ArchiveFormatError(
      budget.source,
      'zip: an offset or length points outside the archive',
      { cause: error }
    )
  }
}

function readEntries(
  bytes: Uint8Array,
  budget: InflationBudget,
  want: (path: string) => boolean
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEocd(view, budget.source)
  let count = view.getUint16(eocd + 10, true)
  let offset = view.getUint32(eocd + 16, true)
  const locator = eocd - 20
  if (locator >= 0 && view.getUint32(locator, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(locator + 8, true))
    if (view.getUint32(at, true) === EOCD64) {
      count = Number(view.getBigUint64(at + 32, true))
      offset = Number(view.getBigUint64(at + 48, true))
    }
  }
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== CENTRAL) {
      throw new ArchiveFormatError(
        budget.source,
        `zip: central directory entry ${i} is damaged`
      )
    }
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const nameAt = offset + 46
    const extra = bytes.subarray(
      nameAt + nameLength,
      nameAt + nameLength + extraLength
    )
    const name = decoder.decode(bytes.subarray(nameAt, nameAt + nameLength))
    budget.addEntry(name)
    entries.push(toEntry(view, bytes, offset, name, extra, budget, want(name)))
    offset = nameAt + nameLength + extraLength + commentLength
  }
  return entries
}

function toEntry(
  view: DataView,
  bytes: Uint8Array,
  at: number,
  path: string,
  extra: Uint8Array,
  budget: InflationBudget,
  wanted: boolean
): ZipEntry {
  const madeBy = view.getUint16(at + 4, true)
  const method = view.getUint16(at + 10, true)
  const external = view.getUint32(at + 38, true)
  const extras = readExtras(extra)
  let compressed = view.getUint32(at + 20, true)
  let size = view.getUint32(at + 24, true)
  let local = view.getUint32(at + 42, true)
  const zip64 = extras.get(0x0001)
  if (zip64) {
    const z = new DataView(zip64.buffer, zip64.byteOffset, zip64.byteLength)
    let k = 0
    const next = (): number => Number(z.getBigUint64(k++ * 8, true))
    if (size === 0xffffffff) size = next()
    if (compressed === 0xffffffff) compressed = next()
    if (local === 0xffffffff) local = next()
  }
  const unix = madeBy >> 8 === UNIX_HOST
  const mode = unix ? external >>> 16 : 0
  const fields: Record<string, string> = {
    'dos time': dosTime(
      view.getUint16(at + 12, true),
      view.getUint16(at + 14, true)
    ),
    method: String(method),
    'compressed size': String(compressed),
    'made by': `host ${madeBy >> 8}, version ${madeBy & 0xff}`,
    flags: `0x${view.getUint16(at + 8, true).toString(16)}`,
    'extra fields': [...extras.keys()]
      .map((id) => `0x${id.toString(16)}`)
      .join(' ')
  }
  if (unix) fields.mode = (mode & 0o7777).toString(8).padStart(4, '0')
  const ext = extras.get(0x5455)
  if (ext && ext.length >= 5 && (ext[0]! & 1) === 1) {
    fields['extended mtime'] = String(
      new DataView(ext.buffer, ext.byteOffset).getUint32(1, true)
    )
  }
  const type = path.endsWith('/')
    ? 'dir'
    : unix && (mode & 0o170000) === 0o120000
      ? 'symlink'
      : 'file'
  return {
    path,
    type,
    fields,
    size,
    data: wanted
      ? entryData(
          view,
          bytes,
          { local, method, compressed, size, path },
          budget
        )
      : undefined
  }
}

interface Member {
  local: number
  method: number
  compressed: number
  size: number
  path: string
}

function entryData(
  view: DataView,
  bytes: Uint8Array,
  member: Member,
  budget: InflationBudget
): Uint8Array | undefined {
  const { local, method, compressed, size, path } = member
  if (view.getUint32(local, true) !== LOCAL) return undefined
  const start =
    local +
    30 +
    view.getUint16(local + 26, true) +
    view.getUint16(local + 28, true)
  if (start + compressed > bytes.length) {
    throw new ArchiveFormatError(
      budget.source,
      `zip: member ${quoteMember(path)} runs past the end of the archive`
    )
  }
  const raw = bytes.subarray(start, start + compressed)
  if (method === 0) return raw
  if (method === 8) return inflateBounded('deflate', raw, budget, path, size)
  return undefined
}

function findEocd(view: DataView, source: string): number {
  const last = view.byteLength - 22
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at
  }
  throw new ArchiveFormatError(
    source,
    'zip: no end of central directory record'
  )
}

function readExtras(extra: Uint8Array): Map<number, Uint8Array> {
  const found = new Map<number, Uint8Array>()
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength)
  for (let at = 0; at + 4 <= extra.length;) {
    const id = view.getUint16(at, true)
    const length = view.getUint16(at + 2, true)
    found.set(id, extra.subarray(at + 4, at + 4 + length))
    at += 4 + length
  }
  return found
}

function dosTime(time: number, date: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  const y = 1980 + (date >> 9)
  const mo = (date >> 5) & 0xf
  const d = date & 0x1f
  const h = time >> 11
  const mi = (time >> 5) & 0x3f
  const s = (time & 0x1f) * 2
  return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`
}
