/**
 * Checksum files as verify reads them: sha256sum/sha512sum lines
 * (`<hex>  <name>`, `<hex> *<name>`), the BSD form `SHA256 (<name>) = <hex>`,
 * and a `<file>.sha256` holding only the digest. Lines that are none of
 * these are skipped (and counted), never fatal: the file is evidence, not
 * input.
 */
import { algorithmForHexLength } from '../subject/digest.js'
import { verificationFailure } from './codes.js'
import type { ArtifactDigests } from './digests.js'
import { sameAssetName } from './statement.js'

export interface ChecksumEntry {
  /** The name the line gives; undefined for a bare digest in <file>.sha256. */
  name: string | undefined
  algorithm: 'sha256' | 'sha512'
  hex: string
  line: number
}

export interface ChecksumFile {
  entries: ChecksumEntry[]
  skippedLines: number
}

const GNU_LINE = /^\\?([0-9a-fA-F]+) [ *](.+)$/
const BSD_LINE = /^(SHA256|SHA512) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/i
const BARE = /^([0-9a-fA-F]+)$/

export function parseChecksumFile(text: string): ChecksumFile {
  const entries: ChecksumEntry[] = []
  let skippedLines = 0
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '').trim()
    if (line === '' || line.startsWith('#')) return
    const bsd = BSD_LINE.exec(line)
    const gnu = bsd ? undefined : GNU_LINE.exec(line)
    const bare = bsd || gnu ? undefined : BARE.exec(line)
    const hex = bsd?.[3] ?? gnu?.[1] ?? bare?.[1]
    const name = bsd?.[2] ?? gnu?.[2]
    const algorithm = hex ? algorithmForHexLength(hex.length) : undefined
    if (!hex || !algorithm) {
      skippedLines++
      return
    }
    entries.push({
      name: name?.replace(/^\.\//, ''),
      algorithm,
      hex: hex.toLowerCase(),
      line: index + 1
    })
  })
  return { entries, skippedLines }
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
