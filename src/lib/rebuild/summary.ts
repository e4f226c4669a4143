/**
 * The job summary: the verdict, the artifact table, and per mismatched
 * artifact its categories and first differences; report.md has the rest.
 */
import { code } from './markdown.js'
import type { RebuildReport } from './report.js'
import {
  artifactTable,
  categoryLine,
  differencesTable,
  headline,
  intro
} from './report-md.js'

export const SUMMARY_DIFFERENCES_PER_ARTIFACT = 10

export function toJobSummary(
  report: RebuildReport,
  reportMdPath: string
): string {
  const out = [
    headline(report).replace(/^# /, '## '),
    '',
    intro(report),
    '',
    artifactTable(report.artifacts)
  ]
  for (const artifact of report.artifacts) {
    const e = artifact.explanation
    if (!e) continue
    out.push('', `### ${artifact.name}: ${categoryLine(e) || 'differs'}`)
    if (e.note) out.push('', e.note)
    const rows = e.differences.slice(0, SUMMARY_DIFFERENCES_PER_ARTIFACT)
    if (rows.length > 0) {
      out.push('', differencesTable(rows))
    }
  }
  out.push(
    '',
    `The full report, with text diffs${report.explainer === 'diffoscope' ? ' and diffoscope’s output' : ''}: ${code(reportMdPath)}.`
  )
  return out.join('\n') + '\n'
}
