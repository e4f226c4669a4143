/**
 * A release's SHA-256 checksums file, read by the one checksum reader
 * (subject/checksum-text.ts: sha256sum text and binary mode, the `\`
 * escape, the BSD `SHA256 (<name>) = <hex>`). Rebuild compares SHA-256, so
 * a line of another algorithm is refused. Names are keyed by their last
 * path segment: a release is flat.
 */
import { InputError } from '../errors.js'
import type { ChecksumLine } from '../subject/checksum-text.js'
import { readChecksumText } from '../subject/checksum-text.js'

export interface ChecksumEntry {
  name: string
  sha256: string
}

const MAX_LISTED_PROBLEMS = 5

export function parseChecksumFile(
  text: string,
  file: string,
  input = 'reference'
): ChecksumEntry[] {
  const { entries, problems } = toSha256Entries(text)
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS)
    const more = problems.length - listed.length
    throw new InputError(
      'REBUILD_CHECKSUMS_LINE',
      `input "${input}": ${file} is not a SHA-256 checksums file (lines "<64 hex>  <name>" as sha256sum writes them, or "SHA256 (<name>) = <64 hex>"): ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`
    )
  }
  if (entries.size === 0) {
    throw new InputError(
      'REBUILD_CHECKSUMS_EMPTY',
      `input "${input}": ${file} lists no file; write it with e.g. \`sha256sum dist/* > SHA256SUMS\``
    )
  }
  return [...entries].map(([name, sha256]) => ({ name, sha256 }))
}

/** sha256sum's format, names sorted: what `sha256sum -c` reads back. */
export function formatChecksumFile(entries: readonly ChecksumEntry[]): string {
  return entries
    .toSorted((a, b) => compareNames(a.name, b.name))
    .map((e) => `${e.sha256}  ${e.name}\n`)
    .join('')
}

export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Entries by base name, and every problem, in line order. */
function toSha256Entries(text: string): {
  entries: Map<string, string>
  problems: string[]
} {
  const read = readChecksumText(text)
  const lines = text.split('\n')
  const entries = new Map<string, string>()
  const problems: { line: number; message: string }[] = []
  const quote = (line: number) =>
    `line ${line}: "${lines[line - 1]!.replace(/\r$/, '').slice(0, 80)}"`
  for (const { line } of read.problems) {
    problems.push({ line, message: quote(line) })
  }
  for (const entry of read.entries) {
    if (!isSha256Entry(entry)) {
      problems.push({ line: entry.line, message: quote(entry.line) })
      continue
    }
    const name = baseName(entry.name)
    const seen = entries.get(name)
    if (seen !== undefined && seen !== entry.hex) {
      problems.push({
        line: entry.line,
        message: `line ${entry.line}: ${name} listed twice, with two digests`
      })
    }
    entries.set(name, entry.hex)
  }
  problems.sort((a, b) => a.line - b.line)
  return { entries, problems: problems.map((p) => p.message) }
}

function isSha256Entry(
  entry: ChecksumLine
): entry is ChecksumLine & { name: string } {
  return entry.algorithm === 'sha256' && entry.name !== undefined
}

function baseName(name: string): string {
  const parts = name.split('/')
  return parts[parts.length - 1] || name
}
