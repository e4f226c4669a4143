/** Checksum files, SBOM documents and rebuild verdicts, as verify reads them. */
import { describe, expect, it } from '@jest/globals'
import { VerificationError } from '../../../src/lib/errors.js'
import {
  assertChecksumEntry,
  entriesFor,
  parseChecksumFile
} from '../../../src/lib/verify/checksums.js'
import {
  rebuildEntriesFor,
  toRebuildEntries
} from '../../../src/lib/verify/rebuild.js'
import { assertSbom, sbomApplies } from '../../../src/lib/verify/sbom.js'
import { cyclonedx } from '../../helpers/verify-fixtures.js'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)
const C512 = 'c'.repeat(128)

function codeOf(check: () => void): string | undefined {
  try {
    check()
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(VerificationError)
    return (error as VerificationError).code
  }
}

describe('checksum files', () => {
  const file = parseChecksumFile(
    [
      `${A}  dist/a.tar.gz`,
      `${B} *b.whl`,
      `SHA512 (c.zip) = ${C512}`,
      '# comment',
      'garbage line',
      ''
    ].join('\n')
  )

  it('reads sha256sum text and binary lines and BSD lines, skipping the rest', () => {
    expect(file.entries.map((e) => [e.name, e.algorithm, e.line])).toEqual([
      ['dist/a.tar.gz', 'sha256', 1],
      ['b.whl', 'sha256', 2],
      ['c.zip', 'sha512', 3]
    ])
    expect(file.skippedLines).toBe(1)
  })

  it('finds lines by name, or by digest for a bare digest artifact, and checks them', () => {
    expect(entriesFor(file, 'a.tar.gz', { sha256: A }, undefined)).toHaveLength(
      1
    )
    expect(
      entriesFor(file, undefined, { sha256: B }, undefined).map((e) => e.name)
    ).toEqual(['b.whl'])
    const line = entriesFor(file, 'a.tar.gz', { sha256: B }, undefined)[0]!
    expect(codeOf(() => assertChecksumEntry(line, { sha256: B }))).toBe(
      'VERIFY_CHECKSUM_MISMATCH'
    )
    expect(
      codeOf(() => assertChecksumEntry(line, { sha256: A }))
    ).toBeUndefined()
  })

  it('ties a bare digest in <file>.sha256 to that file', () => {
    const bare = parseChecksumFile(`${A}\n`)
    expect(
      entriesFor(bare, 'a.tar.gz', { sha256: A }, 'a.tar.gz')
    ).toHaveLength(1)
    expect(entriesFor(bare, 'other', { sha256: A }, 'a.tar.gz')).toHaveLength(0)
  })
})

describe('SBOMs', () => {
  it.each<[string, unknown, string | undefined]>([
    ['CycloneDX', cyclonedx(), undefined],
    [
      'SPDX',
      {
        spdxVersion: 'SPDX-2.3',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: 'x',
        packages: []
      },
      undefined
    ],
    [
      'CycloneDX without specVersion',
      { bomFormat: 'CycloneDX' },
      'VERIFY_SBOM_INVALID'
    ],
    [
      'SPDX without SPDXID',
      { spdxVersion: 'SPDX-2.3', name: 'x' },
      'VERIFY_SBOM_INVALID'
    ],
    [
      'SPDX 3 (not supported)',
      { spdxVersion: 'SPDX-3.0' },
      'VERIFY_SBOM_INVALID'
    ],
    ['an array', [], 'VERIFY_SBOM_INVALID']
  ])('%s', (_name, document, code) => {
    expect(codeOf(() => assertSbom(document, 'sbom.json'))).toBe(code)
  })

  it('applies to an artifact unless it describes other bytes', () => {
    expect(sbomApplies(assertSbom(cyclonedx(), 'x'), { sha256: A })).toBe(true)
    expect(
      sbomApplies(assertSbom(cyclonedx({ name: 'a', sha256: A }), 'x'), {
        sha256: A
      })
    ).toBe(true)
    expect(
      sbomApplies(assertSbom(cyclonedx({ name: 'a', sha256: A }), 'x'), {
        sha256: B
      })
    ).toBe(false)
    const spdx = {
      spdxVersion: 'SPDX-2.3',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'x',
      packages: [
        {
          SPDXID: 'SPDXRef-pkg',
          checksums: [{ algorithm: 'SHA256', checksumValue: A }]
        }
      ],
      relationships: [
        {
          spdxElementId: 'SPDXRef-DOCUMENT',
          relationshipType: 'DESCRIBES',
          relatedSpdxElement: 'SPDXRef-pkg'
        }
      ]
    }
    expect(sbomApplies(assertSbom(spdx, 'x'), { sha256: B })).toBe(false)
    expect(sbomApplies(assertSbom(spdx, 'x'), { sha256: A })).toBe(true)
  })
})

describe('rebuild verdicts', () => {
  it('reads a report.json with per-artifact results', () => {
    const entries = toRebuildEntries({
      reproducible: false,
      artifacts: [
        { name: 'a', sha256: A, reproducible: true },
        { name: 'b', digest: `sha256:${B}`, status: 'mismatch' }
      ]
    })!
    expect(rebuildEntriesFor(entries, { sha256: A })).toEqual([
      { name: 'a', digest: { sha256: A }, reproducible: true }
    ])
    expect(rebuildEntriesFor(entries, { sha256: B })[0]!.reproducible).toBe(
      false
    )
  })

  it('reads a statement: subjects take the overall verdict unless listed', () => {
    const entries = toRebuildEntries({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [
        { name: 'a', digest: { sha256: A } },
        { name: 'b', digest: { sha256: B } }
      ],
      predicateType: 'https://provenant.dev/rebuild/v1',
      predicate: {
        reproducible: true,
        artifacts: [{ name: 'b', sha256: B, reproducible: false }]
      }
    })!
    expect(entries.map((e) => [e.name, e.reproducible])).toEqual([
      ['a', true],
      ['b', false]
    ])
  })

  it('ignores JSON that is no verdict', () => {
    expect(toRebuildEntries({ hello: 1 })).toBeUndefined()
  })
})
