/**
 * `provenant release --local` as a newcomer runs it: the bundled CLI runs
 * publish.yml through the local runner and downloads the published release;
 * the first `provenant verify` line of VERIFY.md passes in that folder.
 * (Tampering and a second repository: publish-workflow.test.ts.)
 */
import { execFile } from 'node:child_process'
import {
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
import { firstVerifyCommand } from '../../src/lib/release/verify-md.js'
import { repoPath } from '../helpers/repo.js'

const run = promisify(execFile)
const CLI = repoPath('dist', 'cli', 'index.js')
const RELEASE_TIMEOUT_MS = 240_000

async function provenant(
  args: string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      cwd,
      timeout: RELEASE_TIMEOUT_MS,
      maxBuffer: 32 * 1024 * 1024,
      env: { ...process.env, NO_PROXY: '127.0.0.1,localhost' }
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: e.code ?? -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? ''
    }
  }
}

describe('provenant release --local (npm example, legacy-sig)', () => {
  let tmp: string
  let folder: string
  let result: { code: number; stdout: string; stderr: string }

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-release-e2e-'))
    folder = path.join(tmp, 'release')
    result = await provenant(
      [
        'release',
        '--local',
        repoPath('examples', 'npm-package'),
        '--build',
        'npm run build',
        '--artifacts',
        'dist/*.tgz',
        '--out',
        folder,
        '--repo',
        'acme/widget',
        '--legacy-sig',
        '--tag',
        'v1.0.0'
      ],
      tmp
    )
  }, RELEASE_TIMEOUT_MS)

  afterAll(async () => rm(tmp, { recursive: true, force: true }))

  it('runs every job of publish.yml, with timings, and exits 0', () => {
    expect({ code: result.code, stderr: result.stderr.slice(-2000) }).toEqual({
      code: 0,
      stderr: expect.any(String)
    })
    for (const job of [
      'build',
      'sbom',
      'scan',
      'sign',
      'rebuild \\(ubuntu-24\\.04\\)',
      'release',
      'verify'
    ]) {
      expect(result.stdout).toMatch(
        new RegExp(`success +${job} \\(\\d+\\.\\d\\d s\\)`)
      )
    }
  })

  it('downloads the published release, legacy signatures included', async () => {
    const names = new Set(await readdir(folder))
    const tgz = [...names].find((n) => n.endsWith('.tgz'))!
    const expected = [
      tgz,
      `${tgz}.sigstore.json`,
      `${tgz}.sig`,
      `${tgz}.crt`,
      'SHA256SUMS',
      'SHA256SUMS.sigstore.json',
      'build-provenance.json',
      'provenance.intoto.jsonl',
      'rebuild-report.json',
      'rebuild-report.json.sigstore.json',
      'scan-report.json',
      'scan-report.json.sigstore.json',
      'VERIFY.md'
    ]
    expect(expected.filter((n) => !names.has(n))).toEqual([])
    const sums = await readFile(path.join(folder, 'SHA256SUMS'), 'utf8')
    expect(sums).toContain(`  ${tgz}\n`)
  })

  it('verifies with the first provenant verify line of VERIFY.md, run from the folder', async () => {
    const command = firstVerifyCommand(
      await readFile(path.join(folder, 'VERIFY.md'), 'utf8')
    )!
    expect(command.slice(0, 2)).toEqual(['provenant', 'verify'])
    expect(command).toEqual(expect.arrayContaining(['--repo', 'acme/widget']))
    const verified = await provenant(command.slice(1), folder)
    expect({ code: verified.code, out: verified.stdout }).toEqual({
      code: 0,
      out: expect.stringContaining('verified')
    })
  })

  it('refuses to replace a folder it did not write', async () => {
    const other = path.join(tmp, 'notes')
    await mkdir(other)
    await writeFile(path.join(other, 'notes.txt'), 'mine')
    const refused = await provenant(
      [
        'release',
        '--local',
        repoPath('examples', 'npm-package'),
        '--build',
        'x',
        '--artifacts',
        'y',
        '--out',
        other
      ],
      tmp
    )
    expect(refused.code).toBe(2)
    expect(await readFile(path.join(other, 'notes.txt'), 'utf8')).toBe('mine')
  })
})

describe('provenant release: bad input', () => {
  it.each([
    [
      [
        'release',
        'examples/npm-package',
        '--build',
        'x',
        '--artifacts',
        'y',
        '--out',
        'z'
      ],
      /--local/
    ],
    [
      [
        'release',
        '--local',
        'no-such-dir',
        '--build',
        'x',
        '--artifacts',
        'y',
        '--out',
        '/tmp/provenant-never'
      ],
      /no-such-dir/
    ],
    [
      [
        'release',
        '--local',
        'examples/npm-package',
        '--artifacts',
        'y',
        '--out',
        'z'
      ],
      /--build/
    ]
  ])('%j exits 2 with a clear message', async (args, message) => {
    const result = await provenant(args, repoPath())
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})
