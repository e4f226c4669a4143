/**
 * Checksum files as verify reads them, through the one checksum reader
 * (subject/checksum-text.ts): sha256sum/sha512sum lines, the BSD form
 * `SHA256 (<name>) = <hex>`, and a `<file>.sha256` holding only the digest.
 * Lines that are none of these are skipped (and counted), never fatal: the
 * file is evidence, not input.
 */
import type { ChecksumLine } from '../subject/checksum-text.js'
import { readChecksumText } from '../subject/checksum-text.js'
import { verificationFailure } from './codes.js'
import type { ArtifactDigests } from './digests.js'
import { sameAssetName } from './statement.js'

/** A line's name is undefined for a bare digest in <file>.sha256. */
export type ChecksumEntry = ChecksumLine

export interface ChecksumFile {
  entries: ChecksumEntry[]
  skippedLines: number
}

export function parseChecksumFile(text: string): ChecksumFile {
  const { entries, problems } = readChecksumText(text)
  return {
    entries: entries.map((e) => ({ ...e, name: e.name?.replace(/^\.\//, '') })),
    skippedLines: problems.length
  }
}

/**
 * The entries about an artifact: by name (a bare digest is about `target`,
 * the file a `<file>.sha256` is named after), or for an artifact known only
 * by digest, the entries with its digest.
 */
export function entriesFor(
  file: ChecksumFile,
  name: string | undefined,
  digests: ArtifactDigests,
  target: string | undefined
): ChecksumEntry[] {
  if (name === undefined) {
    return file.entries.filter((e) => digests[e.algorithm] === e.hex)
  }
  return file.entries.filter((e) =>
    e.name === undefined
      ? target !== undefined && target === name
      : sameAssetName(e.name, name)
  )
}

/** VERIFY_CHECKSUM_MISMATCH when a line about the artifact gives other bytes' digest. */
export function assertChecksumEntry(
  entry: ChecksumEntry,
  digests: ArtifactDigests
): void {
  const actual = digests[entry.algorithm]
  if (actual === undefined) return
  if (actual !== entry.hex) {
    throw verificationFailure(
      'VERIFY_CHECKSUM_MISMATCH',
      `line ${entry.line} says ${entry.algorithm}:${entry.hex}, the file is ${entry.algorithm}:${actual}`
    )
  }
}
