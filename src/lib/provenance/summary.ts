/**
 * The job summary of a provenance run: what was attested, where the files
 * are, and the attestations GitHub stored. Pure: HTML is escaped here.
 */
import type { BuildProvenanceSummary } from './build-provenance.js'
import type { PredicateKind } from './plan.js'
import { escapeHtml } from '../html.js'

export interface ProvenanceRunSummaryInput {
  subjects: number
  bundles: {
    kind: PredicateKind
    path: string
    predicateType: string
    subjects: number
  }[]
  summary: BuildProvenanceSummary
  attestationUrls: string[]
  storeWarning: string | undefined
  certificatesIssued: number
}

/** Rows listed before the rest are only counted (a step summary holds 1 MiB). */
export const MAX_SUMMARY_ROWS = 100

export interface ProvenanceJobSummary {
  heading: string
  text: string
  header: string[]
  rows: string[][]
  links: string[]
}

export function buildProvenanceJobSummary(
  run: ProvenanceRunSummaryInput
): ProvenanceJobSummary {
  const stored =
    run.attestationUrls.length > 0
      ? `${run.attestationUrls.length} stored with GitHub`
      : run.storeWarning
        ? `not stored: ${escapeHtml(run.storeWarning)}`
        : 'not stored (store: false)'
  return {
    heading: 'Build provenance',
    text: [
      `${run.subjects} subject(s), ${run.bundles.length} signed statement(s) (${run.certificatesIssued} certificate(s)); ${stored}.`,
      `Builder <code>${escapeHtml(run.summary.buildType)}</code>, reproducible: <b>${run.summary.metadata.reproducible}</b>.`,
      ...(run.bundles.length > MAX_SUMMARY_ROWS
        ? [
            `The first ${MAX_SUMMARY_ROWS} of ${run.bundles.length} bundles are listed; all are in the .intoto.jsonl file.`
          ]
        : [])
    ].join('<br>'),
    header: ['Bundle', 'Predicate type', 'Subjects'],
    rows: run.bundles
      .slice(0, MAX_SUMMARY_ROWS)
      .map((b) => [
        `<code>${escapeHtml(basename(b.path))}</code>`,
        escapeHtml(b.predicateType),
        String(b.subjects)
      ]),
    links: run.attestationUrls
      .slice(0, MAX_SUMMARY_ROWS)
      .map((url) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`)
  }
}

function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}
