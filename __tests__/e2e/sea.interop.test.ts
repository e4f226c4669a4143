/**
 * The single executable for linux-x64 (`npm run build:sea`): built by the
 * script, then run as a consumer without Node would run it: --version,
 * help, sbom of a project, and an error's exit code.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runDistCli } from '../helpers/dist-cli.js'
import { repoPath } from '../helpers/repo.js'

const BUILD_TIMEOUT_MS = 600_000

describe('the single executable', () => {
  let tmp: string
  let exe: string
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-sea-test-'))
    exe = path.join(tmp, 'provenant')
    const built = await runDistCli([exe], {
      command: [process.execPath, repoPath('scripts', 'build-sea.mjs')],
      timeoutMs: BUILD_TIMEOUT_MS
    })
    expect({ code: built.code, stderr: built.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    // No Node on the PATH: the executable must carry its own.
    env = {
      PATH: '/nonexistent',
      HOME: tmp,
      PROVENANT_CACHE_DIR: path.join(tmp, 'cache')
    }
  }, BUILD_TIMEOUT_MS)

  afterAll(() => rm(tmp, { recursive: true, force: true }))

  const sea = (args: string[], cwd = tmp) =>
    runDistCli(args, { command: [exe], cwd, env })

  it('prints its version, and help for a command', async () => {
    const { version } = JSON.parse(
      await readFile(repoPath('package.json'), 'utf8')
    ) as { version: string }
    expect(await sea(['--version'])).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: ''
    })
    const help = await sea(['sbom', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--output-dir DIR')
  })

  it('writes SBOMs of a project', async () => {
    const project = path.join(tmp, 'project')
    await mkdir(project)
    for (const file of ['package.json', 'package-lock.json'])
      await cp(
        repoPath('examples', 'npm-package', file),
        path.join(project, file)
      )
    const run = await sea(['sbom', project])
    expect(run.code).toBe(0)
    expect((await readdir(project)).sort()).toEqual([
      'package-lock.json',
      'package.json',
      'sbom-source.cyclonedx.json',
      'sbom-source.spdx.json'
    ])
  })

  it('exits 2 on bad input', async () => {
    const run = await sea(['sbom', path.join(tmp, 'missing')])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('does not exist')
  })
})
