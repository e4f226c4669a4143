/**
 * Severity of an advisory: computed from its CVSS v3.x or v4.0 vector (the
 * package's own vectors first, then the advisory's), with the
 * ae-cvss-calculator library, which implements FIRST's v2, v3.0, v3.1 and
 * v4.0 scoring; else the database's own word (GHSA's database_specific
 * severity, LOW / MODERATE / HIGH / CRITICAL); else "unknown", which the
 * gate treats as a level of its own.
 */
import cvss from 'ae-cvss-calculator'
import type { Advisory, OsvAffected, OsvSeverity } from './osv.js'

export type SeverityLevel = 'critical' | 'high' | 'medium' | 'low' | 'unknown'

/** Known levels, worst first. */
export const SEVERITY_LEVELS: readonly SeverityLevel[] = [
  'critical',
  'high',
  'medium',
  'low',
  'unknown'
]

export interface Severity {
  level: SeverityLevel
  /** 4 critical ... 1 low, 0 unknown: sorts findings. */
  rank: number
  score?: number
  vector?: string
  /** Where the level comes from: "CVSS_V3", "CVSS_V4" or "database". */
  source?: string
}

const RANKS: Record<SeverityLevel, number> = {
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
  unknown: 0
}

export const UNKNOWN_SEVERITY: Severity = { level: 'unknown', rank: 0 }

/** CVSS qualitative rating of a score (v3.x and v4.0 share it; 0.0 "none" reads as low). */
export function levelOfScore(score: number): SeverityLevel {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  return 'low'
}

const VECTOR = /^CVSS:(3\.[01]|4\.0)\/([A-Z]+:[A-Z]+)(\/[A-Z]+:[A-Z]+)*$/

/** The base score of a CVSS v3.0, v3.1 or v4.0 vector; undefined when it cannot be read. */
export function scoreVector(vector: string): number | undefined {
  const match = VECTOR.exec(vector.trim())
  if (!match) return undefined
  try {
    const version = match[1]
    const model =
      version === '4.0'
        ? new cvss.Cvss4P0(vector.trim())
        : version === '3.1'
          ? new cvss.Cvss3P1(vector.trim())
          : new cvss.Cvss3P0(vector.trim())
    const score = model.calculateScores().overall
    return Number.isFinite(score) ? score : undefined
  } catch {
    return undefined
  }
}

function fromVectors(severities: readonly OsvSeverity[]): Severity | undefined {
  // v4 first when given: it is the newer assessment.
  const ordered = [...severities].sort(
    (a, b) => (b.type === 'CVSS_V4' ? 1 : 0) - (a.type === 'CVSS_V4' ? 1 : 0)
  )
  for (const s of ordered) {
    if (s.type !== 'CVSS_V3' && s.type !== 'CVSS_V4') continue
    const score = scoreVector(s.score)
    if (score === undefined) continue
    const level = levelOfScore(score)
    return { level, rank: RANKS[level], score, vector: s.score, source: s.type }
  }
  return undefined
}

const DECLARED: Readonly<Record<string, SeverityLevel>> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low'
}

export function severityOf(
  advisory: Advisory,
  entries: readonly OsvAffected[]
): Severity {
  const vector =
    fromVectors(entries.flatMap((e) => e.severity)) ??
    fromVectors(advisory.severity)
  if (vector) return vector
  const declared =
    advisory.declaredSeverity &&
    DECLARED[advisory.declaredSeverity.toLowerCase()]
  if (declared)
    return { level: declared, rank: RANKS[declared], source: 'database' }
  return UNKNOWN_SEVERITY
}

export function worstSeverity(severities: readonly Severity[]): Severity {
  return severities.reduce(
    (worst, s) =>
      s.rank > worst.rank ||
      (s.rank === worst.rank && (s.score ?? -1) > (worst.score ?? -1))
        ? s
        : worst,
    UNKNOWN_SEVERITY
  )
}

export function rankOf(level: SeverityLevel): number {
  return RANKS[level]
}
