/**
 * The local stack, a temp root and the trust files one sign e2e suite
 * shares; sign.test.ts and sign.interop.test.ts (the openssl checks) both
 * run on it. Call useSignSuite() inside a describe: it registers the hooks
 * and returns an object whose fields are set once beforeAll ran.
 */
import crypto from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import type { ActionRun } from './sign-support.js'
import { listTree, tokensMasked } from './sign-support.js'

export interface SignSuite {
  stack: LocalStack
  root: string
  trust: { trustedRoot: string; signingConfig: string }
  /** The local CA certificate as PEM, in a file. */
  caPem: string
  identity(): string
  customInputs(): Record<string, string>
  certificateRequests(): number
  workspace(
    name: string,
    files: Record<string, string | Buffer>
  ): Promise<string>
  /** No masked token appears in anything the run printed or wrote. */
  expectNoToken(result: ActionRun, extraTokens?: string[]): Promise<void>
}

export function useSignSuite(): SignSuite {
  const suite = {
    identity: () =>
      `https://github.com/${suite.stack.oidc.claims.job_workflow_ref}`,
    customInputs: () => ({
      sigstore: 'custom',
      'fulcio-url': suite.stack.fulcioUrl,
      'rekor-url': suite.stack.rekorUrl,
      'tsa-url': suite.stack.tsaUrl
    }),
    certificateRequests: () =>
      suite.stack.sigstore.fulcio.server.served.filter(
        (r) => r.method === 'POST'
      ).length,
    async workspace(
      name: string,
      files: Record<string, string | Buffer>
    ): Promise<string> {
      const ws = path.join(suite.root, name)
      for (const [file, content] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(ws, file)), { recursive: true })
        await writeFile(path.join(ws, file), content)
      }
      return ws
    },
    expectNoToken: (result: ActionRun, extraTokens: string[] = []) =>
      expectNoToken(result, extraTokens)
  } as unknown as SignSuite

  beforeAll(async () => {
    suite.stack = await startLocalStack()
    suite.root = await mkdtemp(path.join(os.tmpdir(), 'provenant-e2e-sign-'))
    suite.trust = await suite.stack.writeTrust(path.join(suite.root, 'trust'))
    const ca = (
      suite.stack.trustedRoot.certificateAuthorities[0] as {
        certChain: { certificates: { rawBytes: string }[] }
      }
    ).certChain.certificates[0]!.rawBytes
    suite.caPem = path.join(suite.root, 'ca.pem')
    await writeFile(
      suite.caPem,
      new crypto.X509Certificate(Buffer.from(ca, 'base64')).toString()
    )
  })

  afterEach(() => {
    for (const server of [
      suite.stack.sigstore.fulcio.server,
      suite.stack.sigstore.rekor.server,
      suite.stack.sigstore.tsa.server,
      suite.stack.oidc.server
    ]) {
      server.faults.clear()
    }
  })

  afterAll(async () => {
    await suite.stack.close()
    await rm(suite.root, { recursive: true, force: true })
  })

  return suite
}

async function expectNoToken(
  result: ActionRun,
  extraTokens: string[]
): Promise<void> {
  const tokens = [...tokensMasked(result), ...extraTokens]
  expect(tokens.length).toBeGreaterThan(0)
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  const everything = [
    stdout,
    result.stderr,
    result.outputFile,
    result.summary,
    ...(await Promise.all(
      (await listTree(result.workspace)).map((f) => readFile(f, 'latin1'))
    )),
    ...(await Promise.all(
      (await listTree(result.runnerDir)).map((f) => readFile(f, 'latin1'))
    ))
  ].join('\n')
  for (const token of tokens) {
    expect(everything.includes(token)).toBe(false)
    expect(everything.includes(token.split('.')[2]!)).toBe(false)
  }
}
