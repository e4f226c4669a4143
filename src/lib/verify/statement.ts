/**
 * in-toto statements as verify reads them (v0.1 and v1 alike): subjects,
 * predicate type and predicate, and how a statement relates to an artifact.
 */
import { verificationFailure } from './codes.js'
import type { ArtifactDigests } from './digests.js'
import { comparable, matchesDigest } from './digests.js'

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

export interface StatementSubject {
  name: string
  digest: Record<string, string>
}

export interface Statement {
  type: string
  subjects: StatementSubject[]
  predicateType: string
  predicate: Record<string, unknown>
}

type Json = Record<string, unknown>
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The statement in a DSSE payload; VERIFY_STATEMENT_INVALID when it is none. */
export function parseStatement(
  payloadType: string,
  payload: Uint8Array
): Statement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw verificationFailure(
      'VERIFY_STATEMENT_INVALID',
      `the envelope carries ${payloadType || '(no payload type)'}, not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`
    )
  }
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(payload).toString('utf8'))
  } catch (error) {
    throw verificationFailure(
      'VERIFY_STATEMENT_INVALID',
      'the in-toto payload is not JSON',
      error
    )
  }
  const statement = toStatement(json)
  if (!statement) {
    throw verificationFailure(
      'VERIFY_STATEMENT_INVALID',
      'the in-toto payload has no _type, subject list and predicateType'
    )
  }
  return statement
}

/** A statement from parsed JSON, or undefined when it is not shaped like one. */
export function toStatement(json: unknown): Statement | undefined {
  if (!isObject(json) || typeof json._type !== 'string') return undefined
  if (!Array.isArray(json.subject) || typeof json.predicateType !== 'string') {
    return undefined
  }
  const subjects = json.subject.filter(isObject).map((s) => ({
    name: typeof s.name === 'string' ? s.name : '',
    digest: isObject(s.digest)
      ? Object.fromEntries(
          Object.entries(s.digest)
            .filter(([, v]) => typeof v === 'string')
            .map(([k, v]) => [k.toLowerCase(), (v as string).toLowerCase()])
        )
      : {}
  }))
  return {
    type: json._type,
    subjects,
    predicateType: json.predicateType,
    predicate: isObject(json.predicate) ? json.predicate : {}
  }
}

export type SubjectRelation =
  | { kind: 'match'; subject: StatementSubject }
  /** A subject has the artifact's name but other bytes' digest. */
  | { kind: 'mismatch'; subject: StatementSubject }
  | { kind: 'none' }

/**
 * How a statement relates to an artifact: a subject with its digest
 * (match), else a subject with its name whose digest differs (mismatch),
 * else none.
 */
export function relateSubject(
  statement: Statement,
  digests: ArtifactDigests,
  name: string | undefined
): SubjectRelation {
  const match = statement.subjects.find((s) => matchesDigest(digests, s.digest))
  if (match) return { kind: 'match', subject: match }
  if (name !== undefined) {
    const named = statement.subjects.find(
      (s) => sameAssetName(s.name, name) && comparable(digests, s.digest)
    )
    if (named) return { kind: 'mismatch', subject: named }
  }
  return { kind: 'none' }
}

/** `dist/a.tar.gz`, `./a.tar.gz` and `a.tar.gz` name the same asset. */
export function sameAssetName(subjectName: string, assetName: string): boolean {
  const base = (n: string) => n.split(/[\\/]/).pop() ?? n
  return base(subjectName) === base(assetName)
}
