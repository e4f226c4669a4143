/**
 * Bundles of one release share a certificate, and verify does the work
 * they share once (the chain and SCT checks, parsing) and remembers
 * signature checks on exact bytes. None of it may carry a verdict over to
 * another bundle: a bundle signed with the same certificate but with a
 * wrong signature or a changed log entry fails in the same run as good
 * ones, whether it comes just after a good one or just before. The release
 * is large enough that the later bundles' checks run on the worker thread;
 * it is verified twice in one process (the second time from the memo).
 */
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runVerify } from '../../../src/io/verify/run.js'
import {
  CHECKS_BEFORE_WORKER,
  checksSentToWorker,
  closeSignatureWorker
} from '../../../src/io/verify/signature-checks.js'
import type { GatheredTrust } from '../../../src/io/verify/trust.js'
import { gatherTrust } from '../../../src/io/verify/trust.js'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import type { ReleaseSigner } from '../../helpers/local-release.js'
import { createReleaseSigner } from '../../helpers/local-release.js'
import { verifyInputs, writeJson } from '../../helpers/verify-fixtures.js'

type Json = Record<string, unknown>
type Tamper = (
  bundle: Json,
  data: Buffer,
  signer: ReleaseSigner
) => Promise<Json>

const FILES = 24
const flipLast = (b64: string) => {
  const bytes = Buffer.from(b64, 'base64')
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1
  return bytes.toString('base64')
}
const material = (b: Json) => b.verificationMaterial as Json
const entry = (b: Json) => (material(b).tlogEntries as Json[])[0]!

const TAMPERS: Record<string, Tamper> = {
  'signed over other bytes': (_, data, signer) =>
    signer.message(data, Buffer.concat([data, Buffer.from('!')])),
  'signature changed': (b) => {
    const message = b.messageSignature as Json
    message.signature = flipLast(message.signature as string)
    return Promise.resolve(b)
  },
  'signed entry timestamp changed': (b) => {
    const promise = entry(b).inclusionPromise as Json
    promise.signedEntryTimestamp = flipLast(
      promise.signedEntryTimestamp as string
    )
    return Promise.resolve(b)
  },
  'checkpoint signature changed': (b) => {
    const checkpoint = (entry(b).inclusionProof as Json).checkpoint as Json
    checkpoint.envelope = (checkpoint.envelope as string).replace(
      /^(\u2014 \S+ )(\S+)$/m,
      (_, head: string, sig: string) => head + flipLast(sig)
    )
    return Promise.resolve(b)
  },
  'integrated time changed': (b) => {
    entry(b).integratedTime = String(Number(entry(b).integratedTime) + 1)
    return Promise.resolve(b)
  }
}

describe('verify: bundles sharing a certificate', () => {
  let stack: LocalStack
  let restoreEnv: () => void
  let tmp: string
  let trust: GatheredTrust
  let dir: string
  /** File name -> the tamper it carries. */
  const tampered = new Map<string, string>()

  beforeAll(async () => {
    stack = await startLocalStack()
    restoreEnv = withEnv(stack.env)
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-shared-cert-'))
    const { trustedRoot } = await stack.writeTrust(path.join(tmp, 'trust'))
    trust = await gatherTrust({ trustedRoot, offline: true })
    const signer = createReleaseSigner(stack)
    dir = path.join(tmp, 'release')
    await mkdir(dir)
    // Each tamper once just after a good bundle (early: checked on the
    // spot) and once just before one (late: on the worker).
    const names = Object.keys(TAMPERS)
    names.forEach((t, i) => {
      tampered.set(name(2 * i + 1), t)
      tampered.set(name(FILES - 2 - 2 * i), t)
    })
    for (let i = 0; i < FILES; i++) {
      const data = randomBytes(200)
      await writeFile(path.join(dir, name(i)), data)
      let bundle = (await signer.message(data)) as unknown as Json
      const tamper = tampered.get(name(i))
      if (tamper) bundle = await TAMPERS[tamper]!(bundle, data, signer)
      await writeJson(path.join(dir, `${name(i)}.sigstore.json`), bundle)
    }
  })
  afterAll(async () => {
    await closeSignatureWorker()
    restoreEnv()
    await stack.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('fails every tampered bundle and passes every other, twice in one process', async () => {
    const sentBefore = checksSentToWorker()
    for (let run = 0; run < 2; run++) {
      const report = await runVerify(
        verifyInputs(
          {
            'certificate-identity': createReleaseSigner(stack).identity,
            'certificate-oidc-issuer': stack.oidc.url
          },
          [dir]
        ),
        { trust, cwd: tmp, githubApiUrl: stack.github.url }
      )
      const verdicts = Object.fromEntries(
        report.artifacts.map((a): [string, string] => [
          a.name ?? a.artifact,
          a.verified ? 'pass' : String(a.checks.signature.code)
        ])
      )
      const expected = Object.fromEntries(
        Array.from({ length: FILES }, (_, i) => [
          name(i),
          tampered.has(name(i)) ? 'VERIFY_SIGNATURE_INVALID' : 'pass'
        ])
      )
      expect(verdicts).toEqual(expected)
    }
    // The later bundles' checks went to the worker thread.
    expect(FILES * 4).toBeGreaterThan(CHECKS_BEFORE_WORKER)
    expect(checksSentToWorker()).toBeGreaterThan(sentBefore)
  })
})

function name(i: number): string {
  return `f-${String(i).padStart(2, '0')}.bin`
}
