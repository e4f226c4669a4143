/**
 * A streaming tar reader: chunks in, entries out. It reads ustar (with the
 * 155-byte prefix), pax `path` records and GNU long names, checks every
 * header's checksum, and keeps the data only of the entries asked for.
 */
const BLOCK = 512

export interface TarEntry {
  path: string
  /** '0' file, '5' directory, ... (ustar typeflag). */
  type: string
  size: number
}

export interface TarReaderOptions {
  /** Whether to keep an entry's data; it is passed to onEntry when kept. */
  want(entry: TarEntry): boolean
  onEntry(entry: TarEntry, data: Uint8Array | undefined): void
  /** Largest entry data kept (metadata files), in bytes. */
  maxKeptBytes: number
}

export class TarFormatError extends Error {}

export class TarReader {
  readonly #options: TarReaderOptions
  #pending: Uint8Array[] = []
  #pendingBytes = 0
  /** The entry whose data is being read, and how many bytes remain. */
  #current:
    { entry: TarEntry; keep: boolean; meta: string | undefined } | undefined
  #remaining = 0
  #parts: Uint8Array[] = []
  #nextPath: string | undefined
  #ended = false

  constructor(options: TarReaderOptions) {
    this.#options = options
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
      throw new TarFormatError('the tar archive ends in the middle of an entry')
  }

  #drain(): void {
    while (!this.#ended) {
      if (this.#current) {
        const padded = Math.ceil(this.#current.entry.size / BLOCK) * BLOCK
        if (this.#remaining === 0) this.#remaining = padded
        const take = Math.min(this.#remaining, this.#pendingBytes)
        if (take === 0) return
        if (this.#current.keep) {
          const data = this.#take(take)
          const wanted = this.#current.entry.size - (padded - this.#remaining)
          if (wanted > 0) this.#parts.push(data.subarray(0, wanted))
        } else this.#skip(take)
        this.#remaining -= take
        if (this.#remaining > 0) return
        this.#finishEntry()
        continue
      }
      if (this.#pendingBytes < BLOCK) return
      this.#readHeader(this.#take(BLOCK))
    }
  }

  #readHeader(header: Uint8Array): void {
    if (header.every((b) => b === 0)) {
      this.#ended = true
      return
    }
    const stored = parseOctal(header.subarray(148, 156))
    let sum = 8 * 32
    for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += header[i]!
    if (stored !== sum)
      throw new TarFormatError('a tar header checksum does not match')
    const type = String.fromCharCode(header[156]! || 48)
    const name = text(header.subarray(0, 100))
    const magic = text(header.subarray(257, 262))
    const prefix = magic === 'ustar' ? text(header.subarray(345, 500)) : ''
    const size = parseSize(header.subarray(124, 136))
    const path = this.#nextPath ?? (prefix ? `${prefix}/${name}` : name)
    const meta =
      type === 'x' || type === 'L' ? type : type === 'g' ? 'g' : undefined
    if (meta === undefined) this.#nextPath = undefined
    const entry: TarEntry = { path: path.replace(/^\.\//, ''), type, size }
    const keep =
      meta !== undefined ||
      (size <= this.#options.maxKeptBytes && this.#options.want(entry))
    this.#current = { entry, keep, meta }
    this.#remaining = 0
    this.#parts = []
    if (size === 0) this.#finishEntry()
  }

  #finishEntry(): void {
    const { entry, keep, meta } = this.#current!
    this.#current = undefined
    const data = keep ? concat(this.#parts, entry.size) : undefined
    this.#parts = []
    if (meta === 'x' && data) this.#nextPath = paxPath(data) ?? this.#nextPath
    else if (meta === 'L' && data) this.#nextPath = text(data)
    else if (meta === undefined) this.#options.onEntry(entry, data)
  }

  /** Drops bytes of an entry nobody asked for, without copying them. */
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
    return out
  }
}

function text(bytes: Uint8Array): string {
  const end = bytes.indexOf(0)
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end))
}

function parseOctal(bytes: Uint8Array): number {
  const value = text(bytes).trim()
  return value === '' ? 0 : parseInt(value, 8)
}

/** Sizes over 8 GiB use base-256 (high bit set). */
function parseSize(bytes: Uint8Array): number {
  if ((bytes[0]! & 0x80) === 0) return parseOctal(bytes)
  let value = bytes[0]! & 0x7f
  for (let i = 1; i < bytes.length; i++) value = value * 256 + bytes[i]!
  return value
}

/** pax records: "<length> <key>=<value>\n", the length counting the whole record. */
function paxPath(data: Uint8Array): string | undefined {
  let path: string | undefined
  let offset = 0
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset)
    const length =
      space === -1 ? NaN : Number(text(data.subarray(offset, space)))
    if (!Number.isInteger(length) || length <= 0) break
    const record = new TextDecoder().decode(
      data.subarray(space + 1, offset + length - 1)
    )
    const equals = record.indexOf('=')
    if (record.slice(0, equals) === 'path') path = record.slice(equals + 1)
    offset += length
  }
  return path
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.length
  }
  return out
}
