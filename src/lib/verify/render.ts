/**
 * The report for people: a text table for the terminal, markdown for the
 * job summary. Both list every failure with its code and reason.
 */
import type { CheckName } from './policy.js'
import { CHECK_NAMES } from './policy.js'
import type { CheckStatus, VerifyReport } from './report.js'
import { listFailures } from './report.js'

const TEXT_STATUS: Record<CheckStatus, string> = {
  pass: 'pass',
  fail: 'FAIL',
  absent: 'absent',
  skipped: '-'
}

const MARK: Record<CheckStatus, string> = {
  pass: '✅',
  fail: '❌',
  absent: '➖',
  skipped: '⚪'
}

export function renderText(report: VerifyReport): string {
  const header = [
    'ARTIFACT',
    ...CHECK_NAMES.map((c) => c.toUpperCase()),
    'RESULT'
  ]
  const rows = report.artifacts.map((a) => [
    a.artifact,
    ...CHECK_NAMES.map((c) => TEXT_STATUS[a.checks[c].status]),
    a.verified ? 'verified' : 'FAILED'
  ])
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => r[i]!.length))
  )
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
  const out = [`trusted root: ${report.trust.description}`]
  out.push(...report.trust.warnings.map((w) => `warning: ${w}`), '')
  out.push(line(header), ...rows.map(line))
  const failures = listFailures(report)
  if (failures.length > 0) {
    out.push('', 'failures:')
    for (const f of failures) {
      out.push(
        `  ${f.artifact}: ${f.check}: ${f.code ? `[${f.code}] ` : ''}${f.reason}`
      )
    }
  }
  const notes = report.artifacts.flatMap((a) =>
    a.notes.map((n) => `  ${a.artifact}: ${n}`)
  )
  if (notes.length > 0) out.push('', 'notes:', ...notes)
  out.push('', summaryLine(report))
  return out.join('\n')
}

export function renderMarkdown(report: VerifyReport): string {
  const head = `| Artifact | ${CHECK_NAMES.map(title).join(' | ')} | Result |`
  const rule = `|${' --- |'.repeat(CHECK_NAMES.length + 2)}`
  const rows = report.artifacts.map(
    (a) =>
      `| \`${escapeCell(a.artifact)}\` | ${CHECK_NAMES.map((c) => MARK[a.checks[c].status]).join(' | ')} | ${a.verified ? '**verified**' : '**failed**'} |`
  )
  const out = [
    `### Provenant verify: ${summaryLine(report)}`,
    '',
    head,
    rule,
    ...rows
  ]
  out.push(
    '',
    `✅ pass · ❌ fail · ➖ absent · ⚪ not constrained by the policy`,
    ''
  )
  const failures = listFailures(report)
  if (failures.length > 0) {
    out.push('#### Failures', '')
    for (const f of failures) {
      out.push(
        `- \`${escapeCell(f.artifact)}\` **${f.check}**${f.code ? ` \`${f.code}\`` : ''}: ${escapeCell(f.reason)}`
      )
    }
    out.push('')
  }
  out.push(`Trusted root: ${report.trust.description}`)
  for (const w of report.trust.warnings) out.push('', `> [!WARNING]\n> ${w}`)
  return out.join('\n')
}

export function summaryLine(report: VerifyReport): string {
  const { artifacts, verified } = report.summary
  return report.verified
    ? `${verified} of ${artifacts} artifact(s) verified`
    : `${artifacts - verified} of ${artifacts} artifact(s) failed verification`
}

function title(check: CheckName): string {
  return check === 'sbom' || check === 'vex'
    ? check.toUpperCase()
    : check[0]!.toUpperCase() + check.slice(1)
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}
