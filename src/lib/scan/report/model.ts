/**
 * One scan's result, the single source of every output: the table, JSON,
 * SARIF, the CycloneDX vulnerability report and the job summary.
 */
import type { NotEvaluated } from '../findings.js'
import type { GatedFinding } from '../gate.js'
import { SEVERITY_LEVELS, type SeverityLevel } from '../severity.js'

export interface ScannedSummary {
  subject: string
  format: string
  components: number
  unidentified: number
  /** The lockfiles it was described from, relative to the workspace (directories only). */
  lockfiles?: string[]
}

export interface ScanReport {
  generated: string
  failOn: SeverityLevel[]
  sboms: ScannedSummary[]
  database: { sources: string[]; advisories: number; withdrawn: number }
  findings: GatedFinding[]
  notEvaluated: NotEvaluated[]
  /** Findings in the gate, by level. */
  counts: Record<SeverityLevel, number>
  suppressed: number
  failing: number
  passed: boolean
}

export function buildScanReport(
  input: Omit<ScanReport, 'counts' | 'suppressed' | 'failing' | 'passed'>
): ScanReport {
  const counts = Object.fromEntries(
    SEVERITY_LEVELS.map((l) => [l, 0])
  ) as Record<SeverityLevel, number>
  for (const f of input.findings) if (!f.suppressed) counts[f.severity.level]++
  const failing = input.findings.filter((f) => f.failing).length
  return {
    ...input,
    counts,
    suppressed: input.findings.filter((f) => f.suppressed).length,
    failing,
    passed: failing === 0
  }
}

/** "critical 1, high 2, medium 0, low 0, unknown 0" */
export function describeCounts(report: ScanReport): string {
  return SEVERITY_LEVELS.map((l) => `${l} ${report.counts[l]}`).join(', ')
}

export function describeVerdict(report: ScanReport): string {
  const threshold = report.failOn.length > 0 ? report.failOn.join(', ') : 'none'
  const suppressed =
    report.suppressed > 0
      ? `; ${report.suppressed} out of the gate by VEX or --ignore`
      : ''
  return report.passed
    ? `passed: no finding at ${threshold}${suppressed}`
    : `failed: ${report.failing} finding${report.failing === 1 ? '' : 's'} at ${threshold}${suppressed}`
}
