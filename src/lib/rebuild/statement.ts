/**
 * The verdict as an in-toto Statement v1: subjects are the reference
 * (released) artifacts by SHA-256, the predicate records the rebuild.
 * predicateType https://provenant.dev/rebuild/v1 (documented in
 * docs/rebuild.md). `predicate.reproducible` is what the provenance action
 * reads; the statement is written unsigned as rebuild.intoto.json and
 * signed through a SignStatement port when `sign` is true.
 */
import type { RebuildReport } from './report.js'

export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const REBUILD_PREDICATE_TYPE = 'https://provenant.dev/rebuild/v1'

export interface VerdictStatement {
  _type: typeof IN_TOTO_STATEMENT_TYPE
  subject: { name: string; digest: { sha256: string } }[]
  predicateType: typeof REBUILD_PREDICATE_TYPE
  predicate: RebuildPredicate
}

export interface RebuildPredicate {
  reproducible: boolean
  verdict: RebuildReport['verdict']
  rebuilder: RebuildReport['rebuilder']
  source: RebuildReport['source']
  build: RebuildReport['build']
  reference: Omit<RebuildReport['reference'], 'ignored'>
  artifacts: {
    name: string
    result: string
    reference?: { sha256: string }
    rebuilt?: { sha256: string }
    categories?: string[]
  }[]
  startedOn: string
  finishedOn: string
}

/** Signs a statement through the signing core; returns the Sigstore bundle (JSON). */
export type SignStatement = (statement: VerdictStatement) => Promise<unknown>

export function buildVerdictStatement(report: RebuildReport): VerdictStatement {
  const { kind, location, repository, tag, url } = report.reference
  const reference = { kind, location, repository, tag, url }
  const subjects = report.artifacts.flatMap((a) =>
    a.reference
      ? [{ name: a.name, digest: { sha256: a.reference.sha256 } }]
      : []
  )
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: subjects,
    predicateType: REBUILD_PREDICATE_TYPE,
    predicate: {
      reproducible: report.reproducible,
      verdict: report.verdict,
      rebuilder: report.rebuilder,
      source: report.source,
      build: report.build,
      reference,
      artifacts: report.artifacts.map((a) => ({
        name: a.name,
        result: a.status,
        ...(a.reference ? { reference: { sha256: a.reference.sha256 } } : {}),
        ...(a.rebuilt ? { rebuilt: { sha256: a.rebuilt.sha256 } } : {}),
        ...(a.explanation ? { categories: a.explanation.categories } : {})
      })),
      startedOn: report.startedOn,
      finishedOn: report.finishedOn
    }
  }
}
