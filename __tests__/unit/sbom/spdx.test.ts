import { describe, expect, it } from '@jest/globals'
import { toSbomText } from '../../../src/lib/sbom/sbom-text.js'
import {
  buildSpdx,
  buildSpdxSbom,
  toSpdxId
} from '../../../src/lib/sbom/spdx.js'
import {
  DOCUMENT_OPTIONS,
  reversedGraph,
  sampleGraph
} from '../../helpers/sbom-graph.js'

interface SpdxPackage {
  SPDXID: string
  name: string
  versionInfo?: string
  downloadLocation: string
  checksums?: { algorithm: string; checksumValue: string }[]
  licenseConcluded: string
  licenseDeclared: string
  externalRefs?: {
    referenceCategory: string
    referenceType: string
    referenceLocator: string
  }[]
  primaryPackagePurpose: string
}

interface SpdxDocument {
  spdxVersion: string
  dataLicense: string
  SPDXID: string
  name: string
  documentNamespace: string
  creationInfo: { created: string; creators: string[]; comment?: string }
  packages: SpdxPackage[]
  relationships: {
    spdxElementId: string
    relationshipType: string
    relatedSpdxElement: string
  }[]
  hasExtractedLicensingInfos?: {
    licenseId: string
    extractedText: string
    name: string
  }[]
}

const build = (): SpdxDocument =>
  JSON.parse(buildSpdx(sampleGraph(), DOCUMENT_OPTIONS)) as SpdxDocument

const pkg = (doc: SpdxDocument, ref: string): SpdxPackage =>
  doc.packages.find((p) => p.SPDXID === toSpdxId(ref))!

describe('buildSpdx', () => {
  it('writes an SPDX 2.3 document with creation info and the environment', () => {
    const doc = build()
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'demo-app@1.2.3'
    })
    expect(doc.creationInfo).toEqual({
      created: '2024-12-02T18:34:33Z',
      creators: ['Tool: provenant-0.1.0'],
      comment:
        'Build environment:\nprovenant:build:node-version=v24.21.0\nprovenant:build:runner-image=ubuntu24/20250105.1\nprovenant:build:runner-os=Linux'
    })
    expect(doc.documentNamespace).toMatch(
      /^https:\/\/spdx\.org\/spdxdocs\/provenant\/demo-app@1\.2\.3-[0-9a-f-]{36}$/
    )
  })

  it('derives readable, unique SPDX ids from refs', () => {
    expect(toSpdxId('@scope/pkg@2.0.0')).toMatch(
      /^SPDXRef-Package-scope-pkg-2\.0\.0-[0-9a-f]{10}$/
    )
    expect(toSpdxId('a/b')).not.toBe(toSpdxId('a-b'))
    const ids = build().packages.map((p) => p.SPDXID)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('describes each package: version, checksums, purl, licenses, download location', () => {
    const doc = build()
    expect(pkg(doc, 'lodash@4.17.21')).toEqual({
      SPDXID: toSpdxId('lodash@4.17.21'),
      name: 'lodash',
      versionInfo: '4.17.21',
      downloadLocation:
        'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz',
      filesAnalyzed: false,
      checksums: [
        { algorithm: 'SHA1', checksumValue: 'b'.repeat(40) },
        { algorithm: 'SHA512', checksumValue: 'a'.repeat(128) }
      ],
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'MIT',
      copyrightText: 'NOASSERTION',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:npm/lodash@4.17.21'
        }
      ],
      primaryPackagePurpose: 'LIBRARY'
    })
    expect(pkg(doc, 'tool@git')).toMatchObject({
      downloadLocation: `git+https://github.com/example/tool.git@${'d'.repeat(40)}`,
      licenseDeclared: 'NOASSERTION'
    })
    expect(pkg(doc, 'tool@git').versionInfo).toBeUndefined()
    expect(pkg(doc, '@scope/pkg@2.0.0')).toMatchObject({
      downloadLocation: 'NOASSERTION',
      licenseDeclared: 'Apache-2.0 OR MIT'
    })
    expect(pkg(doc, 'root')).toMatchObject({
      primaryPackagePurpose: 'APPLICATION'
    })
  })

  it('writes names as LicenseRef-* with extracted licensing infos', () => {
    const doc = build()
    expect(pkg(doc, 'chalk@5.0.0').licenseDeclared).toBe(
      'LicenseRef-BSD-License AND MIT'
    )
    expect(pkg(doc, 'jest@29.0.0').licenseDeclared).toBe(
      'LicenseRef-UNLICENSED'
    )
    expect(doc.hasExtractedLicensingInfos).toEqual([
      {
        licenseId: 'LicenseRef-BSD-License',
        name: 'BSD License',
        extractedText: 'BSD License'
      },
      {
        licenseId: 'LicenseRef-UNLICENSED',
        name: 'UNLICENSED',
        extractedText: 'UNLICENSED'
      }
    ])
  })

  it('relates the document to the root, and packages by DEPENDS_ON and DEV_DEPENDENCY_OF', () => {
    const doc = build()
    const id = toSpdxId
    const relation = (a: string, type: string, b: string): string =>
      `${a} ${type} ${b}`
    const relations = doc.relationships.map((r) =>
      relation(r.spdxElementId, r.relationshipType, r.relatedSpdxElement)
    )
    expect(relations[0]).toBe(
      relation('SPDXRef-DOCUMENT', 'DESCRIBES', id('root'))
    )
    expect(relations).toEqual(
      expect.arrayContaining([
        relation(id('root'), 'DEPENDS_ON', id('lodash@4.17.21')),
        relation(id('root'), 'DEPENDS_ON', id('@scope/pkg@2.0.0')),
        // A dev dependency of the root: "A DEV_DEPENDENCY_OF B", A the dependency.
        relation(id('jest@29.0.0'), 'DEV_DEPENDENCY_OF', id('root')),
        // Inside the dev-only part, edges are plain dependencies.
        relation(id('jest@29.0.0'), 'DEPENDS_ON', id('chalk@5.0.0')),
        relation(id('jest@29.0.0'), 'DEPENDS_ON', id('lodash@4.17.21'))
      ])
    )
    expect(relations).toHaveLength(8)
  })

  it('gives byte-identical output for the same graph, in any order', () => {
    const first = buildSpdx(sampleGraph(), DOCUMENT_OPTIONS)
    expect(buildSpdx(sampleGraph(), DOCUMENT_OPTIONS)).toBe(first)
    expect(buildSpdx(reversedGraph(sampleGraph()), DOCUMENT_OPTIONS)).toBe(
      first
    )
  })

  it('writes exactly the document it validates', () => {
    const { document, chunks } = buildSpdxSbom(sampleGraph(), DOCUMENT_OPTIONS)
    const text = [...chunks()].join('')
    expect(text).toBe(toSbomText(document))
    expect(JSON.parse(text)).toEqual(document)
  })

  it('derives the namespace from the content', () => {
    const graph = sampleGraph()
    graph.components[0]!.licenses = ['ISC']
    const changed = JSON.parse(
      buildSpdx(graph, DOCUMENT_OPTIONS)
    ) as SpdxDocument
    expect(changed.documentNamespace).not.toBe(build().documentNamespace)
  })

  it('leaves the comment out when nothing is known of the environment', () => {
    const doc = JSON.parse(
      buildSpdx(sampleGraph(), { ...DOCUMENT_OPTIONS, environment: {} })
    ) as SpdxDocument
    expect(doc.creationInfo.comment).toBeUndefined()
  })
})
