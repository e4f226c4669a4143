/**
 * in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md)
 * and the split of a large subject set into several statements.
 */
import type { Subject } from '../subject/subject.js'

export const IN_TOTO_STATEMENT_V1_TYPE = 'https://in-toto.io/Statement/v1'
/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/**
 * Subjects per statement. actions/attest refuses more than 1,024 subjects in
 * all; Provenant splits instead, below that cap so that every statement
 * stays well inside what GitHub's attestation store and verifiers accept.
 */
export const MAX_SUBJECTS_PER_STATEMENT = 1000

export interface Statement {
  _type: typeof IN_TOTO_STATEMENT_V1_TYPE
  subject: Subject[]
  predicateType: string
  predicate: object
}

export function buildStatement(
  subjects: readonly Subject[],
  predicateType: string,
  predicate: object
): Statement {
  return {
    _type: IN_TOTO_STATEMENT_V1_TYPE,
    subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
    predicateType,
    predicate
  }
}

/**
 * `items` in order, cut into the fewest chunks of at most `max` items, the
 * chunks as even as possible (2,001 items -> 667, 667, 667).
 */
export function splitEvenly<T>(items: readonly T[], max: number): T[][] {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError('chunk size must be a positive integer')
  }
  if (items.length === 0) return []
  const count = Math.ceil(items.length / max)
  const chunks: T[][] = []
  let start = 0
  for (let i = 0; i < count; i++) {
    const size = Math.ceil((items.length - start) / (count - i))
    chunks.push(items.slice(start, start + size))
    start += size
  }
  return chunks
}

/** The bytes that are signed: the statement as JSON, UTF-8. */
export function toStatementPayload(statement: Statement): Buffer {
  return Buffer.from(JSON.stringify(statement), 'utf8')
}
