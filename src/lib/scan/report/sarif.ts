/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per vulnerability, one
 * result per finding, located at the lockfile line that locks the package
 * when the SBOM came from a lockfile (else at the SBOM file). Findings out
 * of the gate are kept with an external suppression naming the VEX.
 * `security-severity` carries the CVSS score, as code scanning reads it.
 */
import { PROVENANT_VERSION } from '../../version.js'
import type { GatedFinding } from '../gate.js'
import type { ScanReport } from './model.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** Where a finding shows: a path relative to the repository root, and a 1-based line. */
export interface SarifLocation {
  uri: string
  line?: number
}

const LEVELS = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  unknown: 'note'
} as const
const FALLBACK_SCORE = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  unknown: 0
} as const

function ruleOf(f: GatedFinding): Record<string, unknown> {
  const score = f.severity.score ?? FALLBACK_SCORE[f.severity.level]
  return {
    id: f.id,
    name: f.id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: f.summary || f.id },
    fullDescription: {
      text: `${f.summary || f.id}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}`
    },
    ...(f.url ? { helpUri: f.url } : {}),
    help: {
      text: `${f.id} affects ${f.name}@${f.version}.${f.fixed.length ? ` Upgrade to ${f.fixed.join(' or ')}.` : ' No fixed version is known.'}`
    },
    defaultConfiguration: { level: LEVELS[f.severity.level] },
    properties: {
      tags: ['security', 'vulnerability', f.ecosystem],
      precision: 'very-high',
      ...(score > 0 ? { 'security-severity': score.toFixed(1) } : {})
    }
  }
}

export function toSarif(
  report: ScanReport,
  locate: (finding: GatedFinding) => SarifLocation
): Record<string, unknown> {
  const rules = new Map<string, Record<string, unknown>>()
  const results = report.findings.map((f) => {
    if (!rules.has(f.id)) rules.set(f.id, ruleOf(f))
    const where = locate(f)
    const result: Record<string, unknown> = {
      ruleId: f.id,
      ruleIndex: [...rules.keys()].indexOf(f.id),
      level: LEVELS[f.severity.level],
      message: {
        text: `${f.name}@${f.version} is affected by ${f.id}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}, severity ${f.severity.level}${f.fixed.length ? `; fixed in ${f.fixed.join(', ')}` : ''}.`
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: where.uri },
            ...(where.line ? { region: { startLine: where.line } } : {})
          }
        }
      ],
      partialFingerprints: { 'provenant/v1': `${f.id}:${f.purl}` },
      properties: { purl: f.purl, severity: f.severity.level }
    }
    if (f.suppressed && f.vex) {
      result.suppressions = [
        {
          kind: 'external',
          status: 'accepted',
          justification: [
            f.vex.status,
            f.vex.justification,
            f.vex.detail,
            `(${f.vex.source})`
          ]
            .filter(Boolean)
            .join(': ')
        }
      ]
    }
    return result
  })
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Provenant',
            semanticVersion: PROVENANT_VERSION,
            informationUri: 'https://github.com/provenant/provenant',
            rules: [...rules.values()]
          }
        },
        results
      }
    ]
  }
}
