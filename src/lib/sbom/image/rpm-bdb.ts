/**
 * The Berkeley DB rpm database (`var/lib/rpm/Packages`: RHEL/CentOS 8 and
 * before, Amazon Linux 2) -> its header blobs. The file is a Berkeley DB
 * hash database: a metadata page (magic 0x061561, page size), then hash
 * pages whose items alternate key and value, a value either inline
 * (H_KEYDATA) or in a chain of overflow pages (H_OFFPAGE). Keys are
 * 4-byte package numbers; number 0 is rpm's counter, not a package. Every
 * offset is checked against the page and the file; a loop or a page past
 * the end is damage.
 */

const HASH_MAGIC = 0x061561
const PAGE_HEADER_BYTES = 26
const P_HASH_UNSORTED = 2
const P_OVERFLOW = 7
const P_HASHMETA = 8
const P_HASH = 13
const H_KEYDATA = 1
const H_OFFPAGE = 3
/** Largest header blob read (rpm's own bound on a header's data). */
const MAX_BLOB_BYTES = 256 * 1024 * 1024

export class BerkeleyDbError extends Error {}

/** Whether the bytes start like a Berkeley DB hash database. */
export function isBerkeleyHashDb(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return (
    view.getUint32(12, true) === HASH_MAGIC ||
    view.getUint32(12, false) === HASH_MAGIC
  )
}

/** The values of the database (header blobs), in page order. */
export function readBerkeleyHashValues(bytes: Uint8Array): Uint8Array[] {
  if (!isBerkeleyHashDb(bytes))
    throw new BerkeleyDbError('not a Berkeley DB hash database')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const little = view.getUint32(12, true) === HASH_MAGIC
  const u32 = (at: number): number => view.getUint32(at, little)
  const u16 = (at: number): number => view.getUint16(at, little)
  const pageSize = u32(20)
  if (bytes[25] !== P_HASHMETA || pageSize < 512 || pageSize > 65536)
    throw new BerkeleyDbError('a damaged metadata page')
  const pages = Math.floor(bytes.length / pageSize)
  const values: Uint8Array[] = []
  for (let page = 1; page < pages; page++) {
    const start = page * pageSize
    const type = bytes[start + 25]
    if (type !== P_HASH && type !== P_HASH_UNSORTED) continue
    const entries = u16(start + 20)
    if (PAGE_HEADER_BYTES + entries * 2 > pageSize)
      throw new BerkeleyDbError(`page ${page}: more entries than fit`)
    const item = (i: number): [number, number] => {
      const at = u16(start + PAGE_HEADER_BYTES + i * 2)
      const end =
        i === 0 ? pageSize : u16(start + PAGE_HEADER_BYTES + (i - 1) * 2)
      if (at < PAGE_HEADER_BYTES || at >= end || end > pageSize)
        throw new BerkeleyDbError(`page ${page}: an item outside the page`)
      return [start + at, start + end]
    }
    for (let i = 0; i + 1 < entries; i += 2) {
      const [keyAt, keyEnd] = item(i)
      if (
        bytes[keyAt] === H_KEYDATA &&
        keyEnd - keyAt === 5 &&
        u32(keyAt + 1) === 0
      )
        continue
      const [at, end] = item(i + 1)
      if (bytes[at] === H_KEYDATA) values.push(bytes.subarray(at + 1, end))
      else if (bytes[at] === H_OFFPAGE && end - at >= 12)
        values.push(
          overflow(bytes, pageSize, { u16, u32 }, u32(at + 4), u32(at + 8))
        )
    }
  }
  return values
}

/** The bytes of an overflow chain starting at `first`, `length` in all. */
function overflow(
  bytes: Uint8Array,
  pageSize: number,
  { u16, u32 }: { u16: (at: number) => number; u32: (at: number) => number },
  first: number,
  length: number
): Uint8Array {
  if (length > MAX_BLOB_BYTES)
    throw new BerkeleyDbError(`an item of ${length} bytes`)
  const out = new Uint8Array(length)
  const seen = new Set<number>()
  let filled = 0
  for (let page = first; page !== 0 && filled < length;) {
    const start = page * pageSize
    if (seen.has(page) || start + pageSize > bytes.length)
      throw new BerkeleyDbError(`overflow page ${page}: a loop or past the end`)
    seen.add(page)
    if (bytes[start + 25] !== P_OVERFLOW)
      throw new BerkeleyDbError(`page ${page}: not an overflow page`)
    // An overflow page keeps the length of its data where others keep hf_offset.
    const size = u16(start + 22)
    const take = Math.min(size, pageSize - PAGE_HEADER_BYTES, length - filled)
    out.set(
      bytes.subarray(
        start + PAGE_HEADER_BYTES,
        start + PAGE_HEADER_BYTES + take
      ),
      filled
    )
    filled += take
    page = u32(start + 16)
  }
  if (filled !== length)
    throw new BerkeleyDbError(
      `an overflow chain of ${filled} bytes where ${length} were announced`
    )
  return out
}
