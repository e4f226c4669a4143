/**
 * Decompression bombs built at run time, small on disk: a raw deflate
 * stream of N MiB of zeros is one sync-flushed block of 1 MiB repeated N
 * times (about 1 KiB each), closed by an empty final block.
 */
import { constants, deflateRawSync } from 'node:zlib'

const MIB = 1024 * 1024

/** Raw deflate of `prefix` then `mib` MiB of zeros. */
export function deflateBomb(
  mib: number,
  prefix: Uint8Array = new Uint8Array()
): Buffer {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH }
  const zeros = deflateRawSync(Buffer.alloc(MIB), flush)
  const head = prefix.length ? deflateRawSync(prefix, flush) : Buffer.alloc(0)
  return Buffer.concat([head, ...Array<Buffer>(mib).fill(zeros), FINAL_BLOCK])
}

/** A final fixed-Huffman block holding only its end-of-block code. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00])

/** A gzip member around `deflated` (its CRC is never reached: the reader stops first). */
export function gzipAround(deflated: Buffer): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])
  return Buffer.concat([header, deflated, Buffer.alloc(8)])
}

export interface ZipMember {
  path: string
  /** Deflated bytes (method 8). */
  deflated: Buffer
  /** The uncompressed size the headers declare. */
  size: number
}

/** A zip of deflated members, with local headers, central directory and end record. */
export function zipOf(members: readonly ZipMember[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const m of members) {
    const name = Buffer.from(m.path)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(m.deflated.length, 18)
    local.writeUInt32LE(m.size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(m.deflated.length, 20)
    central.writeUInt32LE(m.size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, m.deflated)
    centrals.push(central, name)
    offset += local.length + name.length + m.deflated.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(members.length, 8)
  end.writeUInt16LE(members.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** A ustar header block for a regular file of `size` bytes (data not included). */
export function tarHeader(path: string, size: number): Buffer {
  const h = Buffer.alloc(512)
  h.write(path, 0, 100)
  h.write('0000644\0', 100)
  h.write('0000000\0', 108)
  h.write('0000000\0', 116)
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
  h.write('00000000000\0', 136)
  h.write('        ', 148)
  h.write('0', 156)
  h.write('ustar\0', 257)
  h.write('00', 263)
  let sum = 0
  for (const b of h) sum += b
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
  return h
}
