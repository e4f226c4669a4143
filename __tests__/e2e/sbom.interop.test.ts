/**
 * actions/sbom as the runner runs it: node dist/sbom/index.js with INPUT_*
 * variables and the runner's files, on the corpus artifacts and a lockfile.
 */
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { Spec, Validation } from '@cyclonedx/cyclonedx-library'
import { findSchemaProblems } from '../../src/io/sbom/validate.js'
import { runAction, type ActionRun } from '../helpers/action-runner.js'
import { SHARED_DIR } from '../helpers/repo.js'

const CORPUS = path.join(SHARED_DIR, 'corpus')

let tmp: string
let ws: string
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-e2e-sbom-'))
  ws = path.join(tmp, 'workspace')
  await mkdir(path.join(ws, 'app'), { recursive: true })
  await mkdir(path.join(ws, 'dist'))
  for (const f of ['package.json', 'package-lock.json']) {
    await cp(
      path.join(CORPUS, 'npm', 'actions-attest', f),
      path.join(ws, 'app', f)
    )
  }
  const gyp = path.join(CORPUS, 'artifacts', 'python', 'nodejs-gyp-next')
  for (const f of [
    'gyp_next-0.16.1-py3-none-any.whl',
    'gyp-next-0.16.1.tar.gz'
  ]) {
    await cp(path.join(gyp, f), path.join(ws, 'dist', f))
  }
  await cp(
    path.join(
      CORPUS,
      'artifacts',
      'npm',
      'jonschlinkert-is-number',
      'is-number-7.0.0.tgz'
    ),
    path.join(ws, 'dist', 'is-number-7.0.0.tgz')
  )
})
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true })
})

/** Runs the action from a folder outside the workspace; inputs by their action.yml names. */
function runSbom(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('sbom', {
    workspace: ws,
    cwd: tmp,
    inputs,
    env: {
      RUNNER_OS: 'Linux',
      ImageOS: 'ubuntu24',
      ImageVersion: '20250105.1',
      SOURCE_DATE_EPOCH: '1733164473'
    }
  })
}

async function sbomFiles(): Promise<string[]> {
  const all = await readdir(ws, { recursive: true })
  return all.filter((f) => path.basename(f).startsWith('sbom-')).sort()
}

describe('actions/sbom (dist)', () => {
  it('writes valid CycloneDX and SPDX for a tree and three artifacts, with outputs and a summary', async () => {
    const paths =
      'app\ndist/gyp_next-0.16.1-py3-none-any.whl\ndist/gyp-next-0.16.1.tar.gz\ndist/is-number-7.0.0.tgz'
    const result = await runSbom({ path: paths })
    expect(result.code).toBe(0)
    const files = result.outputs.files!.split('\n')
    expect(files.map((f) => path.relative(ws, f))).toEqual([
      'app/sbom-source.cyclonedx.json',
      'app/sbom-source.spdx.json',
      'dist/sbom-wheel.cyclonedx.json',
      'dist/sbom-wheel.spdx.json',
      'dist/sbom-sdist.cyclonedx.json',
      'dist/sbom-sdist.spdx.json',
      'dist/sbom-npm.cyclonedx.json',
      'dist/sbom-npm.spdx.json'
    ])
    expect(result.outputs.cyclonedx!.split('\n')).toEqual(
      files.filter((f) => f.endsWith('.cyclonedx.json'))
    )
    expect(result.outputs.spdx!.split('\n')).toEqual(
      files.filter((f) => f.endsWith('.spdx.json'))
    )
    const library = new Validation.JsonStrictValidator(Spec.Version.v1dot6)
    for (const file of files) {
      const text = await readFile(file, 'utf8')
      if (file.endsWith('.cyclonedx.json'))
        expect(await library.validate(text)).toBeNull()
      expect(
        findSchemaProblems(
          file.endsWith('.spdx.json') ? 'spdx' : 'cyclonedx',
          text
        )
      ).toEqual([])
    }
    const cdx = JSON.parse(await readFile(files[0]!, 'utf8')) as {
      metadata: {
        timestamp: string
        properties: { name: string; value: string }[]
      }
      components: unknown[]
    }
    expect(cdx.metadata.timestamp).toBe('2024-12-02T18:34:33.000Z')
    expect(cdx.metadata.properties).toEqual(
      expect.arrayContaining([
        { name: 'provenant:build:runner-os', value: 'Linux' },
        { name: 'provenant:build:runner-image', value: 'ubuntu24/20250105.1' }
      ])
    )
    expect(result.summary).toContain('<h2>SBOMs</h2>')
    expect(result.summary).toMatch(
      /<td><code>source<\/code><\/td><td><code>app<\/code><\/td><td>\d+<\/td><td>npm \d+<\/td>/
    )
  })

  it('writes byte-identical files on a second run with the same SOURCE_DATE_EPOCH', async () => {
    const read = async (): Promise<string[]> => {
      const { code, outputs } = await runSbom({
        path: 'app dist/gyp_next-0.16.1-py3-none-any.whl',
        'output-dir': 'sboms'
      })
      expect(code).toBe(0)
      return Promise.all(
        outputs.files!.split('\n').map((f) => readFile(f, 'utf8'))
      )
    }
    const first = await read()
    await rm(path.join(ws, 'sboms'), { recursive: true })
    expect(await read()).toEqual(first)
  })

  it.each([
    [
      'a path that does not exist',
      { path: 'app dist/missing.whl' },
      'input "path" has dist/missing.whl, which does not exist'
    ],
    [
      'a zip that is not a wheel',
      { path: 'app dist/fake-1.0-py3-none-any.whl' },
      'dist/fake-1.0-py3-none-any.whl: not a wheel'
    ],
    [
      'an unknown format',
      { format: 'cyclonedx,xml' },
      'input "format" has "xml"'
    ]
  ])(
    'fails on %s, naming it, and writes nothing',
    async (_, inputs, message) => {
      await writeFile(
        path.join(ws, 'dist', 'fake-1.0-py3-none-any.whl'),
        await readFile(path.join(ws, 'dist', 'is-number-7.0.0.tgz'))
      )
      const result = await runSbom(inputs)
      expect(result.code).toBe(1)
      expect(result.stdout).toContain(`::error::`)
      expect(result.stdout).toContain(message)
      expect(await sbomFiles()).toEqual([])
    }
  )
})
