/**
 * Checksums files as sha256sum writes them (`<hex>  <name>`, `<hex> *<name>`
 * in binary mode, a leading `\` when the name is escaped) and as
 * `shasum -a 256 --tag` / BSD tools write them (`SHA256 (<name>) = <hex>`).
 * Names are keyed by their last path segment: a release is flat.
 */
import { InputError } from '../errors.js'

export interface ChecksumEntry {
  name: string
  sha256: string
}

const GNU_LINE = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/
const BSD_LINE = /^(\\?)SHA256 ?\((.+)\) ?= ?([0-9a-fA-F]{64})$/
const MAX_LISTED_PROBLEMS = 5

export function parseChecksumFile(
  text: string,
  file: string,
  input = 'reference'
): ChecksumEntry[] {
  const entries = new Map<string, string>()
  const problems: string[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '' || line.startsWith('#')) return
    const parsed = parseLine(line)
    if (!parsed) {
      problems.push(`line ${index + 1}: "${line.slice(0, 80)}"`)
      return
    }
    const name = baseName(parsed.name)
    const seen = entries.get(name)
    if (seen !== undefined && seen !== parsed.sha256) {
      problems.push(`line ${index + 1}: ${name} listed twice, with two digests`)
    }
    entries.set(name, parsed.sha256)
  })
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

function parseLine(line: string): ChecksumEntry | undefined {
  const gnu = GNU_LINE.exec(line)
  if (gnu) {
    const name = gnu[1] ? unescapeName(gnu[3]!) : gnu[3]!
    return { name, sha256: gnu[2]!.toLowerCase() }
  }
  const bsd = BSD_LINE.exec(line)
  if (bsd) {
    const name = bsd[1] ? unescapeName(bsd[2]!) : bsd[2]!
    return { name, sha256: bsd[3]!.toLowerCase() }
  }
  return undefined
}

/** sha256sum escapes `\` as `\\` and newline as `\n` when it prefixes the line with `\`. */
function unescapeName(name: string): string {
  return name.replace(/\\([\\n])/g, (_, c: string) => (c === 'n' ? '\n' : '\\'))
}

function baseName(name: string): string {
  const parts = name.split('/')
  return parts[parts.length - 1] || name
}
