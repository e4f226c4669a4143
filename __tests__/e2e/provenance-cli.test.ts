/**
 * `provenant attest` from the bundled dist/cli: --local (the embedded stack,
 * its GitHub API included) writes the trusted root beside the outputs, and
 * the bundles verify against it with sigstore-js; digest arguments; usage
 * errors exit 2 naming the input.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { repoPath } from '../helpers/repo.js'
import { verifyWithTrustedRootFile } from '../helpers/sigstore-verify.js'
import {
  listDir,
  readJsonLines,
  sha256,
  statementOf
} from '../helpers/provenance-e2e.js'

function provenant(
  cwd: string,
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [repoPath('dist', 'cli', 'index.js'), ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: os.homedir() },
        timeout: 120_000
      },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code
        resolve({
          code: error ? (typeof code === 'number' ? code : -1) : 0,
          stdout,
          stderr
        })
      }
    )
  })
}

describe('provenant attest', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-attest-cli-'))
    await mkdir(path.join(dir, 'dist'))
    await writeFile(path.join(dir, 'dist', 'a.tgz'), 'a')
    await writeFile(path.join(dir, 'dist', 'b.tgz'), 'b')
  })
  afterAll(async () => rm(dir, { recursive: true, force: true }))

  it('--local: attests, stores in the local API, writes the trusted root beside the outputs', async () => {
    const run = await provenant(dir, [
      'attest',
      'dist/a.tgz',
      'dist/b.tgz',
      '--local',
      '--json',
      '--output-dir',
      'out'
    ])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as {
      subjects: number
      intotoJsonl: string
      trustedRoot: string
      attestationIds: string[]
      certificateIdentity: string
      summary: { metadata: { reproducible: boolean } }
    }
    expect(result).toMatchObject({
      subjects: 2,
      summary: { metadata: { reproducible: false } }
    })
    expect(result.attestationIds).toHaveLength(1)
    expect(result.trustedRoot).toBe(path.join(dir, 'out', 'trusted_root.json'))
    expect(await listDir(path.join(dir, 'out'))).toEqual([
      'build-provenance.json',
      'provenance.intoto.jsonl',
      'provenance.sigstore.json',
      'trusted_root.json'
    ])
    const [bundle] = await readJsonLines(result.intotoJsonl)
    expect(statementOf(bundle!).subject).toEqual([
      { name: 'a.tgz', digest: { sha256: sha256('a') } },
      { name: 'b.tgz', digest: { sha256: sha256('b') } }
    ])
    await expect(
      verifyWithTrustedRootFile(result.trustedRoot, bundle, undefined, {
        subjectAlternativeName: result.certificateIdentity
      })
    ).resolves.toBeDefined()
  })

  it('takes sha256:<hex> arguments named by --subject-name, and --single-subject', async () => {
    const run = await provenant(dir, [
      'attest',
      `sha256:${sha256('x')}`,
      `sha256:${sha256('y')}`,
      '--subject-name',
      'x.bin y.bin',
      '--single-subject',
      '--local',
      '--store=false',
      '--output-dir',
      'digests'
    ])
    expect({
      code: run.code,
      stderr: run.stderr.split('\n').filter((l) => l.startsWith('provenant'))
    }).toEqual({
      code: 0,
      stderr: []
    })
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((p) => path.basename(p))
    ).toEqual([
      'x.bin.provenance.sigstore.json',
      'y.bin.provenance.sigstore.json',
      'provenance.intoto.jsonl',
      'build-provenance.json'
    ])
  })

  it.each([
    [
      ['attest', 'dist/a.tgz', '--subject-checksums', 'sums.txt', '--local'],
      /inputs "subject-path" and "subject-checksums" exclude each other/
    ],
    [
      ['attest', 'sha256:abc', '--subject-name', 'x', '--local'],
      /input "subject-digest": a sha256 digest has 64 hex digits/
    ],
    [
      ['attest', 'dist/a.tgz', '--local', '--fulcio-url', 'https://f.example'],
      /--local chooses .*remove --fulcio-url/
    ],
    [
      ['attest', 'dist/a.tgz', '--no-such-flag'],
      /unknown flag --no-such-flag \(run `provenant attest --help` for every flag\)/
    ]
  ])('exits 2 on %j', async (args, message) => {
    const run = await provenant(dir, args)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^provenant attest: /)
    expect(run.stderr).toMatch(message)
  })
})
