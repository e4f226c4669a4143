/**
 * Reads the in-toto statement out of a Sigstore bundle's DSSE envelope, so
 * the local GitHub API can find attestations by subject digest. Signatures
 * are not checked here: GitHub's endpoint stores, it does not verify.
 */
import { isObject } from './responses.js'
import type { AttestationSubject } from './store.js'

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

export interface StatementSummary {
  predicateType: string | undefined
  subjects: AttestationSubject[]
}

/** The statement's subjects and predicate type; empty when there is none. */
export function readStatementSummary(
  bundle: Record<string, unknown>
): StatementSummary {
  const none: StatementSummary = { predicateType: undefined, subjects: [] }
  const envelope = bundle.dsseEnvelope
  if (!isObject(envelope)) return none
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return none
  if (typeof envelope.payload !== 'string') return none
  let statement: unknown
  try {
    statement = JSON.parse(
      Buffer.from(envelope.payload, 'base64').toString('utf8')
    )
  } catch {
    return none
  }
  if (!isObject(statement)) return none
  const subjects = Array.isArray(statement.subject)
    ? statement.subject.filter(isObject).flatMap(toSubject)
    : []
  const predicateType =
    typeof statement.predicateType === 'string'
      ? statement.predicateType
      : undefined
  return { predicateType, subjects }
}

/** True when a subject has this `algorithm:hex` digest (hex case-insensitive). */
export function hasSubjectDigest(
  subjects: readonly AttestationSubject[],
  algorithm: string,
  hex: string
): boolean {
  const wanted = hex.toLowerCase()
  return subjects.some((s) => s.digest[algorithm]?.toLowerCase() === wanted)
}

function toSubject(raw: Record<string, unknown>): AttestationSubject[] {
  if (!isObject(raw.digest)) return []
  const digest: Record<string, string> = {}
  for (const [algorithm, value] of Object.entries(raw.digest)) {
    if (typeof value === 'string') digest[algorithm] = value
  }
  return [
    typeof raw.name === 'string' ? { name: raw.name, digest } : { digest }
  ]
}
