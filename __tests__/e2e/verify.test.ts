/**
 * The bundled verify, run as users run it: `node dist/verify/index.js` as
 * the runner starts an action, and `node dist/cli/index.js verify`, on a
 * folder of artifacts signed on the local stack.
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import type { VerifyReport } from '../../src/lib/verify/report.js'
import { runAction } from '../helpers/action-runner.js'
import { withEnv } from '../helpers/env.js'
import type { ReleaseSigner } from '../helpers/local-release.js'
import { createReleaseSigner } from '../helpers/local-release.js'
import { repoPath } from '../helpers/repo.js'
import { writeRelease } from '../helpers/verify-fixtures.js'

const TAR = 'hello-1.0.0.tar.gz'

function runCli(
  args: string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [repoPath('dist', 'cli', 'index.js'), ...args],
      {
        cwd,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? os.homedir()
        },
        maxBuffer: 16 * 1024 * 1024
      },
      (error, stdout, stderr) => {
        const exit = (error as { code?: unknown } | null)?.code
        resolve({
          code: error ? (typeof exit === 'number' ? exit : -1) : 0,
          stdout,
          stderr
        })
      }
    )
  })
}

describe('verify, bundled', () => {
  let stack: LocalStack
  let workspace: string
  let signer: ReleaseSigner
  let restoreEnv: () => void

  beforeAll(async () => {
    stack = await startLocalStack()
    restoreEnv = withEnv(stack.env)
    workspace = await mkdtemp(path.join(os.tmpdir(), 'provenant-verify-e2e-'))
    await stack.writeTrust(path.join(workspace, 'trust'))
    signer = createReleaseSigner(stack)
    await writeRelease(path.join(workspace, 'release'), signer)
    await cp(
      path.join(workspace, 'release'),
      path.join(workspace, 'tampered'),
      { recursive: true }
    )
    await writeFile(path.join(workspace, 'tampered', TAR), 'tampered bytes\n')
  })

  afterAll(async () => {
    restoreEnv()
    await stack.close()
    await rm(workspace, { recursive: true, force: true })
  })

  const inputs = (subjects: string): Record<string, string> => ({
    subjects,
    'certificate-identity': signer.identity,
    'certificate-oidc-issuer': signer.issuer,
    'trusted-root': 'trust/trusted_root.json',
    require: 'signature,provenance,sbom,checksum',
    'source-uri': 'github.com/provenant-demo/hello'
  })

  it('the action verifies a release folder: outputs, JSON report, job summary', async () => {
    const run = await runAction('verify', {
      workspace,
      inputs: inputs('release'),
      env: {}
    })
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    expect(run.outputs.verified).toBe('true')
    const report = JSON.parse(
      await readFile(run.outputs.report!, 'utf8')
    ) as VerifyReport
    expect(report).toMatchObject({
      version: 2,
      verified: true,
      summary: { artifacts: 2, verified: 2, failed: 0 }
    })
    expect(report.trust.source).toBe('file')
    expect(run.summary).toContain(
      '### Provenant verify: 2 of 2 artifact(s) verified'
    )
    expect(run.summary).toContain(
      '| `release/hello-1.0.0.tar.gz` | ✅ | ✅ | ✅ | ✅ |'
    )
    expect(run.stdout).toContain('ARTIFACT')
  })

  it('the action fails the step on a tampered artifact, with outputs and the reason', async () => {
    const run = await runAction('verify', {
      workspace,
      inputs: inputs('tampered'),
      env: {}
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verified).toBe('false')
    expect(run.stdout).toMatch(
      /::error::1 of 2 artifact\(s\) failed verification/
    )
    expect(run.stdout).toMatch(
      /tampered\/hello-1\.0\.0\.tar\.gz: signature: tampered\/hello-1\.0\.0\.tar\.gz\.sigstore\.json: the bundle signs sha256:/
    )
    const report = JSON.parse(
      await readFile(run.outputs.report!, 'utf8')
    ) as VerifyReport
    const tar = report.artifacts.find((a) => a.name === TAR)!
    expect(tar.checks.signature.code).toBe('VERIFY_DIGEST_MISMATCH')
    expect(run.summary).toContain('**failed**')
  })

  it('the action reports bad inputs and missing artifacts', async () => {
    const run = await runAction('verify', {
      workspace,
      inputs: { ...inputs('nowhere'), require: 'vibes' },
      env: {}
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*"require" has "vibes"/)
    const missing = await runAction('verify', {
      workspace,
      inputs: inputs('nowhere'),
      env: {}
    })
    expect(missing.stdout).toMatch(
      /::error::nowhere: no such file or directory/
    )
  })

  it('the CLI verifies the folder with the trusted root (table, --json) and exits 1 on tampering, 2 on bad input', async () => {
    const flags = [
      '--trusted-root',
      'trust/trusted_root.json',
      '--certificate-identity',
      signer.identity,
      '--certificate-oidc-issuer',
      signer.issuer,
      '--require',
      'signature,provenance'
    ]
    const ok = await runCli(['verify', 'release', ...flags], workspace)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(
      /^release\/hello-1\.0\.0\.tar\.gz\s+pass\s+pass\s+pass/m
    )
    expect(ok.stdout).toMatch(/^2 of 2 artifact\(s\) verified$/m)
    const json = await runCli(
      ['verify', 'release', ...flags, '--json'],
      workspace
    )
    expect((JSON.parse(json.stdout) as VerifyReport).verified).toBe(true)
    const bad = await runCli(['verify', 'tampered', ...flags], workspace)
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(
      /tampered\/hello-1\.0\.0\.tar\.gz: signature: \[VERIFY_DIGEST_MISMATCH\]/
    )
    expect(
      (await runCli(['verify', 'missing-dir', ...flags], workspace)).code
    ).toBe(2)
    expect(
      (await runCli(['verify', 'release', '--no-such-flag'], workspace)).code
    ).toBe(2)
  })
})
