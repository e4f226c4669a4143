import { describe, expect, it } from '@jest/globals'
import { buildAdvisoryIndex } from '../../../src/lib/scan/advisory-index.js'
import { matchSboms } from '../../../src/lib/scan/findings.js'
import { toAdvisory } from '../../../src/lib/scan/osv.js'
import type { ScannedSbom } from '../../../src/lib/scan/sbom-input.js'
import { toScanComponent } from '../../../src/lib/scan/sbom-input.js'

const osv = (
  id: string,
  pkg: string,
  ecosystem: string,
  events: object[],
  extra: object = {}
): unknown => ({
  id,
  modified: '2024-01-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem, name: pkg },
      ranges: [{ type: 'ECOSYSTEM', events }]
    }
  ],
  ...extra
})

function sbom(...purls: string[]): ScannedSbom {
  return {
    subject: 'sbom.json',
    format: 'cyclonedx',
    components: purls.map((p) => toScanComponent(p, p)!),
    unidentified: 0
  }
}

describe('matchSboms', () => {
  it('merges advisories that share an alias into one finding with every id', () => {
    const index = buildAdvisoryIndex(
      [
        osv(
          'GHSA-aaaa-bbbb-cccc',
          'jinja2',
          'PyPI',
          [{ introduced: '0' }, { fixed: '2.11.3' }],
          { aliases: ['CVE-2020-28493'] }
        ),
        osv(
          'PYSEC-2021-66',
          'Jinja2',
          'PyPI',
          [{ introduced: '0' }, { fixed: '2.11.3' }],
          { aliases: ['CVE-2020-28493'] }
        )
      ].map((a) => toAdvisory(a)!)
    )
    const { findings } = matchSboms(index, [sbom('pkg:pypi/Jinja2@2.10')])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      id: 'GHSA-aaaa-bbbb-cccc',
      aliases: ['CVE-2020-28493', 'PYSEC-2021-66'],
      fixed: ['2.11.3']
    })
  })

  it('compares npm names as the registry does (a capitalised Axios hits axios)', () => {
    const index = buildAdvisoryIndex([
      toAdvisory(
        osv('GHSA-8hc4-vh64-cxmj', 'Axios', 'npm', [
          { introduced: '1.3.2' },
          { fixed: '1.7.4' }
        ])
      )!
    ])
    expect(
      matchSboms(index, [sbom('pkg:npm/axios@1.7.3')]).findings
    ).toHaveLength(1)
    expect(
      matchSboms(index, [sbom('pkg:npm/axios@1.18.1')]).findings
    ).toHaveLength(0)
  })

  it('normalises PyPI names by PEP 503 and crates.io names by "-" and "_"', () => {
    const index = buildAdvisoryIndex([
      toAdvisory(
        osv('PYSEC-1', 'zope.interface', 'PyPI', [{ introduced: '0' }])
      )!,
      toAdvisory(
        osv('RUSTSEC-1', 'tokio_util', 'crates.io', [{ introduced: '0' }])
      )!
    ])
    const { findings } = matchSboms(index, [
      sbom('pkg:pypi/Zope_Interface@5.0', 'pkg:cargo/tokio-util@0.7.0')
    ])
    expect(findings.map((f) => f.id).sort()).toEqual(['PYSEC-1', 'RUSTSEC-1'])
  })

  it('skips withdrawn advisories', () => {
    const index = buildAdvisoryIndex([
      toAdvisory(
        osv('GHSA-w', 'lodash', 'npm', [{ introduced: '0' }], {
          withdrawn: '2024-02-01T00:00:00Z'
        })
      )!
    ])
    expect(index.withdrawn).toBe(1)
    expect(
      matchSboms(index, [sbom('pkg:npm/lodash@4.17.20')]).findings
    ).toEqual([])
  })

  it('matches Go modules, Maven coordinates and scoped npm names from their purls', () => {
    const index = buildAdvisoryIndex([
      toAdvisory(
        osv('GO-2022-0001', 'golang.org/x/text', 'Go', [
          { introduced: '0' },
          { fixed: '0.3.8' }
        ])
      )!,
      toAdvisory(
        osv('GHSA-m', 'com.fasterxml.jackson.core:jackson-databind', 'Maven', [
          { introduced: '2.10.0' },
          { fixed: '2.10.5.1' }
        ])
      )!,
      toAdvisory(
        osv('GHSA-s', '@actions/core', 'npm', [
          { introduced: '0' },
          { fixed: '1.9.1' }
        ])
      )!
    ])
    const { findings } = matchSboms(index, [
      sbom(
        'pkg:golang/golang.org/x/text@v0.3.7',
        'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar',
        'pkg:npm/%40actions/core@1.6.0'
      )
    ])
    expect(findings.map((f) => f.id).sort()).toEqual([
      'GHSA-m',
      'GHSA-s',
      'GO-2022-0001'
    ])
  })

  it('lists GIT-only matches as not evaluated instead of dropping them', () => {
    const advisory = toAdvisory({
      id: 'OSV-1',
      modified: '',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'x' },
          ranges: [
            { type: 'GIT', repo: 'https://g/r', events: [{ introduced: '0' }] }
          ]
        }
      ]
    })!
    const result = matchSboms(buildAdvisoryIndex([advisory]), [
      sbom('pkg:pypi/x@1.0')
    ])
    expect(result.findings).toEqual([])
    expect(result.notEvaluated).toEqual([
      {
        advisory: 'OSV-1',
        purl: 'pkg:pypi/x@1.0',
        reason: expect.stringContaining('GIT range')
      }
    ])
  })
})
