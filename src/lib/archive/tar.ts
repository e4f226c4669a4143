/**
 * The one tar reader: chunks in, entries out. It reads ustar (with the
 * 155-byte prefix), GNU headers (base-256 numbers, ././@LongLink names and
 * link names) and pax extended headers (path, linkpath, size, mtime with its
 * fractions, uid/gid/uname/gname; other records kept as fields), checks
 * every header's checksum, keeps the data only of the entries asked for, and
 * holds the entry-count bound. It never writes.
 */
import { concatBytes } from './inflate.js'
import {
  ArchiveFormatError,
  ArchiveLimitError,
  type InflationBudget
} from './limits.js'

export interface TarEntry {
  path: string
  type: 'file' | 'dir' | 'symlink' | 'hardlink' | 'other'
  /** Header fields as text: mode (octal), uid, gid, uname, gname, mtime, linkname, format, pax:<key>. */
  fields: Record<string, string>
  size: number
}

export interface TarReaderOptions {
  /** Whether to keep an entry's data; it is passed to onEntry when kept. */
  want(entry: TarEntry): boolean
  onEntry(entry: TarEntry, data: Uint8Array | undefined): void
  /** Largest entry data kept, in bytes; a wanted entry over it is an error. */
  maxKeptBytes: number
  /** Holds the entry bound and names the archive in messages. */
  budget: InflationBudget
}

const BLOCK = 512
/** Largest pax or GNU long-name record read. */
const MAX_META_BYTES = 1024 * 1024
const decoder = new TextDecoder('utf-8')

export function looksLikeTar(bytes: Uint8Array): boolean {
  if (bytes.length < BLOCK) return false
  if (text(bytes, 257, 5) === 'ustar') return true
  return checksumOk(bytes.subarray(0, BLOCK))
}

interface Current {
  entry: TarEntry
  keep: boolean
  /** 'x', 'g', 'L', 'K' for the records that describe the next entry. */
  meta: string | undefined
  padded: number
  remaining: number
}

export class TarReader {
  readonly #options: TarReaderOptions
  #pending: Uint8Array[] = []
  #pendingBytes = 0
  #current: Current | undefined
  #parts: Uint8Array[] = []
  #pax: Record<string, string> = {}
  #globalPax: Record<string, string> = {}
  #longName: string | undefined
  #longLink: string | undefined
  #offset = 0
  #ended = false

  constructor(options: TarReaderOptions) {
    this.#options = options
  }

  /** The path of the entry whose data is being read, if any. */
  get currentPath(): string | undefined {
    return this.#current?.meta === undefined
      ? this.#current?.entry.path
      : undefined
  }

