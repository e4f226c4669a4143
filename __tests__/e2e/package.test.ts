/**
 * The npm package as a user gets it: `npm pack`, installed into an empty
 * folder (offline: it must need nothing else), and the installed
 * `provenant` run from there: --version, sbom, sign --local and verify.
 */
import { execFile } from 'node:child_process'
import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runDistCli } from '../helpers/dist-cli.js'
import { repoPath } from '../helpers/repo.js'

const run = promisify(execFile)
const NPM_TIMEOUT_MS = 240_000

interface PackEntry {
  filename: string
  files: { path: string }[]
}

describe('the npm package', () => {
  let tmp: string
  let consumer: string
  let bin: string
  let pack: PackEntry

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-package-'))
    const packed = await run(
      'npm',
      ['pack', '--json', '--pack-destination', tmp],
      { cwd: repoPath(), timeout: NPM_TIMEOUT_MS, maxBuffer: 32 * 1024 * 1024 }
    )
    pack = (JSON.parse(packed.stdout) as PackEntry[])[0]!
    consumer = path.join(tmp, 'consumer')
    await mkdir(consumer)
    await run(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        path.join(tmp, pack.filename)
      ],
      { cwd: consumer, timeout: NPM_TIMEOUT_MS }
    )
    bin = path.join(consumer, 'node_modules', '.bin', 'provenant')
  }, NPM_TIMEOUT_MS * 2)

  afterAll(() => rm(tmp, { recursive: true, force: true }))

  const provenant = (args: string[], cwd = consumer) =>
    runDistCli(args, { cwd, command: [bin] })

  it('holds the CLI bundle and nothing of the sources or tests', () => {
    const files = pack.files.map((f) => f.path)
    expect(files).toContain('dist/cli/index.js')
    expect(files).toContain('package.json')
    for (const file of files)
      expect(file).toMatch(/^(dist\/cli\/|README\.md$|package\.json$|LICENSE)/)
  })

  it('installs nothing but itself', async () => {
    const installed = (
      await readdir(path.join(consumer, 'node_modules'))
    ).filter((name) => !name.startsWith('.'))
    expect(installed).toEqual(['provenant'])
    const manifest = JSON.parse(
      await readFile(
        path.join(consumer, 'node_modules', 'provenant', 'package.json'),
        'utf8'
      )
    ) as Record<string, unknown>
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.private).toBeUndefined()
  })

  it('runs --version', async () => {
    const { version } = JSON.parse(
      await readFile(repoPath('package.json'), 'utf8')
    ) as { version: string }
    const result = await provenant(['--version'])
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('writes SBOMs of a project anywhere', async () => {
    const project = path.join(tmp, 'project')
    await mkdir(project)
    for (const file of ['package.json', 'package-lock.json'])
      await cp(
        repoPath('examples', 'npm-package', file),
        path.join(project, file)
      )
    const result = await provenant([
      'sbom',
      project,
      '--output-dir',
      path.join(tmp, 'sboms')
    ])
    expect(result.code).toBe(0)
    expect((await readdir(path.join(tmp, 'sboms'))).sort()).toEqual([
      'sbom-source.cyclonedx.json',
      'sbom-source.spdx.json'
    ])
  })

  it('signs with the embedded local stack and verifies what it signed', async () => {
    const work = path.join(tmp, 'signed')
    await mkdir(work)
    await writeFile(path.join(work, 'tool.bin'), 'a release artifact\n')
    const signed = await provenant(
      ['sign', 'tool.bin', '--local', '--json'],
      work
    )
    expect(signed.code).toBe(0)
    const result = JSON.parse(signed.stdout) as {
      certificateIdentity: string
      certificateOidcIssuer: string
    }
    const verify = (file: string) =>
      provenant(
        [
          'verify',
          file,
          '--certificate-identity',
          result.certificateIdentity,
          '--certificate-oidc-issuer',
          result.certificateOidcIssuer,
          '--trusted-root',
          'trusted_root.json',
          '--offline'
        ],
        work
      )
    const verified = await verify('tool.bin')
    expect({ code: verified.code, stderr: verified.stderr }).toMatchObject({
      code: 0
    })
    await writeFile(path.join(work, 'tool.bin'), 'a changed artifact\n')
    expect((await verify('tool.bin')).code).toBe(1)
  })
})
