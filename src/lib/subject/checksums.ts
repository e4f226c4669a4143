/**
 * Subjects from a checksums file as sha256sum, sha512sum and shasum write it
 * (goreleaser's checksums.txt among them), read by the one checksum reader
 * (checksum-text.ts). Every bad line is reported, each by file and line number.
 */
import { InputError } from '../errors.js'
import { readChecksumText } from './checksum-text.js'
import type { Subject } from './subject.js'
import { dedupeSubjects } from './subject.js'

/** Bad lines listed in one error before the rest are only counted. */
export const MAX_REPORTED_CHECKSUM_LINES = 10

const NO_NAME = 'no file name after the digest'

export interface ChecksumsSource {
  /** The input the file came from, as the user writes it. */
  input: string
  /** The file, as the user named it. */
  file: string
}

export function parseChecksums(
  text: string,
  source: ChecksumsSource
): Subject[] {
  const { entries, problems: bad } = readChecksumText(text)
  const subjects: Subject[] = []
  const unnamed = entries.filter((e) => e.name === undefined)
  for (const { name, algorithm, hex } of entries) {
    if (name !== undefined)
      subjects.push({ name, digest: { [algorithm]: hex } })
  }
  const problems = [
    ...bad,
    ...unnamed.map((e) => ({ line: e.line, problem: NO_NAME }))
  ]
    .sort((a, b) => a.line - b.line)
    .map((p) => `${source.file}:${p.line}: ${p.problem}`)
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
