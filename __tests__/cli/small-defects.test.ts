/** The small defects of the hardening issue, each as it was reproduced. */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { runProvenant } from '../helpers/cli.js'
import { createRepo, removeAll } from '../helpers/git-fixture.js'
import { useTempCwd } from '../helpers/temp-cwd.js'

const temp = useTempCwd('provenant-small-')
const extra: string[] = []
beforeEach(async () => {
  await writeFile('a.txt', 'alpha\n')
})
afterEach(async () => {
  for (const d of extra.splice(0)) await removeAll(d)
})

describe('small defects', () => {
  it('sign --allow-empty with no match writes no trusted_root.json', async () => {
    const run = await runProvenant([
      'sign',
      'none-*.txt',
      '--local',
      '--allow-empty'
    ])
    expect(run.code).toBe(0)
    expect(existsSync('trusted_root.json')).toBe(false)
  }, 120_000)

  it('attest sha256:zz says the digest is bad, not that it matches no file', async () => {
    const run = await runProvenant(['attest', 'sha256:zz'])
    expect(run.code).toBe(2)
    expect(run.err).not.toContain('matches no file')
    expect(run.err).toContain('sha256:zz')
  })

  it('a bad regexp is reported alone, without "say who must have signed"', async () => {
    const run = await runProvenant([
      'verify',
      'a.txt',
      '--certificate-identity-regexp',
      '(unclosed'
    ])
    expect(run.code).toBe(2)
    expect(run.err).toContain('certificate-identity-regexp')
    expect(run.err).not.toContain('say who must have signed')
  })

  it('verify does not call the --trusted-root file unused trust material', async () => {
    const signed = await runProvenant(['sign', 'a.txt', '--local', '--json'])
    expect(signed.code).toBe(0)
    const { certificateIdentity, certificateOidcIssuer } = JSON.parse(
      signed.out
    ) as {
      certificateIdentity: string
      certificateOidcIssuer: string
    }
    const run = await runProvenant([
      'verify',
      '.',
      '--trusted-root',
      'trusted_root.json',
      '--certificate-identity',
      certificateIdentity,
      '--certificate-oidc-issuer',
      certificateOidcIssuer,
      '--offline'
    ])
    expect(`${run.out}\n${run.err}`).not.toContain(
      'is not used as trust material'
    )
    expect(run.code).toBe(0)
  }, 120_000)

  it('rebuild leaves no report folder behind on an input error', async () => {
    const repo = await createRepo({ 'README.md': 'x\n' })
    extra.push(repo.dir)
    const run = await runProvenant([
      'rebuild',
      '--source',
      repo.dir,
      '--build',
      'true',
      '--artifacts',
      'dist/*',
      '--reference',
      path.join(temp.dir(), 'no-such-reference'),
      '--report-dir',
      'report'
    ])
    expect(run.code).toBe(2)
    expect(existsSync('report')).toBe(false)
  })

  it('release --local --out on a file is refused before any work, the file kept', async () => {
    await writeFile('victim.txt', 'precious')
    const run = await runProvenant([
      'release',
      '--local',
      temp.dir(),
      '--build',
      'true',
      '--artifacts',
      'dist/*',
      '--out',
      'victim.txt'
    ])
    expect(run.code).toBe(2)
    expect(run.err).toContain('is a file, not a folder')
    expect(await readFile('victim.txt', 'utf8')).toBe('precious')
  })

  it('a failed release build shows the build output and names the failed job', async () => {
    const project = await createRepo({ 'README.md': 'x\n' })
    extra.push(project.dir)
    const run = await runProvenant([
      'release',
      '--local',
      project.dir,
      '--build',
      'echo the build broke; exit 3',
      '--artifacts',
      'dist/*',
      '--out',
      'out'
    ])
    expect(run.code).toBe(3)
    expect(run.err).toContain('the build broke')
    expect(run.err).toMatch(/the publish workflow failed in build/)
  }, 120_000)
})
