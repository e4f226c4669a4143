/**
 * report.json: the whole rebuild in one document. Its top-level
 * `reproducible` is what the provenance action's `reproducible-verdict`
 * reads; everything else says why.
 */
import { countByStatus, isReproducible } from './compare.js'
import type {
  ArtifactResult,
  BuildInfo,
  Explainer,
  RebuilderIdentity,
  ReferenceInfo,
  SourceInfo
} from './model.js'

export const REPORT_SCHEMA_VERSION = 1

export interface RebuildReport {
  version: typeof REPORT_SCHEMA_VERSION
  reproducible: boolean
  verdict: 'reproducible' | 'not-reproducible'
  counts: Record<ArtifactResult['status'], number>
  source: SourceInfo
  build: BuildInfo
  reference: ReferenceInfo
  rebuilder: RebuilderIdentity
  explainer: Explainer
  artifacts: ArtifactResult[]
  startedOn: string
  finishedOn: string
}

/** What a report is built from: the facts, before the verdict and the counts. */
export type ReportParts = Pick<
  RebuildReport,
  'source' | 'build' | 'reference' | 'rebuilder' | 'explainer' | 'artifacts'
> & { startedOn: Date; finishedOn: Date }

export function buildReport(parts: ReportParts): RebuildReport {
  const reproducible = isReproducible(parts.artifacts)
  return {
    version: REPORT_SCHEMA_VERSION,
    reproducible,
    verdict: reproducible ? 'reproducible' : 'not-reproducible',
    counts: countByStatus(parts.artifacts),
    source: parts.source,
    build: parts.build,
    reference: parts.reference,
    rebuilder: parts.rebuilder,
    explainer: parts.explainer,
    artifacts: parts.artifacts,
    startedOn: parts.startedOn.toISOString(),
    finishedOn: parts.finishedOn.toISOString()
  }
}

/** Names of the artifacts that failed (mismatch or missing), for the `mismatches` output. */
export function failedArtifacts(report: RebuildReport): string[] {
  return report.artifacts
    .filter((a) => a.status === 'mismatch' || a.status === 'missing')
    .map((a) => a.name)
}
