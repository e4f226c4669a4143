/** The sbom core end to end on disk: paths -> validated files. */
import { cp, readFile, realpath, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  generateSboms,
  type SbomRequest
} from '../../../src/io/sbom/generate.js'
import { findSchemaProblems } from '../../../src/io/sbom/validate.js'
import { DOCUMENT_OPTIONS } from '../../helpers/sbom-graph.js'
import {
  CORPUS_TGZ as TGZ,
  makeSbomWorkspace,
  sbomRequest
} from '../../helpers/sbom-workspace.js'

let ws: string
beforeEach(async () => {
  ws = await makeSbomWorkspace()
})
afterEach(async () => {
  await rm(ws, { recursive: true, force: true })
})

const request = (over: Partial<SbomRequest>): SbomRequest =>
  sbomRequest(ws, over)

interface Cdx {
  components: {
    group?: string
    name: string
    version?: string
    scope?: string
    hashes?: unknown[]
  }[]
}

describe('generateSboms', () => {
  it('writes both formats beside each path, valid, with the corpus counts', async () => {
    const result = await generateSboms(
      request({
        paths: [
          'app',
          'dist/gyp_next-0.16.1-py3-none-any.whl',
          'dist/ms-2.1.3.tgz'
        ]
      }),
      DOCUMENT_OPTIONS
    )
    expect(result.sboms.map((s) => [s.label, s.kind, s.subject])).toEqual([
      ['source', 'source', 'app'],
      ['wheel', 'wheel', 'dist/gyp_next-0.16.1-py3-none-any.whl'],
      ['npm', 'npm', 'dist/ms-2.1.3.tgz']
    ])
    expect(result.files.map((f) => path.relative(ws, f))).toEqual([
      'app/sbom-source.cyclonedx.json',
      'app/sbom-source.spdx.json',
      'dist/sbom-wheel.cyclonedx.json',
      'dist/sbom-wheel.spdx.json',
      'dist/sbom-npm.cyclonedx.json',
      'dist/sbom-npm.spdx.json'
    ])
    for (const file of result.files) {
      const format = file.endsWith('.cyclonedx.json') ? 'cyclonedx' : 'spdx'
      expect(findSchemaProblems(format, await readFile(file, 'utf8'))).toEqual(
        []
      )
    }
    const cdx = JSON.parse(await readFile(result.files[0]!, 'utf8')) as Cdx
    const pair = (c: Cdx['components'][number]): string =>
      `${c.group ? `${c.group}/` : ''}${c.name}@${c.version ?? ''}`
    const pairs = new Set(cdx.components.map(pair))
    const dev = new Set(
      cdx.components.filter((c) => c.scope === 'excluded').map(pair)
    )
    const hashed = new Set(
      cdx.components.filter((c) => (c.hashes ?? []).length > 0).map(pair)
    )
    // corpus/npm/actions-cache/expected.json
    expect([pairs.size, dev.size, hashed.size]).toEqual([508, 458, 508])
  })

  it('writes into output-dir (created) only the formats asked for', async () => {
    const result = await generateSboms(
      request({
        paths: ['dist/ms-2.1.3.tgz'],
        formats: ['spdx'],
        outputDir: 'out/sboms'
      }),
      DOCUMENT_OPTIONS
    )
    expect(result.files).toEqual([
      path.join(await realpath(ws), 'out', 'sboms', 'sbom-npm.spdx.json')
    ])
  })

  it('takes globs for the files they match, sorted, never its own SBOMs', async () => {
    const globbed = async (): Promise<string[]> => {
      const result = await generateSboms(
        request({ paths: ['dist/*'] }),
        DOCUMENT_OPTIONS
      )
      return result.sboms.map((s) => `${s.label} ${s.subject}`)
    }
    const expected = [
      'wheel dist/gyp_next-0.16.1-py3-none-any.whl',
      'npm dist/ms-2.1.3.tgz'
    ]
    expect(await globbed()).toEqual(expected)
    // The SBOMs now lie in dist/ too: a re-run describes the same files.
    expect(await globbed()).toEqual(expected)
    await expect(
      generateSboms(request({ paths: ['dist/*.jar'] }), DOCUMENT_OPTIONS)
    ).rejects.toMatchObject({
      code: 'SBOM_PATH_NO_MATCH',
      message: expect.stringContaining(
        'input "path" has dist/*.jar, which matches no file'
      ) as unknown
    })
    await expect(
      generateSboms(request({ paths: ['../*/x'] }), DOCUMENT_OPTIONS)
    ).rejects.toMatchObject({
      code: 'SBOM_PATH_OUTSIDE_WORKSPACE'
    })
  })

  it('gives byte-identical files for the same inputs and time', async () => {
    const read = async (): Promise<string[]> => {
      const { files } = await generateSboms(
        request({ paths: ['app', 'dist/gyp_next-0.16.1-py3-none-any.whl'] }),
        DOCUMENT_OPTIONS
      )
      return Promise.all(files.map((f) => readFile(f, 'utf8')))
    }
    expect(await read()).toEqual(await read())
  })

  it('labels by name, and by kind and file name where kinds clash', async () => {
    await cp(TGZ, path.join(ws, 'dist', 'ms-copy.tgz'))
    const named = await generateSboms(
      request({ paths: ['dist/ms-2.1.3.tgz'], label: 'release' }),
      DOCUMENT_OPTIONS
    )
    expect(named.sboms[0]!.label).toBe('release')
    const clash = await generateSboms(
      request({ paths: ['dist/ms-2.1.3.tgz', 'dist/ms-copy.tgz'] }),
      DOCUMENT_OPTIONS
    )
    expect(clash.sboms.map((s) => s.label)).toEqual([
      'npm-ms-2.1.3.tgz',
      'npm-ms-copy.tgz'
    ])
  })
})