  push(chunk: Uint8Array): void {
    if (this.#ended || chunk.length === 0) return
    this.#pending.push(chunk)
    this.#pendingBytes += chunk.length
    this.#drain()
  }

  /** Call at the end of the stream: a truncated archive is an error. */
  end(): void {
    if (!this.#ended && (this.#current !== undefined || this.#pendingBytes > 0))
      throw this.#damaged('it ends in the middle of an entry')
  }

  #drain(): void {
    while (!this.#ended) {
      const current = this.#current
      if (current) {
        const take = Math.min(current.remaining, this.#pendingBytes)
        if (take === 0 && current.remaining > 0) return
        if (current.keep) {
          const data = this.#take(take)
          const wanted =
            current.entry.size - (current.padded - current.remaining)
          if (wanted > 0) this.#parts.push(data.subarray(0, wanted))
        } else this.#skip(take)
        current.remaining -= take
        if (current.remaining > 0) return
        this.#finishEntry()
        continue
      }
      if (this.#pendingBytes < BLOCK) return
      this.#readHeader(this.#take(BLOCK))
    }
  }

  #readHeader(header: Uint8Array): void {
    const at = this.#offset - BLOCK
    if (header.every((b) => b === 0)) {
      this.#ended = true
      return
    }
    if (!checksumOk(header))
      throw this.#damaged(`the header at offset ${at} has a bad checksum`)
    const typeflag = String.fromCharCode(header[156]!)
    const meta = 'xgLK'.includes(typeflag) ? typeflag : undefined
    const paxSize = meta ? undefined : this.#pax.size
    const size =
      paxSize !== undefined ? Number(paxSize) : number(header, 124, 12)
    if (!Number.isSafeInteger(size) || size < 0)
      throw this.#damaged(`the header at offset ${at} has a bad size`)
    const entry = meta
      ? { path: typeflag, type: 'other' as const, fields: {}, size }
      : this.#toEntry(header, size)
    if (meta === undefined) this.#options.budget.addEntry(entry.path)
    if (meta && size > MAX_META_BYTES)
      throw this.#tooBig(entry.path, size, MAX_META_BYTES)
    const keep = meta !== undefined || this.#options.want(entry)
    if (keep && !meta && size > this.#options.maxKeptBytes)
      throw this.#tooBig(entry.path, size, this.#options.maxKeptBytes)
    const padded = Math.ceil(size / BLOCK) * BLOCK
    this.#current = { entry, keep, meta, padded, remaining: padded }
    this.#parts = []
    if (size === 0) this.#finishEntry()
  }

  #toEntry(header: Uint8Array, size: number): TarEntry {
    const pax = { ...this.#globalPax, ...this.#pax }
    const entry = toEntry(header, pax, size, this.#longName, this.#longLink)
    this.#pax = {}
    this.#longName = this.#longLink = undefined
    return entry
  }

  #finishEntry(): void {
    const { entry, keep, meta } = this.#current!
    this.#current = undefined
    const data = keep ? concatBytes(this.#parts, entry.size) : undefined
    this.#parts = []
    if (meta === 'x') this.#pax = parsePax(data!)
    else if (meta === 'g')
      this.#globalPax = { ...this.#globalPax, ...parsePax(data!) }
    else if (meta === 'L') this.#longName = text(data!, 0, data!.length)
    else if (meta === 'K') this.#longLink = text(data!, 0, data!.length)
    else this.#options.onEntry(entry, data)
  }

  #damaged(why: string): ArchiveFormatError {
    return new ArchiveFormatError(this.#options.budget.source, `tar: ${why}`)
  }

  #tooBig(member: string, size: number, max: number): ArchiveLimitError {
    return new ArchiveLimitError(
      this.#options.budget.source,
      member,
      'inflated size',
      `a member of ${size} bytes, where at most ${max} are read`
    )
  }

  /** Drops bytes nobody asked for, without copying them. */
  #skip(length: number): void {
    let left = length
    while (left > 0) {
      const head = this.#pending[0]!
      if (head.length <= left) {
        left -= head.length
        this.#pending.shift()
      } else {
        this.#pending[0] = head.subarray(left)
        left = 0
      }
    }
    this.#pendingBytes -= length
    this.#offset += length
  }

  #take(length: number): Uint8Array {
    const out = new Uint8Array(length)
    let offset = 0
    while (offset < length) {
      const head = this.#pending[0]!
      const n = Math.min(head.length, length - offset)
      out.set(head.subarray(0, n), offset)
      offset += n
      if (n === head.length) this.#pending.shift()
      else this.#pending[0] = head.subarray(n)
    }
    this.#pendingBytes -= length
    this.#offset += length
    return out
  }
}

export interface TarMember extends TarEntry {
  data: Uint8Array
}

/** Every entry of a whole tar in memory, with the data of its files. */
export function readTar(
  bytes: Uint8Array,
  budget: InflationBudget
): TarMember[] {
  const entries: TarMember[] = []
  const reader = new TarReader({
    want: (entry) => entry.type === 'file',
    maxKeptBytes: Number.MAX_SAFE_INTEGER,
    budget,
    onEntry: (entry, data) =>
      entries.push({ ...entry, data: data ?? new Uint8Array() })
  })
  reader.push(bytes)
  reader.end()
  return entries
}

function toEntry(
  header: Uint8Array,
  pax: Record<string, string>,
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
    size
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

/** `<length> <key>=<value>\n` records, the length counting the whole record. */
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
