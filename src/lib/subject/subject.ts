/**
 * A subject of an in-toto statement: a name and its digests (an in-toto
 * ResourceDescriptor with only those two fields).
 */
import type { Digest } from './digest.js'

export interface Subject {
  name: string
  /** Algorithm -> lower-case hex, e.g. { sha256: 'ab12...' }. */
  digest: Record<string, string>
}

export function buildSubject(name: string, digest: Digest): Subject {
  return { name, digest: { [digest.algorithm]: digest.hex } }
}

/**
 * The same subject given twice (same name, same digests) counts once; the
 * first occurrence keeps its place.
 */
export function dedupeSubjects(subjects: readonly Subject[]): Subject[] {
  const seen = new Set<string>()
  return subjects.filter((subject) => {
    const key = JSON.stringify([
      subject.name,
      Object.entries(subject.digest).sort(([a], [b]) => a.localeCompare(b))
    ])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** `name@sha256:hex` (the first algorithm by name), for logs. */
export function describeSubject(subject: Subject): string {
  const algorithm = Object.keys(subject.digest).sort()[0]
  return algorithm
    ? `${subject.name}@${algorithm}:${subject.digest[algorithm]}`
    : subject.name
}
