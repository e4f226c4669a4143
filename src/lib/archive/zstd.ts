/**
 * Bounded zstd decompression (container layers `tar+zstd`) through Node's
 * zlib (Node 22.15 and later): compressed bytes go in small slices, each
 * counted before it is written; every inflated chunk reaches the consumer
 * and is counted against the same InflationBudget as gzip before the next
 * is made, so a bomb stops within one chunk of its bound.
 */
import * as zlib from 'node:zlib'
import {
  ArchiveFormatError,
  quoteMember,
  type InflationBudget
} from './limits.js'

const SLICE_BYTES = 16 * 1024

/** The four bytes every zstd frame starts with (RFC 8878, 3.1.1). */
export function isZstd(data: Uint8Array): boolean {
  return (
    data[0] === 0x28 && data[1] === 0xb5 && data[2] === 0x2f && data[3] === 0xfd
  )
}

/** Whether this Node has zstd in zlib. */
export function hasZstd(): boolean {
  return typeof zlib.createZstdDecompress === 'function'
}

/**
 * Inflates `data` (one or more zstd frames) chunk by chunk into `onData`,
 * within the budget. Rejects with the consumer's or the budget's error as
 * thrown, or an ArchiveFormatError for damaged data.
 */
export async function inflateZstdBounded(
  data: Uint8Array,
  budget: InflationBudget,
  onData: (chunk: Uint8Array) => void,
  member: () => string | undefined = () => undefined
): Promise<void> {
  if (!hasZstd()) {
    throw new ArchiveFormatError(
      budget.source,
      'zstd-compressed data needs Node 22.15 or later; run Provenant on the Node it ships for (24)'
    )
  }
  const stream = zlib.createZstdDecompress()
  let failure: unknown
  const done = new Promise<void>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      if (failure !== undefined) return
      try {
        onData(chunk)
        budget.addInflated(member(), chunk.length)
      } catch (error) {
        failure = error
        stream.destroy()
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
    stream.on('error', (error) => {
      if (failure !== undefined) return
      failure = error
      reject(damaged(budget, member(), error))
    })
    stream.on('end', () => resolve())
  })
  void feed(stream, data, budget, () => failure !== undefined)
  await done
}

/**
 * Writes the data frame by frame, in slices that never cross a frame's end:
 * Node's decompressor drops what follows a frame's end in the same write,
 * and multi-frame layers are common (zstd:chunked). Skippable frames carry
 * no content and are not written.
 */
async function feed(
  stream: zlib.ZstdDecompress,
  data: Uint8Array,
  budget: InflationBudget,
  stopped: () => boolean
): Promise<void> {
  for (let start = 0; start < data.length && !stopped();) {
    const { end, skippable } = frameAt(data, start)
    for (let at = start; at < end && !skippable && !stopped();) {
      const slice = data.subarray(at, Math.min(at + SLICE_BYTES, end))
      at += slice.length
      budget.addCompressed(slice.length)
      if (!stream.write(slice))
        await new Promise<void>((resolve) => {
          stream.once('drain', resolve)
          stream.once('close', resolve)
        })
    }
    start = end
  }
  if (!stopped()) stream.end()
}

const FCS_BYTES = [0, 2, 4, 8]
const DICT_ID_BYTES = [0, 1, 2, 4]

/**
 * Where the frame starting at `start` ends (RFC 8878, 3.1): its header,
 * its blocks by their headers, its checksum. Data that is not a frame, or
 * is cut, runs to the end, for the decompressor to judge.
 */
function frameAt(
  data: Uint8Array,
  start: number
): { end: number; skippable: boolean } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const rest = { end: data.length, skippable: false }
  if (start + 8 > data.length) return rest
  const magic = view.getUint32(start, true)
  if ((magic & 0xfffffff0) === 0x184d2a50) {
    const end = start + 8 + view.getUint32(start + 4, true)
    return { end: Math.min(end, data.length), skippable: true }
  }
  if (magic !== 0xfd2fb528) return rest
  const descriptor = data[start + 4]!
  const singleSegment = (descriptor >> 5) & 1
  const fcs = FCS_BYTES[descriptor >> 6]! || singleSegment
  let at =
    start + 5 + (singleSegment ? 0 : 1) + DICT_ID_BYTES[descriptor & 3]! + fcs
  for (let last = 0; !last;) {
    if (at + 3 > data.length) return rest
    const header = data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16)
    last = header & 1
    const type = (header >> 1) & 3
    if (type === 3) return rest
    at += 3 + (type === 1 ? 1 : header >>> 3)
  }
  at += descriptor & 4 ? 4 : 0
  return at > data.length ? rest : { end: at, skippable: false }
}

function damaged(
  budget: InflationBudget,
  member: string | undefined,
  error: Error
): ArchiveFormatError {
  return new ArchiveFormatError(
    budget.source,
    `${member === undefined ? '' : `member ${quoteMember(member)}: `}bad zstd data: ${error.message}`,
    { cause: error }
  )
}
