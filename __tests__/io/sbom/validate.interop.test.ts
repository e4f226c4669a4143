/**
 * The precompiled validators against the official schemas and the
 * library's own validator: fresh, and of the same verdict.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { Spec, Validation } from '@cyclonedx/cyclonedx-library'
import { Ajv } from 'ajv'
import {
  assertValidSbom,
  findSchemaProblems
} from '../../../src/io/sbom/validate.js'
import { buildCycloneDx } from '../../../src/lib/sbom/cyclonedx.js'
import { buildSpdx } from '../../../src/lib/sbom/spdx.js'
import { repoPath, SHARED_DIR } from '../../helpers/repo.js'
import { DOCUMENT_OPTIONS, sampleGraph } from '../../helpers/sbom-graph.js'

const run = promisify(execFile)
type Doc = Record<string, unknown> & { components: Record<string, unknown>[] }

const cdxText = (): string => buildCycloneDx(sampleGraph(), DOCUMENT_OPTIONS)
const spdxText = (): string => buildSpdx(sampleGraph(), DOCUMENT_OPTIONS)
const libraryValidator = new Validation.JsonStrictValidator(Spec.Version.v1dot6)

async function officialSpdxValidator(): Promise<(data: unknown) => boolean> {
  const schema = JSON.parse(
    await readFile(
      path.join(SHARED_DIR, 'schemas', 'spdx-schema-v2.3.json'),
      'utf8'
    )
  ) as object
  return new Ajv({ strict: false }).compile(schema)
}

const CDX_BREAKS: [string, (doc: Doc) => void][] = [
  ['no bomFormat', (d) => delete d.bomFormat],
  ['an unknown scope', (d) => (d.components[0]!.scope = 'dev')],
  [
    'an unknown hash algorithm',
    (d) => (d.components[1]!.hashes = [{ alg: 'SHA-999', content: 'ab' }])
  ],
  [
    'a license id outside the SPDX list',
    (d) => (d.components[0]!.licenses = [{ license: { id: 'Not-A-License' } }])
  ],
  ['a bad serial number', (d) => (d.serialNumber = 'urn:uuid:nope')],
  ['an unknown property', (d) => (d.surprise = true)],
  // uniqueItems is checked in linear time: equal items in any key order.
  ['a component twice', (d) => d.components.push({ ...d.components[2]! })],
  [
    'one dependency twice, keys in another order',
    (d) => {
      const deps = d.dependencies as { ref: string; dependsOn?: string[] }[]
      const { ref, dependsOn } = deps[0]!
      deps.push({ dependsOn, ref })
    }
  ],
  [
    'a dependsOn ref twice',
    (d) =>
      (d.dependencies as { dependsOn: string[] }[])[0]!.dependsOn.push(
        'jest@29.0.0'
      )
  ]
]

const SPDX_BREAKS: [
  string,
  (doc: Doc & { packages: Record<string, unknown>[] }) => void
][] = [
  ['no SPDXID', (d) => delete d.SPDXID],
  [
    'an underscore reference category',
    (d) =>
      ((
        d.packages[0]!.externalRefs as Record<string, unknown>[]
      )[0]!.referenceCategory = 'PACKAGE_MANAGER')
  ],
  [
    'an unknown relationship type',
    (d) =>
      ((d.relationships as Record<string, unknown>[])[0]!.relationshipType =
        'LIKES')
  ],
  [
    'a package without downloadLocation',
    (d) => delete d.packages[1]!.downloadLocation
  ],
  [
    'an unknown checksum algorithm',
    (d) =>
      (d.packages[4]!.checksums = [{ algorithm: 'CRC32', checksumValue: '00' }])
  ]
]

describe('SBOM validation', () => {
  it('has validators generated from the current schemas', async () => {
    await expect(
      run(
        process.execPath,
        [repoPath('scripts', 'build-sbom-validators.mjs'), '--check'],
        { cwd: repoPath() }
      )
    ).resolves.toBeDefined()
  })

  it('carries the published SPDX 2.3 schema unchanged', async () => {
    const [copy, published] = await Promise.all([
      readFile(
        repoPath('src', 'io', 'sbom', 'schemas', 'spdx-schema-v2.3.json'),
        'utf8'
      ),
      readFile(
        path.join(SHARED_DIR, 'schemas', 'spdx-schema-v2.3.json'),
        'utf8'
      )
    ])
    expect(copy).toBe(published)
  })

  it('accepts what the writers produce, as the official validators do', async () => {
    const cdx = cdxText()
    const spdx = spdxText()
    expect(findSchemaProblems('cyclonedx', cdx)).toEqual([])
    expect(findSchemaProblems('spdx', spdx)).toEqual([])
    expect(await libraryValidator.validate(cdx)).toBeNull()
    expect((await officialSpdxValidator())(JSON.parse(spdx))).toBe(true)
  })

  it.each(CDX_BREAKS)(
    'rejects a CycloneDX document with %s, as the library does',
    async (_, breakIt) => {
      const doc = JSON.parse(cdxText()) as Doc
      breakIt(doc)
      const text = JSON.stringify(doc)
      expect(findSchemaProblems('cyclonedx', text).length).toBeGreaterThan(0)
      expect(await libraryValidator.validate(text)).not.toBeNull()
    }
  )

  it.each(SPDX_BREAKS)(
    'rejects an SPDX document with %s, as the schema does',
    async (_, breakIt) => {
      const doc = JSON.parse(spdxText()) as Doc & {
        packages: Record<string, unknown>[]
      }
      breakIt(doc)
      expect(
        findSchemaProblems('spdx', JSON.stringify(doc)).length
      ).toBeGreaterThan(0)
      expect((await officialSpdxValidator())(doc)).toBe(false)
    }
  )

  it('fails with an InternalError that names the file when a document is invalid', () => {
    expect(() =>
      assertValidSbom('spdx', '{"spdxVersion": 2}', 'sbom-source.spdx.json')
    ).toThrow(
      expect.objectContaining({
        kind: 'internal',
        code: 'SBOM_SCHEMA_INVALID',
        message: expect.stringContaining(
          'sbom-source.spdx.json does not validate against the SPDX 2.3 schema'
        ) as unknown
      })
    )
    expect(findSchemaProblems('cyclonedx', '{not json')[0]).toMatch(/^not JSON/)
  })
})
