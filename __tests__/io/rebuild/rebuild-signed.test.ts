/**
 * The rebuild verdict signed through the signing core (sign: true) on the
 * embedded local stack: rebuild.sigstore.json is a DSSE bundle of
 * rebuild.intoto.json that sigstore-js verifies against the local trusted
 * root, with the workflow identity in its certificate.
 */
import { readFile } from 'node:fs/promises'
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
  })

  afterAll(async () => {
    restore()
    await stack.close()
    await removeAll(...dirs)
  })

  it('writes a signed verdict that verifies with the local trusted root', async () => {
    const repo = await createTarProject()
    dirs.push(repo.dir)
    const clone = await cloneAt(repo.dir, repo.commit)
    dirs.push(path.dirname(clone))
    await sh(clone, TAR_BUILD, bareEnv({ SOURCE_DATE_EPOCH: '1704067200' }))
    const reportDir = await tempDir('report')
    dirs.push(reportDir)
    const run = await runProvenant([
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
})
