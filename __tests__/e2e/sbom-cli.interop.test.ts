/** `provenant sbom` from the bundled CLI: flags through the action's table, exit codes. */
import { execFile } from 'node:child_process'
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
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { repoPath, SHARED_DIR } from '../helpers/repo.js'

const run = promisify(execFile)
const CORPUS = path.join(SHARED_DIR, 'corpus')

let ws: string
beforeEach(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-sbom-cli-'))
  await mkdir(path.join(ws, 'app'))
  for (const f of ['package.json', 'package-lock.json']) {
    await cp(
      path.join(CORPUS, 'npm', 'actions-cache', f),
      path.join(ws, 'app', f)
    )
  }
  await cp(
    path.join(CORPUS, 'artifacts', 'npm', 'vercel-ms', 'ms-2.1.3.tgz'),
    path.join(ws, 'ms-2.1.3.tgz')
  )
})
afterEach(async () => {
  await rm(ws, { recursive: true, force: true })
})

async function provenant(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(
    process.execPath,
    [repoPath('dist', 'cli', 'index.js'), 'sbom', ...args],
    {
      cwd: ws,
      env: { PATH: process.env.PATH ?? '', SOURCE_DATE_EPOCH: '1733164473' }
    }
  ).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr
    })
  )
}

const sbomFiles = async (): Promise<string[]> =>
  (await readdir(ws, { recursive: true }))
    .filter((f) => path.basename(f).startsWith('sbom-'))
    .sort()

describe('provenant sbom', () => {
  it('writes the SBOMs asked for and prints what it wrote (--json)', async () => {
    const { code, stdout } = await provenant(
      'app',
      'ms-2.1.3.tgz',
      '--format',
      'spdx',
      '--output-dir',
      'out',
      '--json'
    )
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as {
      files: string[]
      sboms: {
        label: string
        kind: string
        components: number
        devOnly: number
      }[]
    }
    expect(result.files.map((f) => path.relative(ws, f))).toEqual([
      'out/sbom-source.spdx.json',
      'out/sbom-npm.spdx.json'
    ])
    expect(
      result.sboms.map((s) => [s.label, s.kind, s.components, s.devOnly])
    ).toEqual([
      ['source', 'source', 508, 458],
      ['npm', 'npm', 0, 0]
    ])
  })

  it('prints the paths written, and a line per SBOM on stderr', async () => {
    const { code, stdout, stderr } = await provenant(
      'ms-2.1.3.tgz',
      '--name',
      'ms'
    )
    expect(code).toBe(0)
    expect(
      stdout
        .trim()
        .split('\n')
        .map((f) => path.basename(f))
    ).toEqual(['sbom-ms.cyclonedx.json', 'sbom-ms.spdx.json'])
    expect(stderr).toContain('ms (ms-2.1.3.tgz): 0 components')
  })

  it.each([
    ['a malformed lockfile', ['app'], 'app: package-lock.json'],
    [
      'a path that does not exist',
      ['app', 'nope'],
      'input "path" has nope, which does not exist'
    ],
    [
      'a name for two paths',
      ['app', 'ms-2.1.3.tgz', '--name', 'x'],
      'input "name" labels one SBOM'
    ],
    [
      'an unknown flag',
      ['app', '--fromat', 'spdx'],
      'unknown flag --fromat; did you mean --format?'
    ]
  ])(
    'exits 2 on %s, naming it, and writes nothing',
    async (_, args, message) => {
      await writeFile(
        path.join(ws, 'app', 'package-lock.json'),
        '{"lockfileVersion": 3, "packages": {"": '
      )
      const { code, stderr } = await provenant(...args)
      expect(code).toBe(2)
      expect(stderr).toContain(message)
      expect(await sbomFiles()).toEqual([])
    }
  )

  it('keeps the files byte-identical across runs', async () => {
    await provenant('app')
    const first = await readFile(
      path.join(ws, 'app', 'sbom-source.cyclonedx.json'),
      'utf8'
    )
    await provenant('app')
    expect(
      await readFile(path.join(ws, 'app', 'sbom-source.cyclonedx.json'), 'utf8')
    ).toBe(first)
  })
})
