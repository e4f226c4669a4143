import { describe, expect, it } from '@jest/globals'
import { buildBuildProvenanceSummary } from '../../../src/lib/provenance/build-provenance.js'
import {
  MAX_SUMMARY_ROWS,
  buildProvenanceJobSummary
} from '../../../src/lib/provenance/summary.js'
import { TAG_CLAIMS } from '../../helpers/provenance-claims.js'

describe('buildProvenanceJobSummary', () => {
  const base = {
    subjects: 2,
    bundles: [
      {
        kind: 'provenance' as const,
        path: '/w/out/provenance.sigstore.json',
        predicateType: 'https://slsa.dev/provenance/v1',
        subjects: 2
      }
    ],
    summary: buildBuildProvenanceSummary(
      TAG_CLAIMS,
      'https://github.com',
      false
    ),
    certificatesIssued: 1
  }

  it('lists bundles and links to the stored attestations', () => {
    const summary = buildProvenanceJobSummary({
      ...base,
      attestationUrls: ['https://github.com/acme/widget/attestations/1'],
      storeWarning: undefined
    })
    expect(summary.rows).toEqual([
      [
        '<code>provenance.sigstore.json</code>',
        'https://slsa.dev/provenance/v1',
        '2'
      ]
    ])
    expect(summary.text).toMatch(/1 stored with GitHub/)
    expect(summary.links[0]).toMatch(/^<a href="https:\/\/github.com\/acme/)
  })

  it('says why nothing was stored, escaped', () => {
    const summary = buildProvenanceJobSummary({
      ...base,
      attestationUrls: [],
      storeWarning: 'HTTP 403 <script>'
    })
    expect(summary.text).toMatch(/not stored: HTTP 403 &lt;script&gt;/)
  })

  it('lists at most MAX_SUMMARY_ROWS bundles and says how many there are', () => {
    const bundles = Array.from({ length: MAX_SUMMARY_ROWS + 5 }, (_, i) => ({
      ...base.bundles[0]!,
      path: `/w/out/f${i}.provenance.sigstore.json`
    }))
    const summary = buildProvenanceJobSummary({
      ...base,
      bundles,
      attestationUrls: [],
      storeWarning: undefined
    })
    expect(summary.rows).toHaveLength(MAX_SUMMARY_ROWS)
    expect(summary.text).toMatch(
      `The first ${MAX_SUMMARY_ROWS} of ${MAX_SUMMARY_ROWS + 5} bundles`
    )
    expect(summary.text).toMatch(/not stored \(store: false\)/)
  })
})
