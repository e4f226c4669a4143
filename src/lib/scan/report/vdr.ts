/**
 * A CycloneDX 1.6 vulnerability disclosure report (VDR): the vulnerable
 * components and their vulnerabilities, with ratings, fixed versions, and
 * the VEX analysis folded in (state, justification, detail).
 */
import { PROVENANT_VERSION } from '../../version.js'
import type { GatedFinding } from '../gate.js'
import type { ScanReport } from './model.js'

const STATES = {
  not_affected: 'not_affected',
  fixed: 'resolved',
  affected: 'exploitable',
  under_investigation: 'in_triage',
  ignored: 'not_affected'
} as const

/** OpenVEX justifications in CycloneDX's words. */
const JUSTIFICATIONS: Readonly<Record<string, string>> = {
  component_not_present: 'code_not_present',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
  inline_mitigations_already_exist: 'protected_by_mitigating_control'
}

const CDX_JUSTIFICATIONS = new Set([
  'code_not_present',
  'code_not_reachable',
  'requires_configuration',
  'requires_dependency',
  'requires_environment',
  'protected_by_compiler',
  'protected_at_runtime',
  'protected_at_perimeter',
  'protected_by_mitigating_control'
])

function sourceOf(id: string): { name: string; url?: string } {
  if (id.startsWith('CVE-'))
    return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` }
  if (id.startsWith('GHSA-'))
    return { name: 'GitHub', url: `https://github.com/advisories/${id}` }
  return { name: 'OSV', url: `https://osv.dev/vulnerability/${id}` }
}

function method(vector: string | undefined): string | undefined {
  if (!vector) return undefined
  if (vector.startsWith('CVSS:4.0')) return 'CVSSv4'
  if (vector.startsWith('CVSS:3.1')) return 'CVSSv31'
  if (vector.startsWith('CVSS:3.0')) return 'CVSSv3'
  return undefined
}

function analysisOf(f: GatedFinding): Record<string, unknown> | undefined {
  if (!f.vex) return undefined
  const justification =
    f.vex.justification &&
    (JUSTIFICATIONS[f.vex.justification] ?? f.vex.justification)
  const detail = [
    f.vex.status === 'ignored' ? 'ignored with --ignore' : undefined,
    f.vex.justification && !CDX_JUSTIFICATIONS.has(justification ?? '')
      ? f.vex.justification
      : undefined,
    f.vex.detail,
    `source: ${f.vex.source}`
  ]
    .filter(Boolean)
    .join('; ')
  return {
    state: STATES[f.vex.status],
    ...(justification && CDX_JUSTIFICATIONS.has(justification)
      ? { justification }
      : {}),
    detail
  }
}

export function toVdr(
  report: ScanReport,
  serialNumber: string
): Record<string, unknown> {
  const components = new Map<string, Record<string, unknown>>()
  for (const f of report.findings) {
    if (!components.has(f.purl))
      components.set(f.purl, {
        type: 'library',
        'bom-ref': f.purl,
        name: f.name,
        version: f.version,
        purl: f.purl
      })
  }
  const vulnerabilities = report.findings.map((f, i) => {
    const m = method(f.severity.vector)
    const analysis = analysisOf(f)
    return {
      'bom-ref': `vuln-${i + 1}-${f.id}`,
      id: f.id,
      source: sourceOf(f.id),
      ...(f.aliases.length
        ? { references: f.aliases.map((id) => ({ id, source: sourceOf(id) })) }
        : {}),
      ratings: [
        {
          severity: f.severity.level,
          ...(f.severity.score !== undefined
            ? { score: f.severity.score }
            : {}),
          ...(m ? { method: m, vector: f.severity.vector } : {})
        }
      ],
      ...(f.summary ? { description: f.summary } : {}),
      ...(f.fixed.length
        ? { recommendation: `Upgrade ${f.name} to ${f.fixed.join(' or ')}.` }
        : {}),
      ...(analysis ? { analysis } : {}),
      affects: [
        {
          ref: f.purl,
          versions: [
            {
              version: f.version,
              status: f.suppressed ? 'unaffected' : 'affected'
            }
          ]
        }
      ]
    }
  })
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber,
    version: 1,
    metadata: {
      timestamp: report.generated,
      tools: {
        components: [
          { type: 'application', name: 'provenant', version: PROVENANT_VERSION }
        ]
      }
    },
    components: [...components.values()],
    vulnerabilities
  }
}
