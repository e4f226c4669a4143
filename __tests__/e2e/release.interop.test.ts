/**
 * `provenant release --local` as a newcomer runs it: the bundled CLI builds,
 * describes, signs, rebuilds, attests, publishes and verifies an example;
 * then the folder is checked the way a consumer checks it: the first
 * `provenant verify` line of VERIFY.md passes, and flipping one byte of any
 * asset makes verification fail naming that asset.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { firstVerifyCommand } from '../../src/lib/release/verify-md.js'
import type { DistCliRun } from '../helpers/dist-cli.js'
import { runDistCli } from '../helpers/dist-cli.js'
import { repoPath } from '../helpers/repo.js'

const RELEASE_TIMEOUT_MS = 240_000

async function provenant(args: string[], cwd: string): Promise<DistCliRun> {
  return runDistCli(args, { cwd, timeoutMs: RELEASE_TIMEOUT_MS })
}

describe('provenant release --local (Python example, legacy-sig)', () => {
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
        repoPath('examples', 'python-package'),
        '--build',
        'sh build.sh',
        '--artifacts',
        'dist/*',
        '--out',
        folder,
        '--legacy-sig',
        '--tag',
        'v1.0.0'
      ],
      tmp
    )
  }, RELEASE_TIMEOUT_MS)

  afterAll(async () => rm(tmp, { recursive: true, force: true }))

  it('runs every stage, with timings, and exits 0', () => {
    expect({ code: result.code, stderr: result.stderr.slice(-2000) }).toEqual({
      code: 0,
      stderr: expect.any(String)
    })
    for (const stage of [
      'source',
      'build',
      'sbom',
      'checksums',
      'sign',
      'rebuild',
      'provenance',
      'release',
      'verify'
    ]) {
      expect(result.stderr).toMatch(
        new RegExp(`✔ ${stage}: .*\\(\\d+\\.\\d\\d s\\)`)
      )
    }
  })

  it('holds the Pulse SDK file set', async () => {
    const names = new Set(await readdir(folder))
    const wheel = 'pulse_demo-1.0.0-py3-none-any.whl'
    const sdist = 'pulse-demo-1.0.0.tar.gz'
    const sboms = ['source', 'wheel', 'sdist'].flatMap((label) => [
      `sbom-${label}.spdx.json`,
      `sbom-${label}.cyclonedx.json`
    ])
    const signed = [wheel, sdist, ...sboms, 'SHA256SUMS']
    const expected = [
      ...signed,
      ...signed.flatMap((f) => [`${f}.sigstore.json`, `${f}.sig`, `${f}.crt`]),
      'build-provenance.json',
      'provenance.intoto.jsonl',
      'VERIFY.md',
      'trusted_root.json',
      'rebuild-report.json',
      'rebuild.sigstore.json'
    ]
    expect(expected.filter((n) => !names.has(n))).toEqual([])
    const summary = JSON.parse(
      await readFile(path.join(folder, 'build-provenance.json'), 'utf8')
    ) as { metadata: { reproducible: boolean } }
    expect(summary.metadata.reproducible).toBe(true)
    const sums = await readFile(path.join(folder, 'SHA256SUMS'), 'utf8')
    expect(sums).toContain(`  ${wheel}\n`)
    expect(sums).toContain(`  ${sdist}\n`)
  })

  it('verifies with the first provenant verify line of VERIFY.md, run from the folder', async () => {
    const command = firstVerifyCommand(
      await readFile(path.join(folder, 'VERIFY.md'), 'utf8')
    )!
    expect(command.slice(0, 2)).toEqual(['provenant', 'verify'])
    // The signed rebuild verdict is what counts, not the unsigned report.
    expect(command).toContain('--rebuilder-identity')
    const verified = await provenant(command.slice(1), folder)
    expect({ code: verified.code, out: verified.stdout }).toEqual({
      code: 0,
      out: expect.stringContaining('verified')
    })
  })

  it.each([
    'pulse_demo-1.0.0-py3-none-any.whl',
    'pulse-demo-1.0.0.tar.gz',
    'sbom-wheel.spdx.json',
    'SHA256SUMS',
    'provenance.intoto.jsonl'
  ])('fails naming %s when one byte of it is flipped', async (asset) => {
    const copy = path.join(tmp, `tampered-${asset}`)
    await cp(folder, copy, { recursive: true })
    const file = path.join(copy, asset)
    const bytes = await readFile(file)
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01
    await writeFile(file, bytes)
    const command = firstVerifyCommand(
      await readFile(path.join(copy, 'VERIFY.md'), 'utf8')
    )!
    const verified = await provenant(command.slice(1), copy)
    expect(verified.code).toBe(1)
    expect(`${verified.stdout}\n${verified.stderr}`).toContain(asset)
  })
})
