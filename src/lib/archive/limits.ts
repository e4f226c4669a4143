/**
 * The bounds every archive reader holds, against decompression bombs and
 * archives built to exhaust memory: the bytes inflated in all, the number
 * of entries, and the ratio of inflated to compressed bytes. A reader that
 * crosses one stops at once and names the archive, the member and the bound.
 */
import { InputError } from '../errors.js'
import { clipInput } from '../inputs/clip.js'

export interface ArchiveLimits {
  /** Bytes inflated from one archive, all members together. */
  maxInflatedBytes: number
  /** Entries (files, folders, links) in one archive. */
  maxEntries: number
  /** Inflated bytes per compressed byte, checked past `ratioFloorBytes`. */
  maxRatio: number
  /** Inflated bytes below which the ratio is not checked (small, very compressible files). */
  ratioFloorBytes: number
}

export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024
export const MAX_ARCHIVE_ENTRIES = 100_000
export const MAX_COMPRESSION_RATIO = 250
export const RATIO_FLOOR_BYTES = 8 * 1024 * 1024

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxInflatedBytes: MAX_INFLATED_BYTES,
  maxEntries: MAX_ARCHIVE_ENTRIES,
  maxRatio: MAX_COMPRESSION_RATIO,
  ratioFloorBytes: RATIO_FLOOR_BYTES
}

export type ArchiveBound = 'inflated size' | 'entry count' | 'compression ratio'

/** An archive crossed a bound: the user's input is hostile or damaged (exit 2). */
export class ArchiveLimitError extends InputError {
  readonly bound: ArchiveBound
  readonly member: string | undefined

  constructor(
    source: string,
    member: string | undefined,
    bound: ArchiveBound,
    detail: string
  ) {
    super(
      'ARCHIVE_LIMIT',
      `${source}${member === undefined ? '' : `, member ${quoteMember(member)}`}: ${detail}, over the ${bound} bound; Provenant refuses archives built to exhaust memory (see docs/limits.md)`
    )
    this.bound = bound
    this.member = member
  }
}

/** A damaged archive (bad header, truncated data): the user's input to fix. */
export class ArchiveFormatError extends InputError {
  /** What is wrong, without the archive's name. */
  readonly detail: string

  constructor(source: string, detail: string, options?: { cause?: unknown }) {
    super(
      'ARCHIVE_DAMAGED',
      `${source}: not a readable archive (${detail})`,
      options
    )
    this.detail = detail
  }
}

/** Counts inflated bytes against the size and ratio bounds. */
export class InflationBudget {
  #inflated = 0
  #compressed = 0
  #entries = 0

  readonly source: string
  readonly limits: ArchiveLimits

  constructor(source: string, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS) {
    this.source = source
    this.limits = limits
  }

  get inflated(): number {
    return this.#inflated
  }

  /** One more entry; throws past the entry bound. */
  addEntry(member: string): void {
    this.#entries++
    if (this.#entries > this.limits.maxEntries) {
      throw new ArchiveLimitError(
        this.source,
        member,
        'entry count',
        `more than ${this.limits.maxEntries.toLocaleString('en')} entries`
      )
    }
  }

  /** `bytes` more compressed bytes given to an inflater. */
  addCompressed(bytes: number): void {
    this.#compressed += bytes
  }

  /** `bytes` more inflated; throws past the size or the ratio bound. */
  addInflated(member: string | undefined, bytes: number): void {
    this.#inflated += bytes
    const compressed = this.#compressed
    const { maxInflatedBytes, maxRatio, ratioFloorBytes } = this.limits
    if (this.#inflated > maxInflatedBytes) {
      throw new ArchiveLimitError(
        this.source,
        member,
        'inflated size',
        `inflates to more than ${formatBytes(maxInflatedBytes)}`
      )
    }
    if (
      this.#inflated > ratioFloorBytes &&
      this.#inflated > maxRatio * compressed
    ) {
      throw new ArchiveLimitError(
        this.source,
        member,
        'compression ratio',
        `inflates more than ${maxRatio} times (${formatBytes(this.#inflated)} from ${formatBytes(compressed)})`
      )
    }
  }
}

export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB']
  let value = n
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0
    ? `${n} bytes`
    : `${Number(value.toFixed(1))} ${units[unit]}`
}

/** A member's name as a message quotes it: escaped and cut (names come from the archive). */
export function quoteMember(member: string): string {
  return `"${clipInput(member, 200)}"`
}
