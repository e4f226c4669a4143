/**
 * The one reader of checksum files, in the forms users ship them:
 * - GNU coreutils (sha256sum, sha512sum; goreleaser's checksums.txt):
 *   `<hex>  <name>` in text mode, `<hex> *<name>` in binary mode, and a
 *   leading `\` when the name carries an escaped `\`, newline or CR;
 * - BSD and `shasum --tag`: `SHA256 (<name>) = <hex>`, the tag in any case,
 *   spaces around `(` and `=` optional, `SHA-256` spelled either way;
 * - a bare `<hex>` (a `<file>.sha256` holding only the digest).
 * SHA-256 or SHA-512, told by the hex length (and checked against the tag).
 * Blank lines and `#` comments are skipped. Each consumer decides what to
 * accept of the result: provenance's subject-checksums, rebuild's reference
 * checksums and verify's evidence all read files through here.
 */
import type { DigestAlgorithm } from './digest.js'
import { algorithmForHexLength } from './digest.js'

export interface ChecksumLine {
  /** 1-based line number in the file. */
  line: number
  /** The file name as written (unescaped); undefined for a bare digest. */
  name: string | undefined
  algorithm: DigestAlgorithm
  /** Lower-case hex. */
  hex: string
}

export interface ChecksumLineProblem {
  line: number
  /** The line as written (without its line ending). */
  text: string
  /** Why it is not a checksum line, in words for an error message. */
  problem: string
}

export interface ChecksumText {
  entries: ChecksumLine[]
  problems: ChecksumLineProblem[]
}

const GNU_LINE = /^(\\?)([0-9a-fA-F]+) [ *](.+)$/
const BSD_LINE = /^(\\?)(SHA-?256|SHA-?512) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/i
const BARE_LINE = /^([0-9a-fA-F]+)$/

export function readChecksumText(text: string): ChecksumText {
  const entries: ChecksumLine[] = []
  const problems: ChecksumLineProblem[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    const result = readLine(trimmed)
    if ('problem' in result) {
      problems.push({ line: index + 1, text: line, problem: result.problem })
    } else {
      entries.push({ line: index + 1, ...result })
    }
  })
  return { entries, problems }
}

type LineResult = Omit<ChecksumLine, 'line'> | { problem: string }

function readLine(line: string): LineResult {
  const bsd = BSD_LINE.exec(line)
  if (bsd) {
    const declared = bsd[2]!.toLowerCase().replace('-', '')
    return toEntry(bsd[4]!, nameOf(bsd[1]!, bsd[3]!), declared)
  }
  const gnu = GNU_LINE.exec(line)
  if (gnu) return toEntry(gnu[2]!, nameOf(gnu[1]!, gnu[3]!), undefined)
  const bare = BARE_LINE.exec(line)
  if (bare) return toEntry(bare[1]!, undefined, undefined)
  return {
    problem: `"${truncate(line)}" is not "<hex digest>, two spaces (or space and *), <file name>"`
  }
}

function toEntry(
  hex: string,
  name: string | undefined,
  declared: string | undefined
): LineResult {
  const algorithm = algorithmForHexLength(hex.length)
  if (!algorithm) {
    return {
      problem: `a digest of ${hex.length} hex digits is neither SHA-256 (64) nor SHA-512 (128)`
    }
  }
  if (declared !== undefined && declared !== algorithm) {
    return {
      problem: `"${declared.toUpperCase()}" with a digest of ${hex.length} hex digits`
    }
  }
  if (name !== undefined && name.trim() === '') {
    return { problem: 'no file name after the digest' }
  }
  return { name, algorithm, hex: hex.toLowerCase() }
}

function nameOf(escapeMark: string, name: string): string {
  return escapeMark === '\\' ? unescapeName(name) : name
}

/**
 * GNU tools escape `\` as `\\`, newline as `\n` and CR as `\r` in a name,
 * and then start the line with `\`.
 */
function unescapeName(name: string): string {
  return name.replace(/\\([\\nr])/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'
  )
}

function truncate(line: string): string {
  return line.length > 80 ? `${line.slice(0, 77)}...` : line
}
