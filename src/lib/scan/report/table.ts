/** The terminal table: one section per severity, then what the VEX took out and what could not be evaluated. */
import { SEVERITY_LEVELS } from '../severity.js'
import type { GatedFinding } from '../gate.js'
import { describeCounts, describeVerdict, type ScanReport } from './model.js'

function row(f: GatedFinding): string {
  const fixed = f.fixed.length > 0 ? ` (fixed in ${f.fixed.join(', ')})` : ''
  const aliases =
    f.aliases.length > 0
      ? ` [${f.aliases.slice(0, 3).join(', ')}${f.aliases.length > 3 ? ', ...' : ''}]`
      : ''
  const score =
    f.severity.score !== undefined ? ` ${f.severity.score.toFixed(1)}` : ''
  return `  ${f.id}${aliases}${score}  ${f.ecosystem} ${f.name}@${f.version}${fixed}  ${f.summary}`
}

export function toTable(report: ScanReport): string {
  const lines: string[] = []
  const components = report.sboms.reduce((n, s) => n + s.components, 0)
  lines.push(
    `scanned ${components} components in ${report.sboms.length} SBOM${report.sboms.length === 1 ? '' : 's'} against ${report.database.advisories} advisories`
  )
  for (const level of SEVERITY_LEVELS) {
    const active = report.findings.filter(
      (f) => !f.suppressed && f.severity.level === level
    )
    if (active.length === 0) continue
    lines.push(
      '',
      `${level.toUpperCase()} (${active.length})`,
      ...active.map(row)
    )
  }
  const suppressed = report.findings.filter((f) => f.suppressed)
  if (suppressed.length > 0) {
    lines.push('', `OUT OF THE GATE (${suppressed.length})`)
    for (const f of suppressed) {
      const why = [f.vex?.status, f.vex?.justification]
        .filter(Boolean)
        .join(': ')
      lines.push(
        `${row(f)}\n    ${why} (${f.vex?.source ?? ''})${f.vex?.detail ? ` ${f.vex.detail}` : ''}`
      )
    }
  }
  if (report.notEvaluated.length > 0) {
    lines.push('', `NOT EVALUATED (${report.notEvaluated.length})`)
    for (const n of report.notEvaluated)
      lines.push(`  ${n.advisory}  ${n.purl}  ${n.reason}`)
  }
  lines.push('', describeCounts(report), describeVerdict(report))
  return lines.join('\n')
}

/** The job summary, in Markdown. */
export function toMarkdownSummary(report: ScanReport): string {
  const escape = (s: string): string =>
    s.replaceAll('|', '\\|').replaceAll('\n', ' ')
  const lines = [
    `## Vulnerability scan: ${report.passed ? 'passed' : 'failed'}`,
    '',
    `${describeVerdict(report)}. In the gate: ${describeCounts(report)}.`,
    ''
  ]
  if (report.findings.length > 0) {
    lines.push(
      '| Severity | Id | Package | Fixed in | VEX |',
      '|---|---|---|---|---|'
    )
    for (const f of report.findings) {
      const vex = f.vex
        ? `${f.vex.status}${f.vex.justification ? ` (${f.vex.justification})` : ''}`
        : ''
      lines.push(
        `| ${f.severity.level}${f.failing ? ' ❌' : ''} | ${escape(f.id)} | ${escape(`${f.name}@${f.version}`)} | ${escape(f.fixed.join(', '))} | ${escape(vex)} |`
      )
    }
  }
  if (report.notEvaluated.length > 0)
    lines.push(
      '',
      `${report.notEvaluated.length} advisory match(es) could not be evaluated (GIT ranges or unordered versions); see the JSON report.`
    )
  return lines.join('\n')
}
