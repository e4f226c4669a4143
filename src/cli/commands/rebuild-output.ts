/** What `provenant rebuild` prints: a verdict and one line per artifact, or JSON. */
import type { ReportPaths } from '../../io/rebuild/write-report.js'
import { failedArtifacts } from '../../lib/rebuild/report.js'
import type { RebuildReport } from '../../lib/rebuild/report.js'
import { categoryLine } from '../../lib/rebuild/report-md.js'
import { STATUS_MARK } from '../../lib/rebuild/markdown.js'
import type { CliOutput } from '../output.js'

export function printReport(
  output: CliOutput,
  report: RebuildReport,
  paths: ReportPaths,
  json: boolean
): void {
  if (json) {
    output.out(
      JSON.stringify(
        {
          reproducible: report.reproducible,
          verdict: report.verdict,
          commit: report.source.commit,
          mismatches: failedArtifacts(report),
          artifacts: report.artifacts.map((a) => ({
            name: a.name,
            result: a.status,
            categories: a.explanation?.categories ?? []
          })),
          reportJson: paths.json,
          reportMd: paths.markdown,
          statement: paths.statement,
          bundle: paths.bundle ?? null
        },
        null,
        2
      )
    )
    return
  }
  const c = report.counts
  output.out(
    report.reproducible
      ? `reproducible: ${c.match} artifact(s) rebuilt bit for bit from ${report.source.commit}`
      : `not reproducible: ${c.mismatch} differ, ${c.missing} missing, ${c.match} match (commit ${report.source.commit})`
  )
  for (const a of report.artifacts) {
    const why = a.explanation ? `: ${categoryLine(a.explanation)}` : ''
    output.out(
      `  ${STATUS_MARK[a.status]} ${a.status.padEnd(8)} ${a.name}${why}`
    )
  }
  output.out(`report: ${paths.markdown}\nverdict: ${paths.statement}`)
}
