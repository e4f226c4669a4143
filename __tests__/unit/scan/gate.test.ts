import { describe, expect, it } from '@jest/globals'
import { buildAdvisoryIndex } from '../../../src/lib/scan/advisory-index.js'
import type { Finding } from '../../../src/lib/scan/findings.js'
import { toAdvisory } from '../../../src/lib/scan/osv.js'
import { toScanComponent } from '../../../src/lib/scan/sbom-input.js'
import { uncoveredFindings } from '../../../src/lib/scan/vex-coverage.js'
import { applyGate, toFailOn } from '../../../src/lib/scan/gate.js'
import { parseFailOn, parseScanInputs } from '../../../src/lib/scan/inputs.js'
import { InputError } from '../../../src/lib/errors.js'
import type { SeverityLevel } from '../../../src/lib/scan/severity.js'
import type { VexStatement } from '../../../src/lib/scan/vex.js'

function finding(
  id: string,
  level: SeverityLevel,
  subjects = ['a.json']
): Finding {
  const rank = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 }[level]
  return {
    id,
    aliases: [`CVE-${id}`],
    advisories: [id],
    summary: '',
    severity: { level, rank },
    ecosystem: 'npm',
    name: 'x',
    version: '1.0.0',
    purl: 'pkg:npm/x@1.0.0',
    fixed: [],
    locations: subjects.map((subject) => ({ subject, ref: 'x' }))
  }
}

const sboms = ['a.json', 'b.json'].map((subject) => ({
  subject,
  format: 'cyclonedx' as const,
  components: [],
  unidentified: 0
}))
const notAffected: VexStatement = {
  ids: ['CVE-H'],
  products: [{ purl: 'pkg:npm/x@1.0.0' }],
  subcomponents: [],
  status: 'not_affected',
  justification: 'component_not_present',
  source: 'v.json'
}

describe('gate', () => {
  it.each([
    [['high'], ['critical', 'high']],
    [['low'], ['critical', 'high', 'medium', 'low']],
    [['unknown'], ['unknown']],
    [
      ['medium', 'unknown'],
      ['critical', 'high', 'medium', 'unknown']
    ],
    [[], []]
  ] as const)('fail-on %j fails on %j', (levels, failing) => {
    expect([...toFailOn(levels)].sort()).toEqual([...failing].sort())
  })

  it('takes not_affected findings out of the gate with their reason; affected stays', () => {
    const gated = applyGate([finding('H', 'high'), finding('C', 'critical')], {
      sboms,
      statements: [
        notAffected,
        { ...notAffected, ids: ['C'], status: 'affected' }
      ],
      ignore: [],
      failOn: toFailOn(['high'])
    })
    expect(gated[0]).toMatchObject({
      suppressed: true,
      failing: false,
      vex: {
        status: 'not_affected',
        justification: 'component_not_present',
        source: 'v.json'
      }
    })
    expect(gated[1]).toMatchObject({
      suppressed: false,
      failing: true,
      vex: { status: 'affected' }
    })
  })

  it('keeps a finding in the gate while one SBOM it was found in is not covered', () => {
    const statement: VexStatement = { ...notAffected, products: [{ ref: 'x' }] }
    const [covered] = applyGate([finding('H', 'high', ['a.json'])], {
      sboms,
      statements: [statement],
      ignore: [],
      failOn: toFailOn(['high'])
    })
    expect(covered!.suppressed).toBe(true)
    const [partly] = applyGate([finding('H', 'high', ['a.json', 'b.json'])], {
      sboms,
      statements: [
        { ...statement, products: [{ ref: 'x', serialNumber: 'urn:uuid:a' }] }
      ],
      ignore: [],
      failOn: toFailOn(['high'])
    })
    expect(partly).toMatchObject({ suppressed: false, failing: true })
  })

  it('ignores by id or alias', () => {
    const [gated] = applyGate([finding('H', 'critical')], {
      sboms,
      statements: [],
      ignore: ['cve-h'],
      failOn: toFailOn(['low'])
    })
    expect(gated).toMatchObject({
      suppressed: true,
      failing: false,
      vex: { status: 'ignored' }
    })
  })

  it('rejects unknown levels and none mixed with levels, naming fail-on', () => {
    expect(() => parseFailOn('hgih')).toThrow(/fail-on.*"hgih"/)
    expect(() => parseFailOn('none,high')).toThrow(InputError)
    expect(parseFailOn('critical, unknown')).toEqual(['critical', 'unknown'])
  })

  it('collects every input problem at once', () => {
    const inputs: Record<string, string> = {
      'fail-on': 'severe',
      format: 'xml',
      'osv-url': 'ftp://x'
    }
    expect(() => parseScanInputs((n) => inputs[n])).toThrow(
      /fail-on[\s\S]*format[\s\S]*osv-url|fail-on[\s\S]*osv-url[\s\S]*format|osv-url[\s\S]*fail-on/
    )
  })
})

describe('VEX coverage (verify --require vex)', () => {
  it('lists the high and critical findings no signed statement covers', () => {
    const advisory = (id: string, name: string, severity: string) =>
      toAdvisory({
        id,
        modified: '',
        affected: [
          {
            package: { ecosystem: 'npm', name },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }]
          }
        ],
        database_specific: { severity }
      })!
    const index = buildAdvisoryIndex([
      advisory('GHSA-1', 'a', 'CRITICAL'),
      advisory('GHSA-2', 'b', 'HIGH'),
      advisory('GHSA-3', 'c', 'LOW')
    ])
    const purls = ['pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0', 'pkg:npm/c@1.0.0']
    const sbom = {
      subject: 's.json',
      format: 'cyclonedx' as const,
      components: purls.map((p) => toScanComponent(p, p)!),
      unidentified: 0
    }
    const statement: VexStatement = {
      ids: ['GHSA-1'],
      products: [{ purl: 'pkg:npm/a' }],
      subcomponents: [],
      status: 'not_affected',
      justification: 'component_not_present',
      source: 'signed.vex.json'
    }
    expect(
      uncoveredFindings(index, [sbom])([statement]).map((f) => f.id)
    ).toEqual(['GHSA-2'])
  })
})
