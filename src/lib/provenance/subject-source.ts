/**
 * Where a run's subjects come from: exactly one of subject-path (globs),
 * subject-checksums (a file), or subject-digest with subject-name. Digests
 * are parsed here; paths and checksum files are read in src/io.
 */
import { InputError, InputErrors } from '../errors.js'
import { parseDigest } from '../subject/digest.js'
import type { Subject } from '../subject/subject.js'
import { buildSubject, dedupeSubjects } from '../subject/subject.js'

export type SubjectSource =
  | { kind: 'path'; patterns: string[] }
  | { kind: 'checksums'; file: string }
  | { kind: 'digest'; subjects: Subject[] }

export interface RawSubjectInputs {
  paths: string[]
  checksums: string | undefined
  digests: string[]
  names: string[]
}

export function parseSubjectSource(raw: RawSubjectInputs): SubjectSource {
  const given = [
    raw.paths.length > 0 ? '"subject-path"' : undefined,
    raw.checksums !== undefined ? '"subject-checksums"' : undefined,
    raw.digests.length > 0 ? '"subject-digest"' : undefined
  ].filter((name): name is string => name !== undefined)
  if (given.length === 0) {
    throw new InputError(
      'PROVENANCE_NO_SUBJECT',
      'no subject: give one of "subject-path" (files or globs), "subject-checksums" (a checksums file), or "subject-digest" with "subject-name"'
    )
  }
  if (given.length > 1) {
    throw new InputError(
      'PROVENANCE_SUBJECT_SOURCES',
      `inputs ${given.join(' and ')} exclude each other: give exactly one subject source (attest the others in another step)`
    )
  }
  if (raw.names.length > 0 && raw.digests.length === 0) {
    throw new InputError(
      'PROVENANCE_SUBJECT_NAME_ALONE',
      'input "subject-name" names the subjects of "subject-digest", which is empty; with "subject-path" the file names are used'
    )
  }
  if (raw.paths.length > 0) return { kind: 'path', patterns: raw.paths }
  if (raw.checksums !== undefined) {
    return { kind: 'checksums', file: raw.checksums }
  }
  return { kind: 'digest', subjects: parseDigestSubjects(raw) }
}

function parseDigestSubjects(raw: RawSubjectInputs): Subject[] {
  const problems: InputError[] = []
  if (raw.names.length !== raw.digests.length) {
    problems.push(
      new InputError(
        'PROVENANCE_SUBJECT_NAME_COUNT',
        `input "subject-name" gives ${raw.names.length} name(s) for ${raw.digests.length} "subject-digest" digest(s): give one name per digest, in the same order`
      )
    )
  }
  const subjects: Subject[] = []
  raw.digests.forEach((text, index) => {
    try {
      const digest = parseDigest('subject-digest', text)
      subjects.push(buildSubject(raw.names[index] ?? '', digest))
    } catch (error) {
      if (error instanceof InputError) problems.push(error)
      else throw error
    }
  })
  if (problems.length > 0) throw new InputErrors(problems)
  return dedupeSubjects(subjects)
}
