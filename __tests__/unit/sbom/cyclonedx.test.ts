import { describe, expect, it } from '@jest/globals'
import {
  buildCycloneDx,
  buildCycloneDxSbom
} from '../../../src/lib/sbom/cyclonedx.js'
import { toSbomText } from '../../../src/lib/sbom/sbom-text.js'
import {
  DOCUMENT_OPTIONS,
  reversedGraph,
  sampleGraph
} from '../../helpers/sbom-graph.js'

interface CdxComponent {
  'bom-ref': string
  name: string
  group?: string
  version?: string
  scope?: string
  purl?: string
  hashes?: { alg: string; content: string }[]
  licenses?: Record<string, unknown>[]
  externalReferences?: { type: string; url: string }[]
  properties?: { name: string; value: string }[]
}

interface CdxDocument {
  bomFormat: string
  specVersion: string
  serialNumber: string
  version: number
  metadata: {
    timestamp: string
    tools: { components: { name: string; version: string }[] }
    component: CdxComponent & { type: string }
    properties: { name: string; value: string }[]
  }
  components: CdxComponent[]
  dependencies: { ref: string; dependsOn?: string[] }[]
}

const build = (): CdxDocument =>
  JSON.parse(buildCycloneDx(sampleGraph(), DOCUMENT_OPTIONS)) as CdxDocument

const byRef = (doc: CdxDocument, ref: string): CdxComponent =>
  doc.components.find((c) => c['bom-ref'] === ref)!

describe('buildCycloneDx', () => {
  it('writes a CycloneDX 1.6 document with the tool, time, root and environment', () => {
    const doc = build()
    expect(doc).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1
    })
    expect(doc.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
    expect(doc.metadata.timestamp).toBe('2024-12-02T18:34:33.000Z')
    expect(doc.metadata.tools.components).toEqual([
      { type: 'application', name: 'provenant', version: '0.1.0' }
    ])
    expect(doc.metadata.component).toMatchObject({
      type: 'application',
      'bom-ref': 'root',
      name: 'demo-app',
      version: '1.2.3',
      purl: 'pkg:npm/demo-app@1.2.3',
      licenses: [{ license: { id: 'Apache-2.0' } }]
    })
    expect(doc.metadata.properties).toEqual([
      { name: 'provenant:build:node-version', value: 'v24.21.0' },
      { name: 'provenant:build:runner-image', value: 'ubuntu24/20250105.1' },
      { name: 'provenant:build:runner-os', value: 'Linux' }
    ])
  })

  it('sorts components by bom-ref in code-point order', () => {
    expect(build().components.map((c) => c['bom-ref'])).toEqual([
      '@scope/pkg@2.0.0',
      'chalk@5.0.0',
      'jest@29.0.0',
      'lodash@4.17.21',
      'pypi:requests@2.31.0',
      'tool@git'
    ])
  })

  it.each([
    ['lodash@4.17.21', 'required'],
    ['@scope/pkg@2.0.0', 'optional'],
    ['jest@29.0.0', 'excluded'],
    ['chalk@5.0.0', 'excluded']
  ])('maps the scope of %s to %s', (ref, scope) => {
    expect(byRef(build(), ref).scope).toBe(scope)
  })

  it('writes ids, expressions and names as CycloneDX license choices', () => {
    const doc = build()
    expect(byRef(doc, 'lodash@4.17.21').licenses).toEqual([
      { license: { id: 'MIT' } }
    ])
    expect(byRef(doc, '@scope/pkg@2.0.0').licenses).toEqual([
      { expression: 'Apache-2.0 OR MIT' }
    ])
    expect(byRef(doc, 'jest@29.0.0').licenses).toEqual([
      { license: { name: 'UNLICENSED' } }
    ])
    // A case-insensitive SPDX id is fixed up; a name stays a name.
    expect(byRef(doc, 'chalk@5.0.0').licenses).toEqual([
      { license: { name: 'BSD License' } },
      { license: { id: 'MIT' } }
    ])
  })

  it('writes every well-formed hash, sorted, including several of one algorithm', () => {
    const doc = build()
    expect(byRef(doc, 'pypi:requests@2.31.0').hashes).toEqual([
      { alg: 'SHA-256', content: 'e'.repeat(64) },
      { alg: 'SHA-256', content: 'f'.repeat(64) }
    ])
    expect(byRef(doc, 'lodash@4.17.21').hashes?.map((h) => h.alg)).toEqual([
      'SHA-1',
      'SHA-512'
    ])
    expect(byRef(doc, 'tool@git').hashes).toBeUndefined()
  })

  it('splits npm scopes into group and name, and keeps purls', () => {
    expect(byRef(build(), '@scope/pkg@2.0.0')).toMatchObject({
      group: '@scope',
      name: 'pkg',
      purl: 'pkg:npm/%40scope/pkg@2.0.0'
    })
  })

  it('says where a component comes from', () => {
    const doc = build()
    expect(byRef(doc, 'tool@git')).toMatchObject({
      externalReferences: [
        {
          type: 'vcs',
          url: `https://github.com/example/tool.git#${'d'.repeat(40)}`
        }
      ],
      properties: [{ name: 'provenant:origin', value: 'git' }]
    })
    expect(byRef(doc, 'lodash@4.17.21').externalReferences).toEqual([
      {
        type: 'distribution',
        url: 'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz'
      }
    ])
  })

  it('writes the dependency edges, without self-edges or edges to unknown refs', () => {
    const doc = build()
    const deps = new Map(doc.dependencies.map((d) => [d.ref, d.dependsOn]))
    expect(deps.get('root')).toEqual([
      '@scope/pkg@2.0.0',
      'jest@29.0.0',
      'lodash@4.17.21',
      'pypi:requests@2.31.0',
      'tool@git'
    ])
    expect(deps.get('jest@29.0.0')).toEqual(['chalk@5.0.0', 'lodash@4.17.21'])
    expect(deps.get('lodash@4.17.21')).toBeUndefined()
  })

  it('gives byte-identical output for the same graph, in any order', () => {
    const first = buildCycloneDx(sampleGraph(), DOCUMENT_OPTIONS)
    expect(buildCycloneDx(sampleGraph(), DOCUMENT_OPTIONS)).toBe(first)
    expect(buildCycloneDx(reversedGraph(sampleGraph()), DOCUMENT_OPTIONS)).toBe(
      first
    )
  })

  it('writes exactly the document it validates', () => {
    const { document, chunks } = buildCycloneDxSbom(
      sampleGraph(),
      DOCUMENT_OPTIONS
    )
    const text = [...chunks()].join('')
    expect(text).toBe(toSbomText(document))
    expect(JSON.parse(text)).toEqual(document)
  })

  it('derives the serial number from the content', () => {
    const later = JSON.parse(
      buildCycloneDx(sampleGraph(), {
        ...DOCUMENT_OPTIONS,
        timestamp: new Date(1733164474 * 1000)
      })
    ) as CdxDocument
    expect(later.serialNumber).not.toBe(build().serialNumber)
  })

  it('fails on a graph with two components of one ref (a reader bug)', () => {
    const graph = sampleGraph()
    graph.components.push({ ...graph.components[0]! })
    expect(() => buildCycloneDx(graph, DOCUMENT_OPTIONS)).toThrow(
      expect.objectContaining({ code: 'SBOM_DUPLICATE_REF', kind: 'internal' })
    )
  })
})
