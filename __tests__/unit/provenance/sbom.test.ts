import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import {
  MAX_PREDICATE_BYTES,
  REFERENCE_PREDICATE_TYPE,
  buildSbomPredicate,
  detectSbomFormat,
  releaseDownloadBase
} from '../../../src/lib/provenance/sbom.js'

const CYCLONEDX = { bomFormat: 'CycloneDX', specVersion: '1.6', components: [] }
const SPDX = { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT' }

describe('detectSbomFormat', () => {
  it.each([
    [CYCLONEDX, 'https://cyclonedx.org/bom', 'application/vnd.cyclonedx+json'],
    [SPDX, 'https://spdx.dev/Document/v2.3', 'application/spdx+json'],
    [
      { spdxVersion: 'SPDX-2.2' },
      'https://spdx.dev/Document/v2.2',
      'application/spdx+json'
    ]
  ])('%j -> %s', (doc, predicateType, mediaType) => {
    expect(detectSbomFormat(doc, 'sbom-path')).toMatchObject({
      predicateType,
      mediaType
    })
  })

  it.each([
    [{ name: 'not an sbom' }],
    [{ bomFormat: 'cyclonedx' }],
    [{ spdxVersion: 'SPDX-3.0' }],
    [[]],
    [null]
  ])('refuses %j, naming sbom-path', (doc) => {
    let thrown: unknown
    try {
      detectSbomFormat(doc, 'sbom-path')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect(thrown).toMatchObject({ code: 'PROVENANCE_SBOM_FORMAT' })
    expect((thrown as Error).message).toMatch(/^input "sbom-path" is neither/)
  })
})

describe('buildSbomPredicate', () => {
  const format = detectSbomFormat(SPDX, 'sbom-path')
  const context = {
    attesterId:
      'https://github.com/acme/widget/.github/workflows/r.yml@refs/tags/v1',
    downloadBase: 'https://github.com/acme/widget/releases/download/v1'
  }

  it('embeds an SBOM up to the 16 MB limit', () => {
    const file = {
      name: 'sbom.spdx.json',
      sha256: 'aa',
      predicateBytes: MAX_PREDICATE_BYTES
    }
    expect(buildSbomPredicate(SPDX, format, file, context)).toEqual({
      predicateType: 'https://spdx.dev/Document/v2.3',
      predicate: SPDX,
      referenced: false
    })
  })

  it('references a larger SBOM by name, digest and release URL', () => {
    const file = {
      name: 'sbom big.spdx.json',
      sha256: 'aa',
      predicateBytes: MAX_PREDICATE_BYTES + 1
    }
    expect(buildSbomPredicate(SPDX, format, file, context)).toEqual({
      predicateType: REFERENCE_PREDICATE_TYPE,
      predicate: {
        attester: { id: context.attesterId },
        references: [
          {
            name: 'sbom big.spdx.json',
            digest: { sha256: 'aa' },
            mediaType: 'application/spdx+json',
            downloadLocation:
              'https://github.com/acme/widget/releases/download/v1/sbom%20big.spdx.json'
          }
        ]
      },
      referenced: true
    })
    const untagged = buildSbomPredicate(SPDX, format, file, {
      ...context,
      downloadBase: undefined
    })
    expect(untagged.predicate).not.toHaveProperty(
      'references.0.downloadLocation'
    )
  })
})

describe('releaseDownloadBase', () => {
  it.each([
    ['refs/tags/v1.0.0', 'https://github.com/a/b/releases/download/v1.0.0'],
    ['refs/heads/main', undefined]
  ])('%s -> %s', (ref, base) => {
    expect(releaseDownloadBase('https://github.com', 'a/b', ref)).toBe(base)
  })
})
