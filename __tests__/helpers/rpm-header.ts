/**
 * rpm header blobs written in tests, as rpm's header format lays them out
 * (an index of 16-byte big-endian entries, then the data store): strings
 * (type 6) and 32-bit integers (type 4, aligned on 4 bytes).
 */
export function rpmHeaderBlob(
  tags: Record<number, string | number>
): Uint8Array {
  const entries: Buffer[] = []
  const data: Buffer[] = []
  let size = 0
  for (const [tag, value] of Object.entries(tags)) {
    const entry = Buffer.alloc(16)
    entry.writeUInt32BE(Number(tag), 0)
    let bytes: Buffer
    if (typeof value === 'number') {
      const pad = (4 - (size % 4)) % 4
      if (pad) {
        data.push(Buffer.alloc(pad))
        size += pad
      }
      bytes = Buffer.alloc(4)
      bytes.writeUInt32BE(value, 0)
      entry.writeUInt32BE(4, 4)
    } else {
      bytes = Buffer.from(`${value}\0`)
      entry.writeUInt32BE(6, 4)
    }
    entry.writeUInt32BE(size, 8)
    entry.writeUInt32BE(1, 12)
    entries.push(entry)
    data.push(bytes)
    size += bytes.length
  }
  const head = Buffer.alloc(8)
  head.writeUInt32BE(entries.length, 0)
  head.writeUInt32BE(size, 4)
  return Buffer.concat([head, ...entries, ...data])
}
