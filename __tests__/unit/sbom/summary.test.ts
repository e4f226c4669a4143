import { describe, expect, it } from '@jest/globals'
import {
  buildSbomSummary,
  countSbom,
  MAX_LISTED_NAMES
} from '../../../src/lib/sbom/summary.js'
import { sampleGraph } from '../../helpers/sbom-graph.js'

describe('the sbom job summary', () => {
  it('counts components per ecosystem, dev-only ones, and the gaps', () => {
    expect(countSbom('source', '.', sampleGraph())).toEqual({
      label: 'source',
      subject: '.',
      components: 6,
      devOnly: 2,
      ecosystems: [
        ['npm', 5],
        ['pypi', 1]
      ],
      kinds: [['language package', 6]],
      withoutLicense: ['tool'],
      withoutHash: ['@scope/pkg@2.0.0', 'chalk@5.0.0', 'tool']
    })
  })

  it('renders one escaped row per SBOM and lists the gaps, long lists cut short', () => {
    const graph = sampleGraph()
    const many = Array.from({ length: MAX_LISTED_NAMES + 3 }, (_, i) => ({
      ...graph.components[0]!,
      ref: `x${i}`,
      name: `<x${i}>`,
      licenses: []
    }))
    const summary = buildSbomSummary(
      [countSbom('source', 'a&b', { ...graph, components: many })],
      ['/w/sbom-source.cyclonedx.json']
    )
    expect(summary.rows).toEqual([
      [
        '<code>source</code>',
        '<code>a&amp;b</code>',
        '53',
        'npm 53',
        'language package 53',
        '0',
        '53',
        '0'
      ]
    ])
    expect(summary.gaps).toContain(
      '<summary>source: without a license (53)</summary><code>&lt;x0&gt;@4.17.21</code>'
    )
    expect(summary.gaps).toContain(' and 3 more</details>')
    expect(summary.gaps).not.toContain('without a hash')
    expect(summary.gaps).toContain('<code>/w/sbom-source.cyclonedx.json</code>')
  })
})
