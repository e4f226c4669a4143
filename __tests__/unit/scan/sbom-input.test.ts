import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import { readSbomDocument } from '../../../src/lib/scan/sbom-input.js'

describe('readSbomDocument', () => {
  it("reads GitHub's dependency-graph export (SPDX 2.3 inside { sbom })", () => {
    const sbom = readSbomDocument(
      {
        sbom: {
          spdxVersion: 'SPDX-2.3',
          SPDXID: 'SPDXRef-DOCUMENT',
          name: 'com.github.o/r',
          documentDescribes: ['SPDXRef-com.github.o-r'],
          packages: [
            {
              SPDXID: 'SPDXRef-com.github.o-r',
              name: 'com.github.o/r',
              versionInfo: ''
            },
            {
              SPDXID: 'SPDXRef-npm-lodash-4.17.20',
              name: 'npm:lodash',
              versionInfo: '4.17.20',
              externalRefs: [
                {
                  referenceCategory: 'PACKAGE-MANAGER',
                  referenceType: 'purl',
                  referenceLocator: 'pkg:npm/lodash@4.17.20'
                }
              ]
            },
            {
              SPDXID: 'SPDXRef-actions-checkout',
              name: 'actions:actions/checkout',
              versionInfo: '4.*.*'
            }
          ]
        }
      },
      'dependency-graph.json'
    )
    expect(sbom).toMatchObject({
      format: 'spdx',
      product: { ref: 'SPDXRef-com.github.o-r', name: 'com.github.o/r' },
      components: [
        {
          ref: 'SPDXRef-npm-lodash-4.17.20',
          ecosystem: 'npm',
          name: 'lodash',
          version: '4.17.20'
        }
      ],
      unidentified: 1
    })
  })

  it('reads nested CycloneDX components and the described product', () => {
    const sbom = readSbomDocument(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        serialNumber: 'urn:uuid:1',
        metadata: {
          component: { 'bom-ref': 'app', name: 'app', version: '1.0.0' }
        },
        components: [
          {
            'bom-ref': 'a',
            purl: 'pkg:pypi/Django@3.2',
            components: [{ 'bom-ref': 'b', purl: 'pkg:cargo/serde@1.0.0' }]
          },
          { 'bom-ref': 'c', name: 'no purl' }
        ]
      },
      'bom.json'
    )
    expect(
      sbom.components.map((c) => [c.ecosystem, c.name, c.version])
    ).toEqual([
      ['PyPI', 'django', '3.2'],
      ['crates.io', 'serde', '1.0.0']
    ])
    expect(sbom).toMatchObject({
      serialNumber: 'urn:uuid:1',
      product: { ref: 'app', version: '1.0.0' },
      unidentified: 1
    })
  })

  it('refuses what it does not read, naming the file and the fix', () => {
    expect(() =>
      readSbomDocument(
        { bomFormat: 'CycloneDX', specVersion: '1.3' },
        'old.json'
      )
    ).toThrow(/old\.json is CycloneDX 1\.3.*CycloneDX 1\.4-1\.6/)
    expect(() => readSbomDocument({ hello: 'world' }, 'x.json')).toThrow(
      InputError
    )
  })
})
