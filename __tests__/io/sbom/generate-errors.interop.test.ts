/** The sbom core on bad input: every problem named, nothing written. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  generateSboms,
  type SbomRequest
} from '../../../src/io/sbom/generate.js'
import { DOCUMENT_OPTIONS } from '../../helpers/sbom-graph.js'
import {
  CORPUS,
  listWorkspace,
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
const listAll = (): Promise<string[]> => listWorkspace(ws)

describe('generateSboms on bad input', () => {
  it.each([
    [
      'a path that does not exist',
      ['app', 'dist/missing.whl'],
      'SBOM_PATH_NOT_FOUND',
      'input "path" has dist/missing.whl, which does not exist'
    ],
    [
      'a path outside the workspace',
      ['app', '../elsewhere'],
      'SBOM_PATH_OUTSIDE_WORKSPACE',
      'input "path" has ../elsewhere, which is outside the workspace'
    ]
  ])('rejects %s and writes nothing', async (_, paths, code, message) => {
    const before = await listAll()
    await expect(
      generateSboms(request({ paths }), DOCUMENT_OPTIONS)
    ).rejects.toMatchObject({
      kind: 'input',
      code,
      message: expect.stringContaining(message) as unknown
    })
    expect(await listAll()).toEqual(before)
  })

  it('rejects a malformed lockfile and a zip that is not a wheel together, and writes nothing', async () => {
    await writeFile(
      path.join(ws, 'app', 'package-lock.json'),
      '{"lockfileVersion": 3, "packages": {'
    )
    await writeFile(
      path.join(ws, 'dist', 'fake-1.0-py3-none-any.whl'),
      await readFile(
        path.join(CORPUS, 'artifacts', 'npm', 'vercel-ms', 'ms-2.1.3.tgz')
      )
    )
    const before = await listAll()
    const error = await generateSboms(
      request({
        paths: ['app', 'dist/fake-1.0-py3-none-any.whl', 'dist/ms-2.1.3.tgz']
      }),
      DOCUMENT_OPTIONS
    ).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'input', code: 'INPUT_MULTIPLE' })
    const problems = (
      error as { problems: { code: string; message: string }[] }
    ).problems
    expect(problems.map((p) => p.code)).toEqual([
      'SBOM_LOCKFILE_INVALID',
      'SBOM_NOT_A_WHEEL'
    ])
    expect(problems[0]!.message).toMatch(/^app: package-lock\.json/)
    expect(problems[1]!.message).toMatch(
      /^dist\/fake-1\.0-py3-none-any\.whl: not a wheel/
    )
    expect(await listAll()).toEqual(before)
  })

  it('rejects an output-dir that is a file', async () => {
    await writeFile(path.join(ws, 'out'), '')
    await expect(
      generateSboms(request({ outputDir: 'out' }), DOCUMENT_OPTIONS)
    ).rejects.toMatchObject({ code: 'SBOM_OUTPUT_NOT_A_DIRECTORY' })
  })

  it('keeps no file when one cannot be written', async () => {
    await mkdir(path.join(ws, 'app', 'sbom-source.spdx.json'))
    const before = await listAll()
    await expect(
      generateSboms(request({}), DOCUMENT_OPTIONS)
    ).rejects.toMatchObject({ code: 'SBOM_WRITE_FAILED', kind: 'internal' })
    expect(await listAll()).toEqual(before)
  })
})
