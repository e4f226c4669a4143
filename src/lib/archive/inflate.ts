/**
 * Bounded decompression: compressed bytes go to fflate in small slices, so
 * one push never inflates more than about a thousand times a slice, and
 * every inflated byte is counted against the archive's budget before the
 * next slice is read. A bomb stops within a few MiB of its bound.
 */
import { Gunzip, Inflate } from 'fflate'
import {
  ArchiveFormatError,
  quoteMember,
  type InflationBudget
} from './limits.js'

const SLICE_BYTES = 16 * 1024

export type Compression = 'gzip' | 'deflate'

/** A streaming inflater: push compressed chunks, receive inflated ones. */
export class BoundedInflater {
  readonly #stream: Gunzip | Inflate
  readonly #budget: InflationBudget
  readonly #member: () => string | undefined

  /** `member` names what is being inflated (for a tar stream, the entry being read). */
  constructor(
    kind: Compression,
    budget: InflationBudget,
    onData: (data: Uint8Array) => void,
    member: () => string | undefined = () => undefined
  ) {
    this.#budget = budget
    this.#member = member
    const ondata = (data: Uint8Array): void => {
      // The consumer first, so that a bound names the member the bytes belong to.
      onData(data)
      this.#budget.addInflated(this.#member(), data.length)
    }
    this.#stream = kind === 'gzip' ? new Gunzip(ondata) : new Inflate(ondata)
  }

  push(chunk: Uint8Array, final = false): void {
    for (
      let at = 0;
      at < chunk.length || (final && at === 0);
      at += SLICE_BYTES
    ) {
      const slice = chunk.subarray(at, at + SLICE_BYTES)
      this.#budget.addCompressed(slice.length)
      const last = final && at + SLICE_BYTES >= chunk.length
      try {
        this.#stream.push(slice, last)
      } catch (error) {
        if (!isFflateError(error)) throw error
        throw new ArchiveFormatError(
          this.#budget.source,
          `${this.#member() === undefined ? '' : `member ${quoteMember(this.#member()!)}: `}bad compressed data: ${(error as Error).message}`,
          { cause: error }
        )
      }
      if (last) return
    }
  }
}

/** Inflates `data` whole, within the budget; `expectedSize` (a zip's declared size), when given, is a bound too. */
export function inflateBounded(
  kind: Compression,
  data: Uint8Array,
  budget: InflationBudget,
  member?: string,
  expectedSize?: number
): Uint8Array {
  const parts: Uint8Array[] = []
  let size = 0
  const inflater = new BoundedInflater(
    kind,
    budget,
    (chunk) => {
      size += chunk.length
      if (expectedSize !== undefined && size > expectedSize) {
        throw new ArchiveFormatError(
          budget.source,
          `member ${quoteMember(member ?? '')} inflates past its declared size of ${expectedSize} bytes`
        )
      }
      parts.push(chunk)
    },
    () => member
  )
  inflater.push(data, true)
  return concatBytes(parts, size)
}

/** `parts` joined into one array of `size` bytes. */
export function concatBytes(
  parts: readonly Uint8Array[],
  size: number
): Uint8Array {
  const out = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** fflate's own errors carry a numeric `code`; anything else is ours and passes. */
function isFflateError(error: unknown): boolean {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'number'
  )
}
