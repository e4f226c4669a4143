import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import { inVersRange } from '../../../src/lib/scan/vers.js'
import { readVexDocument } from '../../../src/lib/scan/vex.js'
import { findVexStatement } from '../../../src/lib/scan/vex-match.js'

const component = {
  ref: 'c1',
  purl: 'pkg:npm/lodash@4.17.20',
  version: '4.17.20'
}
const product = {
  ref: 'app',
  name: 'app',
  version: '1.0.0',
  purl: 'pkg:npm/app@1.0.0'
}

describe('VEX', () => {
  it('reads OpenVEX v0.2.0 with products and subcomponents, matching by alias', () => {
    const statements = readVexDocument(
      {
        '@context': 'https://openvex.dev/ns/v0.2.0',
        statements: [
          {
            vulnerability: {
              name: 'CVE-2021-23337',
              aliases: ['GHSA-35jh-r3h4-6jhm']
            },
            products: [
              {
                '@id': 'pkg:npm/app@1.0.0',
                subcomponents: [{ '@id': 'pkg:npm/lodash@4.17.20' }]
              }
            ],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path'
          }
        ]
      },
      'app.vex.json'
    )
    const found = findVexStatement(statements, {
      ids: ['GHSA-35jh-r3h4-6jhm'],
      component,
      product
    })
    expect(found).toMatchObject({
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      source: 'app.vex.json'
    })
    expect(
      findVexStatement(statements, {
        ids: ['GHSA-35jh-r3h4-6jhm'],
        component: { ...component, purl: 'pkg:npm/other@1.0.0' },
        product
      })
    ).toBeUndefined()
    expect(
      findVexStatement(statements, {
        ids: ['CVE-0000-0000'],
        component,
        product
      })
    ).toBeUndefined()
  })

  it('reads OpenVEX v0.0.1 (string vulnerability and purl products)', () => {
    const statements = readVexDocument(
      {
        '@context': 'https://openvex.dev/ns',
        statements: [
          {
            vulnerability: 'CVE-1',
            products: ['pkg:npm/lodash@4.17.20'],
            status: 'fixed'
          }
        ]
      },
      'old.json'
    )
    expect(
      findVexStatement(statements, { ids: ['CVE-1'], component })?.status
    ).toBe('fixed')
  })

  it('lets the latest statement win', () => {
    const statements = readVexDocument(
      {
        '@context': 'https://openvex.dev/ns/v0.2.0',
        statements: [
          {
            vulnerability: { name: 'CVE-1' },
            products: [{ '@id': 'pkg:npm/lodash' }],
            status: 'not_affected',
            justification: 'component_not_present',
            timestamp: '2024-02-01T00:00:00Z'
          },
          {
            vulnerability: { name: 'CVE-1' },
            products: [{ '@id': 'pkg:npm/lodash' }],
            status: 'affected',
            timestamp: '2024-01-01T00:00:00Z'
          }
        ]
      },
      'v.json'
    )
    expect(
      findVexStatement(statements, { ids: ['CVE-1'], component })?.status
    ).toBe('not_affected')
  })

  it('reads CycloneDX analysis with per-version statuses and BOM-Links', () => {
    const statements = readVexDocument(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        vulnerabilities: [
          {
            id: 'CVE-2',
            analysis: {
              state: 'not_affected',
              justification: 'code_not_reachable'
            },
            affects: [
              {
                ref: 'urn:cdx:aaaa/1#app',
                versions: [
                  { range: 'vers:semver/>=1.0.0|<2.0.0', status: 'unaffected' }
                ]
              }
            ]
          }
        ]
      },
      'vex.cdx.json'
    )
    const subject = (
      version: string,
      serial: string
    ): Parameters<typeof findVexStatement>[1] => ({
      ids: ['CVE-2'],
      component,
      product: { ...product, version },
      serialNumber: serial
    })
    expect(
      findVexStatement(statements, subject('1.5.0', 'urn:uuid:aaaa'))?.status
    ).toBe('not_affected')
    expect(
      findVexStatement(statements, subject('2.0.0', 'urn:uuid:aaaa'))
    ).toBeUndefined()
    expect(
      findVexStatement(statements, subject('1.5.0', 'urn:uuid:bbbb'))
    ).toBeUndefined()
  })

  it('rejects a document that is not VEX, and an unknown status, naming the file', () => {
    expect(() => readVexDocument({ hello: 1 }, 'x.json')).toThrow(InputError)
    expect(() =>
      readVexDocument(
        {
          '@context': 'https://openvex.dev/ns',
          statements: [{ vulnerability: 'C', status: 'maybe' }]
        },
        'y.json'
      )
    ).toThrow(/y\.json.*maybe/)
  })

  it.each([
    ['vers:semver/<7.0.0|>=1.5.0', '3.0.0', true],
    ['vers:semver/<7.0.0|>=1.5.0', '7.0.0', false],
    ['vers:semver/<1.5.0|>=7.0.0', '1.0.0', true],
    ['vers:semver/<1.5.0|>=7.0.0', '8.0.0', true],
    ['vers:semver/<1.5.0|>=7.0.0', '3.0.0', false],
    ['vers:generic/>=2.9|<=4.1', '3.10', true],
    ['vers:generic/>=2.9|<=4.1', '4.2', false],
    ['vers:npm/1.0.0|2.0.0', '2.0.0', true],
    ['vers:npm/*', '9.9.9', true],
    ['vers:npm/>=1.0.0|!=1.2.0', '1.2.0', false]
  ] as const)('%s contains %s: %s', (range, version, inside) => {
    expect(inVersRange(range, version)).toBe(inside)
  })
})
