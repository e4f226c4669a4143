/**
 * The rebuild verdict behind build-provenance.json's `reproducible`: read
 * from the file named by `reproducible-verdict`, one of
 *  - a rebuild report (src/lib/rebuild/report.ts): `{ "reproducible": true,
 *    "artifacts": [{ "reference": { "sha256": ... } }] }`;
 *  - an in-toto statement whose predicate says `"reproducible": true`;
 *  - a Sigstore bundle whose DSSE envelope carries such a statement.
 * A verdict that names artifacts (a statement's subjects, a report's
 * artifacts[].reference) must name every subject attested here, or it is
 * about other artifacts and does not count.
 */
import { InputError } from '../errors.js'
import type { Subject } from '../subject/subject.js'

export interface Verdict {
  reproducible: boolean
  /** Why, for the log. */
  reason: string
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function parseReproducibleVerdict(
  document: unknown,
  source: { input: string; file: string },
  subjects: readonly Subject[]
): Verdict {
  const statement = toStatement(document)
  if (statement) return fromStatement(statement, source.file, subjects)
  if (isObject(document) && typeof document.reproducible === 'boolean') {
    if (!document.reproducible) {
      return {
        reproducible: false,
        reason: `${source.file} says not reproducible`
      }
    }
    return coverage(reportSubjects(document), source.file, subjects)
  }
  throw new InputError(
    'PROVENANCE_VERDICT_FORMAT',
    `input "${source.input}": ${source.file} is not a rebuild verdict; give the rebuild's report.json (with a top-level "reproducible" true or false), its in-toto statement, or its Sigstore bundle`
  )
}

function toStatement(document: unknown): Json | undefined {
  if (!isObject(document)) return undefined
  if (typeof document._type === 'string' && 'predicate' in document) {
    return document
  }
  const envelope = document.dsseEnvelope
  if (isObject(envelope) && typeof envelope.payload === 'string') {
    try {
      const inner: unknown = JSON.parse(
        Buffer.from(envelope.payload, 'base64').toString('utf8')
      )
      return isObject(inner) ? inner : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

function fromStatement(
  statement: Json,
  file: string,
  subjects: readonly Subject[]
): Verdict {
  const predicate = isObject(statement.predicate) ? statement.predicate : {}
  if (predicate.reproducible !== true) {
    return {
      reproducible: false,
      reason: `the statement in ${file} does not say "reproducible": true`
    }
  }
  const named = Array.isArray(statement.subject)
    ? statement.subject.filter(isObject)
    : []
  return coverage(named, file, subjects)
}

/** The released artifacts a rebuild report compared (artifacts[].reference). */
function reportSubjects(report: Json): Json[] {
  const artifacts = Array.isArray(report.artifacts) ? report.artifacts : []
  return artifacts.filter(isObject).flatMap((a) => {
    const reference = isObject(a.reference) ? a.reference : {}
    return typeof reference.sha256 === 'string'
      ? [{ digest: { sha256: reference.sha256 } }]
      : []
  })
}

/** Reproducible when `named` is empty or names every subject. */
function coverage(
  named: readonly Json[],
  file: string,
  subjects: readonly Subject[]
): Verdict {
  if (named.length === 0) {
    return { reproducible: true, reason: `${file} says reproducible` }
  }
  const uncovered = subjects.filter((s) => !named.some((n) => covers(n, s)))
  if (uncovered.length > 0) {
    return {
      reproducible: false,
      reason: `${file} does not name ${uncovered.length} of the subjects attested here (e.g. ${uncovered[0]!.name}): its verdict is about other artifacts`
    }
  }
  return { reproducible: true, reason: `${file} says reproducible` }
}

/** True when `named` has one of `subject`'s digests. */
function covers(named: Json, subject: Subject): boolean {
  const digest = isObject(named.digest) ? named.digest : {}
  return Object.entries(subject.digest).some(
    ([algorithm, hex]) =>
      typeof digest[algorithm] === 'string' &&
      digest[algorithm].toLowerCase() === hex
  )
}
