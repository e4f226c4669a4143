/**
 * A small tar reader: ustar and GNU headers (base-256 numbers, ././@LongLink
 * names), and pax extended headers (path, linkpath, size, mtime with its
 * fractions, uid/gid/uname/gname; other records kept as fields). Enough to
 * compare two archives entry by entry; it never writes.
 */
export interface TarEntry {
  path: string
  type: 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'
  /** Header fields as text: mode (octal), uid, gid, uname, gname, mtime, linkname, format, pax:<key>. */
  fields: Record<string, string>
  size: number
  data: Uint8Array
}

const BLOCK = 512
const decoder = new TextDecoder('utf-8')

export function looksLikeTar(bytes: Uint8Array): boolean {
  if (bytes.length < BLOCK) return false
  if (text(bytes, 257, 5) === 'ustar') return true
  return checksumOk(bytes.subarray(0, BLOCK))
}

export function readTar(bytes: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = []
  let offset = 0
  let pax: Record<string, string> = {}
  let globalPax: Record<string, string> = {}
  let longName: string | undefined
  let longLink: string | undefined
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK)
    if (header.every((b) => b === 0)) break
    if (!checksumOk(header)) {
      throw new Error(`tar header at offset ${offset} has a bad checksum`)
    }
    const typeflag = String.fromCharCode(header[156]!)
    const size = Number(pax.size ?? number(header, 124, 12))
    const start = offset + BLOCK
    const data = bytes.subarray(start, start + size)
    offset = start + Math.ceil(size / BLOCK) * BLOCK
    if (typeflag === 'x' || typeflag === 'g') {
      const records = parsePax(data)
      if (typeflag === 'g') globalPax = { ...globalPax, ...records }
      else pax = records
      continue
    }
    if (typeflag === 'L' || typeflag === 'K') {
      const name = text(data, 0, data.length)
      if (typeflag === 'L') longName = name
      else longLink = name
      continue
    }
    const merged = { ...globalPax, ...pax }
    entries.push(toEntry(header, merged, data, size, longName, longLink))
    pax = {}
    longName = longLink = undefined
  }
  return entries
}

function toEntry(
  header: Uint8Array,
  pax: Record<string, string>,
  data: Uint8Array,
  size: number,
  longName: string | undefined,
  longLink: string | undefined
): TarEntry {
  const magic = decoder.decode(header.subarray(257, 265))
  const ustar = magic.startsWith('ustar')
  const prefix =
    ustar && magic === 'ustar\u000000' ? text(header, 345, 155) : ''
  const name = text(header, 0, 100)
  const path = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name)
  const typeflag = String.fromCharCode(header[156]!)
  const fields: Record<string, string> = {
    mode: (number(header, 100, 8) & 0o7777).toString(8).padStart(4, '0'),
    uid: pax.uid ?? String(number(header, 108, 8)),
    gid: pax.gid ?? String(number(header, 116, 8)),
    mtime: pax.mtime ?? String(number(header, 136, 12)),
    uname: pax.uname ?? text(header, 265, 32),
    gname: pax.gname ?? text(header, 297, 32),
    format: !ustar ? 'v7' : magic === 'ustar  \u0000' ? 'gnu' : 'ustar'
  }
  const linkname = pax.linkpath ?? longLink ?? text(header, 157, 100)
  if (linkname) fields.linkname = linkname
  for (const [key, value] of Object.entries(pax)) {
    if (!HANDLED_PAX.has(key)) fields[`pax:${key}`] = value
  }
  return {
    path,
    type: TYPES[typeflag] ?? 'other',
    fields,
    size,
    data: TYPES[typeflag] === 'file' ? data : new Uint8Array()
  }
}

const HANDLED_PAX = new Set([
  'path',
  'linkpath',
  'size',
  'mtime',
  'uid',
  'gid',
  'uname',
  'gname'
])

const TYPES: Record<string, TarEntry['type']> = {
  '0': 'file',
  '\u0000': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '5': 'dir'
}

/** `<length> <key>=<value>\n` records. */
function parsePax(data: Uint8Array): Record<string, string> {
  const records: Record<string, string> = {}
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    if (space < 0) break
    const length = Number(text(data, at, space - at))
    if (!Number.isInteger(length) || length <= 0) break
    const record = decoder.decode(data.subarray(space + 1, at + length - 1))
    const eq = record.indexOf('=')
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1)
    at += length
  }
  return records
}

/** Octal text, or GNU base-256 when the first byte has its high bit set. */
function number(header: Uint8Array, at: number, length: number): number {
  const field = header.subarray(at, at + length)
  if ((field[0]! & 0x80) !== 0) {
    let value = field[0]! & 0x7f
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!
    return value
  }
  const digits = text(field, 0, field.length).trim()
  return digits === '' ? 0 : parseInt(digits, 8)
}

function text(bytes: Uint8Array, at: number, length: number): string {
  const slice = bytes.subarray(at, at + length)
  const end = slice.indexOf(0)
  return decoder.decode(end < 0 ? slice : slice.subarray(0, end))
}

function checksumOk(header: Uint8Array): boolean {
  if (header.length < BLOCK) return false
  let sum = 0
  for (let i = 0; i < BLOCK; i++) {
    sum += i >= 148 && i < 156 ? 0x20 : header[i]!
  }
  const stored = parseInt(text(header, 148, 8).trim(), 8)
  return stored === sum
}
