/**
 * The gate: VEX statements and --ignore applied to the findings, then the
 * threshold. `not_affected` and `fixed` take a finding out of the gate (it
 * stays listed, with the reason); `affected` and `under_investigation`
 * keep it in. A finding found in several SBOMs leaves the gate only when
 * every place it was found is covered.
 */
import type { Finding } from './findings.js'
import type { ScannedSbom } from './sbom-input.js'
import { rankOf, type SeverityLevel } from './severity.js'
import { findVexStatement } from './vex-match.js'
import type { VexStatement, VexStatus } from './vex.js'

export interface VexVerdict {
  status: VexStatus | 'ignored'
  justification?: string
  detail?: string
  /** The VEX document, or "--ignore". */
  source: string
}

export interface GatedFinding extends Finding {
  vex?: VexVerdict
  /** Out of the gate (not_affected, fixed, or --ignore). */
  suppressed: boolean
  /** At or above the threshold and not suppressed. */
  failing: boolean
}

/** The levels that fail the gate; empty: never fail ("none"). */
export type FailOn = ReadonlySet<SeverityLevel>

const SUPPRESSING = new Set<VexVerdict['status']>([
  'not_affected',
  'fixed',
  'ignored'
])

export function applyGate(
  findings: readonly Finding[],
  context: {
    sboms: readonly ScannedSbom[]
    statements: readonly VexStatement[]
    ignore: readonly string[]
    failOn: FailOn
  }
): GatedFinding[] {
  const ignore = new Set(context.ignore.map((id) => id.toUpperCase()))
  const bySubject = new Map(context.sboms.map((s) => [s.subject, s]))
  return findings.map((finding) => {
    const ids = [finding.id, ...finding.aliases]
    const gated: GatedFinding = {
      ...finding,
      suppressed: false,
      failing: false
    }
    if (ids.some((id) => ignore.has(id.toUpperCase()))) {
      gated.vex = { status: 'ignored', source: '--ignore' }
      gated.suppressed = true
    } else {
      const verdicts = finding.locations.map((location) => {
        const sbom = bySubject.get(location.subject)
        const statement = findVexStatement(context.statements, {
          ids,
          component: {
            ref: location.ref,
            purl: finding.purl,
            version: finding.version
          },
          ...(sbom?.product ? { product: sbom.product } : {}),
          ...(sbom?.serialNumber ? { serialNumber: sbom.serialNumber } : {})
        })
        return statement && toVerdict(statement)
      })
      const keepAt = verdicts.findIndex((v) => !v || !SUPPRESSING.has(v.status))
      const shown =
        keepAt >= 0 ? (verdicts[keepAt] ?? verdicts.find(Boolean)) : verdicts[0]
      if (shown) gated.vex = shown
      gated.suppressed = verdicts.length > 0 && keepAt < 0
    }
    gated.failing =
      !gated.suppressed && context.failOn.has(finding.severity.level)
    return gated
  })
}

function toVerdict(statement: VexStatement): VexVerdict {
  return {
    status: statement.status,
    ...(statement.justification
      ? { justification: statement.justification }
      : {}),
    ...(statement.detail ? { detail: statement.detail } : {}),
    source: statement.source
  }
}

/** "high" -> critical and high; "low" -> every known level; "unknown" only by name; "none" -> nothing. */
export function toFailOn(levels: readonly (SeverityLevel | 'none')[]): FailOn {
  const out = new Set<SeverityLevel>()
  for (const level of levels) {
    if (level === 'none') continue
    if (level === 'unknown') out.add('unknown')
    else
      for (const known of ['critical', 'high', 'medium', 'low'] as const)
        if (rankOf(known) >= rankOf(level)) out.add(known)
  }
  return out
}
