/**
 * Subjects from a checksums file as sha256sum, sha512sum and shasum write it
 * (goreleaser's checksums.txt among them): `<hex>  <name>` (text mode) or
 * `<hex> *<name>` (binary mode), and the BSD form `SHA256 (<name>) = <hex>`
 * that `shasum --tag` writes. SHA-256 or SHA-512, told by the hex length.
 * Every bad line is reported, each by file and line number.
 */
import { InputError } from '../errors.js'
import { algorithmForHexLength } from './digest.js'
import type { Subject } from './subject.js'
import { dedupeSubjects } from './subject.js'

/** Bad lines listed in one error before the rest are only counted. */
export const MAX_REPORTED_CHECKSUM_LINES = 10

const GNU_LINE = /^([0-9a-fA-F]+) [ *](.+)$/
const BSD_LINE = /^(SHA256|SHA512) \((.+)\) = ([0-9a-fA-F]+)$/

export interface ChecksumsSource {
  /** The input the file came from, as the user writes it. */
  input: string
  /** The file, as the user named it. */
  file: string
}

type LineResult = { subject: Subject } | { problem: string }

export function parseChecksums(
  text: string,
  source: ChecksumsSource
): Subject[] {
  const subjects: Subject[] = []
  const problems: string[] = []
  const lines = text.split('\n')
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    const result = parseLine(line)
    if ('subject' in result) subjects.push(result.subject)
    else problems.push(`${source.file}:${index + 1}: ${result.problem}`)
  })
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED_CHECKSUM_LINES)
    const more = problems.length - shown.length
    throw new InputError(
      'SUBJECT_CHECKSUMS_LINE',
      [
        `input "${source.input}": ${problems.length} line(s) of ${source.file} are not of the form "<hex>  <name>" (as sha256sum writes them):`,
        ...shown.map((p) => `  ${p}`),
        ...(more > 0 ? [`  ... and ${more} more`] : [])
      ].join('\n')
    )
  }
  if (subjects.length === 0) {
    throw new InputError(
      'SUBJECT_CHECKSUMS_EMPTY',
      `input "${source.input}": ${source.file} lists no file; make it with e.g. \`sha256sum dist/* > checksums.txt\``
    )
  }
  return dedupeSubjects(subjects)
}

function parseLine(line: string): LineResult {
  const bsd = BSD_LINE.exec(line)
  if (bsd) return toSubject(bsd[3]!, bsd[2]!, bsd[1]!.toLowerCase())
  const gnu = GNU_LINE.exec(line)
  if (!gnu) {
    return {
      problem: `"${truncate(line)}" is not "<hex digest>, two spaces (or space and *), <file name>"`
    }
  }
  return toSubject(gnu[1]!, gnu[2]!, undefined)
}

function toSubject(
  hex: string,
  name: string,
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
  if (name.trim() === '') {
    return { problem: 'no file name after the digest' }
  }
  return { subject: { name, digest: { [algorithm]: hex.toLowerCase() } } }
}

function truncate(line: string): string {
  return line.length > 80 ? `${line.slice(0, 77)}...` : line
}
