/**
 * The shared set-up of the verify round-trip tests: the local stack, a
 * signed release, its trust, and `verify` (the shared core, as the CLI and
 * the action run it) over a fresh copy to tamper with.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from '@jest/globals'
import { runVerify } from '../../src/io/verify/run.js'
import type { GatheredTrust } from '../../src/io/verify/trust.js'
import { gatherTrust } from '../../src/io/verify/trust.js'
import type {
  ArtifactReport,
  VerifyReport
} from '../../src/lib/verify/report.js'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import { withEnv } from './env.js'
import type { ReleaseSigner } from './local-release.js'
import { createReleaseSigner } from './local-release.js'
import type { Release } from './verify-fixtures.js'
import { verifyInputs, writeRelease } from './verify-fixtures.js'

export const TAR = 'hello-1.0.0.tar.gz'
export const WHL = 'hello-1.0.0-py3-none-any.whl'

export interface RoundTrip {
  stack: LocalStack
  tmp: string
  signer: ReleaseSigner
  release: Release
  /** A fresh copy of the signed release. */
  copy(): Promise<string>
  /** The release signer's identity and issuer, and `extra`. */
  policy(extra?: Record<string, string>): Record<string, string>
  verify(
    dir: string,
    values: Record<string, string>,
    args?: string[],
    env?: Record<string, string>
  ): Promise<VerifyReport>
}

/** Registers beforeAll/afterAll; the returned object is filled before the tests run. */
export function useRoundTrip(): RoundTrip {
  let trust: GatheredTrust
  let restoreEnv: () => void
  let n = 0
  const ctx = {} as RoundTrip
  beforeAll(async () => {
    ctx.stack = await startLocalStack()
    restoreEnv = withEnv(ctx.stack.env)
    ctx.tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-verify-'))
    const { trustedRoot } = await ctx.stack.writeTrust(
      path.join(ctx.tmp, 'trust')
    )
    trust = await gatherTrust({ trustedRoot, offline: true })
    ctx.signer = createReleaseSigner(ctx.stack)
    ctx.release = await writeRelease(path.join(ctx.tmp, 'release'), ctx.signer)
  })
  afterAll(async () => {
    restoreEnv()
    await ctx.stack.close()
    await rm(ctx.tmp, { recursive: true, force: true })
  })
  ctx.copy = async () => {
    const dir = path.join(ctx.tmp, `case-${++n}`)
    await cp(ctx.release.dir, dir, { recursive: true })
    return dir
  }
  ctx.policy = (extra = {}) => ({
    'certificate-identity': ctx.signer.identity,
    'certificate-oidc-issuer': ctx.signer.issuer,
    ...extra
  })
  ctx.verify = (dir, values, args = [dir], env) =>
    runVerify(verifyInputs(values, args), {
      trust,
      cwd: ctx.tmp,
      githubApiUrl: ctx.stack.github.url,
      ...(env ? { env } : {})
    })
  return ctx
}

export const artifactOf = (
  report: VerifyReport,
  name: string
): ArtifactReport =>
  report.artifacts.find((a) => a.name === name || a.artifact === name)!
