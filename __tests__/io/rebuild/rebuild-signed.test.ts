/**
 * The rebuild verdict signed through the signing core (sign: true) on the
 * embedded local stack: rebuild.sigstore.json is a DSSE bundle of
 * rebuild.intoto.json that sigstore-js verifies against the local trusted
 * root, with the workflow identity in its certificate; and `provenant
 * verify --rebuilder-identity` counts it only when that identity signed it.
 */
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import {
  bareEnv,
  cloneAt,
  removeAll,
  sh,
  tempDir
} from '../../helpers/git-fixture.js'
import { runProvenant } from '../../helpers/rebuild.js'
import { verifyWithTrustedRootFile } from '../../helpers/sigstore-verify.js'
import { createTarProject, TAR_BUILD } from '../../helpers/tar-project.js'

describe('rebuild --sign', () => {
  let stack: LocalStack
  let restore: () => void
  let trustedRoot: string
  let reportDir: string
  let dist: string
  let run: Awaited<ReturnType<typeof runProvenant>>
  const dirs: string[] = []

  beforeAll(async () => {
    stack = await startLocalStack()
    const trust = await tempDir('trust')
    dirs.push(trust)
    trustedRoot = (await stack.writeTrust(trust)).trustedRoot
    restore = withEnv({
      ACTIONS_ID_TOKEN_REQUEST_URL: stack.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      NO_PROXY: '127.0.0.1,localhost'
    })
    const repo = await createTarProject()
    dirs.push(repo.dir)
    const clone = await cloneAt(repo.dir, repo.commit)
    dirs.push(path.dirname(clone))
    dist = path.join(clone, 'dist')
    await sh(clone, TAR_BUILD, bareEnv({ SOURCE_DATE_EPOCH: '1704067200' }))
    reportDir = await tempDir('report')
    dirs.push(reportDir)
    run = await runProvenant([
      'rebuild',
      '--source',
      repo.dir,
      '--build',
      TAR_BUILD,
      '--artifacts',
      'dist/*',
      '--reference',
      path.join(clone, 'dist'),
      '--report-dir',
      reportDir,
      '--sign',
      '--sigstore',
      'custom',
      '--fulcio-url',
      stack.fulcioUrl,
      '--rekor-url',
      stack.rekorUrl,
      '--tsa-url',
      stack.tsaUrl,
      '--trusted-root',
      trustedRoot
    ])
  }, 120_000)

  afterAll(async () => {
    restore()
    await stack.close()
    await removeAll(...dirs)
  })

  it('writes a signed verdict that verifies with the local trusted root', async () => {
    expect({
      code: run.code,
      stderr: run.code === 0 ? '' : run.stderr
    }).toEqual({
      code: 0,
      stderr: ''
    })
    const bundle = JSON.parse(
      await readFile(path.join(reportDir, 'rebuild.sigstore.json'), 'utf8')
    ) as { dsseEnvelope: { payload: string } }
    const statement = JSON.parse(
      await readFile(path.join(reportDir, 'rebuild.intoto.json'), 'utf8')
    ) as unknown
    expect(
      JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString())
    ).toEqual(statement)
    const signer = await verifyWithTrustedRootFile(
      trustedRoot,
      bundle,
      undefined,
      {
        subjectAlternativeName: `https://github.com/${stack.oidc.claims.job_workflow_ref}`,
        extensions: { issuer: stack.oidc.url }
      }
    )
    expect(signer.identity?.subjectAlternativeName).toContain(
      stack.oidc.claims.job_workflow_ref
    )
  })

  /** A release folder: the built files and the named report files. */
  async function releaseWith(...reportFiles: string[]): Promise<string> {
    const dir = await tempDir('release')
    dirs.push(dir)
    for (const name of await readdir(dist)) {
      await copyFile(path.join(dist, name), path.join(dir, name))
    }
    await mkdir(dir, { recursive: true })
    for (const name of reportFiles) {
      await copyFile(path.join(reportDir, name), path.join(dir, name))
    }
    return dir
  }

  interface Report {
    verified: boolean
    artifacts: {
      checks: {
        reproducible: { status: string; code?: string; reason: string }
      }
    }[]
  }

  async function verify(folder: string, ...policy: string[]) {
    const result = await runProvenant([
      'verify',
      folder,
      '--require',
      'reproducible',
      '--certificate-oidc-issuer',
      stack.oidc.url,
      '--trusted-root',
      trustedRoot,
      '--offline',
      '--json',
      ...policy
    ])
    const report = JSON.parse(result.stdout) as Report
    return {
      code: result.code,
      rows: report.artifacts.map((a) => a.checks.reproducible)
    }
  }

  it('verify --rebuilder-identity counts the verdict its rebuilder signed, and only that', async () => {
    const rebuilder = `https://github.com/${stack.oidc.claims.job_workflow_ref}`
    const signed = await releaseWith('rebuild.sigstore.json')
    const unsigned = await releaseWith('report.json')

    const bySigner = await verify(signed, '--rebuilder-identity', rebuilder)
    expect(bySigner.code).toBe(0)
    expect(bySigner.rows.length).toBeGreaterThan(0)
    for (const row of bySigner.rows) {
      expect(row).toMatchObject({
        status: 'pass',
        reason: expect.stringContaining('(signed)') as unknown
      })
    }

    const byOther = await verify(
      signed,
      '--rebuilder-identity-regexp',
      '^https://github\\.com/someone-else/'
    )
    expect(byOther.code).toBe(1)
    for (const row of byOther.rows) {
      expect(row).toMatchObject({
        status: 'fail',
        code: 'VERIFY_REBUILDER_MISMATCH'
      })
    }

    // An unsigned report counts without a rebuilder policy, not with one.
    expect((await verify(unsigned)).code).toBe(0)
    const unsignedNamed = await verify(
      unsigned,
      '--rebuilder-identity',
      rebuilder
    )
    expect(unsignedNamed.code).toBe(1)
    for (const row of unsignedNamed.rows) {
      expect(row).toMatchObject({
        status: 'fail',
        code: 'VERIFY_REPRODUCIBLE_ABSENT',
        reason: expect.stringContaining('not counted') as unknown
      })
    }
  })
})
