import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import { bundleToJSON } from '@sigstore/bundle'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  createRunnerTokenSource,
  createStaticTokenSource
} from '../../../src/io/sign/oidc.js'
import { createSigningSession } from '../../../src/io/sign/session.js'
import { ServiceError } from '../../../src/lib/errors.js'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import { verifyWithTrustedRootFile } from '../../helpers/sigstore-verify.js'
import type { RecordingLogger } from '../../helpers/logger.js'
import { recordingLogger } from '../../helpers/logger.js'
import { LOOPBACK_NO_PROXY, fastRetry } from './support.js'

const ENTRIES = '/api/v1/log/entries'
const TIMESTAMP = '/api/v1/timestamp'
const SIGNING_CERT = '/api/v2/signingCert'

describe('retries against a faulty local stack', () => {
  let stack: LocalStack
  let dir: string
  let trustedRoot: string
  let restoreEnv: () => void

  beforeAll(async () => {
    restoreEnv = withEnv(LOOPBACK_NO_PROXY)
    stack = await startLocalStack()
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-faults-'))
    trustedRoot = (await stack.writeTrust(dir)).trustedRoot
  })

  afterEach(() => {
    for (const server of [
      stack.sigstore.fulcio.server,
      stack.sigstore.rekor.server,
      stack.sigstore.tsa.server,
      stack.oidc.server
    ]) {
      const pending = server.faults.pending
      server.faults.clear()
      expect([server.name, pending]).toEqual([server.name, 0])
    }
  })

  afterAll(async () => {
    await stack.close()
    await rm(dir, { recursive: true, force: true })
    restoreEnv()
  })

  const session = (logger: RecordingLogger, policy = {}, timeoutMs = 2000) =>
    createSigningSession({
      credentials: {
        kind: 'fulcio',
        fulcioUrl: stack.fulcioUrl,
        tokens: createRunnerTokenSource({
          env: {
            ACTIONS_ID_TOKEN_REQUEST_URL: stack.oidc.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.oidc.requestToken
          },
          retry: fastRetry(logger, policy, timeoutMs),
          onToken: () => undefined
        })
      },
      endpoints: {
        rekor: { url: stack.rekorUrl, majorApiVersion: 1 },
        tsaUrl: stack.tsaUrl
      },
      retry: fastRetry(logger, policy, timeoutMs)
    })

  it('gets through 503s, 429s, slow answers, timeouts and dropped connections, logging each wait', async () => {
    const { fulcio, rekor, tsa } = stack.sigstore
    stack.oidc.server.faults.inject({
      route: '/token',
      kind: 'status',
      status: 503,
      times: 1
    })
    stack.oidc.server.faults.inject({ route: '/token', kind: 'drop', times: 1 })
    fulcio.server.faults.inject({
      route: SIGNING_CERT,
      kind: 'status',
      status: 429,
      times: 1
    })
    fulcio.server.faults.inject({
      route: SIGNING_CERT,
      kind: 'status',
      status: 502,
      times: 1
    })
    rekor.server.faults.inject({
      route: ENTRIES,
      kind: 'status',
      status: 503,
      times: 1
    })
    rekor.server.faults.inject({ route: ENTRIES, kind: 'drop', times: 1 })
    rekor.server.faults.inject({
      route: ENTRIES,
      kind: 'delay',
      ms: 300,
      times: 1
    })
    tsa.server.faults.inject({
      route: TIMESTAMP,
      kind: 'status',
      status: 429,
      retryAfterSeconds: 0,
      times: 1
    })
    tsa.server.faults.inject({
      route: TIMESTAMP,
      kind: 'delay',
      ms: 1500,
      times: 1
    })
    tsa.server.faults.inject({
      route: TIMESTAMP,
      kind: 'status',
      status: 500,
      times: 1
    })

    const logger = recordingLogger()
    const s = session(logger, {}, 1000)
    const artifact = await s.signBytes(Buffer.from('through the storm'))
    await expect(
      verifyWithTrustedRootFile(
        trustedRoot,
        bundleToJSON(artifact.bundle),
        Buffer.from('through the storm'),
        {}
      )
    ).resolves.toBeDefined()
    expect(s.certificatesIssued).toBe(1)

    const waits = logger.lines.filter((l) => /retrying in \d+\.\d s$/.test(l))
    expect(waits).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^OIDC token service: attempt 1 of 5 failed \(HTTP 503/
        ),
        expect.stringMatching(
          /^OIDC token service: attempt 2 of 5 failed \(network error/
        ),
        expect.stringMatching(/^Fulcio: attempt 1 of 5 failed \(HTTP 429/),
        expect.stringMatching(/^Fulcio: attempt 2 of 5 failed \(HTTP 502/),
        expect.stringMatching(/^Rekor: attempt 1 of 5 failed \(HTTP 503/),
        expect.stringMatching(/^Rekor: attempt 2 of 5 failed \(network error/),
        expect.stringMatching(/^TSA: attempt 1 of 5 failed \(HTTP 429/),
        expect.stringMatching(
          /^TSA: attempt 2 of 5 failed \(no answer before the request timeout\)/
        ),
        expect.stringMatching(/^TSA: attempt 3 of 5 failed \(HTTP 500/)
      ])
    )
    expect(waits).toHaveLength(9)
  })

  it('turns a lost answer into Rekor 409 "already exists" and fetches the stored entry', async () => {
    const { rekor } = stack.sigstore
    const stored = rekor.entries.length
    rekor.server.faults.inject({
      route: ENTRIES,
      method: 'POST',
      kind: 'lost-response',
      times: 1
    })
    const logger = recordingLogger()
    const s = createSigningSession({
      credentials: {
        kind: 'fulcio',
        fulcioUrl: stack.fulcioUrl,
        tokens: createStaticTokenSource(await stack.oidc.mintToken('sigstore'))
      },
      endpoints: { rekor: { url: stack.rekorUrl, majorApiVersion: 1 } },
      retry: fastRetry(logger)
    })
    const served = rekor.server.served.length
    const artifact = await s.signBytes(Buffer.from('said twice'))
    expect(rekor.entries.length).toBe(stored + 1)
    expect(
      rekor.server.served.slice(served).map((r) => `${r.method} ${r.status}`)
    ).toEqual(['POST 0', 'POST 409', 'GET 200'])
    const entry = rekor.entries.at(-1)!
    expect(artifact.bundle.verificationMaterial.tlogEntries[0]?.logIndex).toBe(
      String(entry.logIndex)
    )
    await expect(
      verifyWithTrustedRootFile(
        trustedRoot,
        bundleToJSON(artifact.bundle),
        Buffer.from('said twice'),
        {}
      )
    ).resolves.toBeDefined()
  })

  it('gives up after max attempts, naming the service', async () => {
    stack.sigstore.rekor.server.faults.inject({
      route: ENTRIES,
      kind: 'status',
      status: 503,
      times: 3
    })
    const logger = recordingLogger()
    const s = session(logger, { maxAttempts: 3 })
    const error = await s
      .signBytes(Buffer.from('never'))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).code).toBe('SERVICE_REKOR')
    expect((error as ServiceError).service).toBe('rekor')
    expect((error as ServiceError).status).toBe(503)
    expect((error as ServiceError).message).toBe(
      `Rekor (${stack.rekorUrl}) failed after 3 attempts: HTTP 503 injected fault: 503`
    )
    expect(
      logger.lines.filter((l) => l.startsWith('Rekor: attempt'))
    ).toHaveLength(2)
  })

  it('gives up when the time budget is spent, even with attempts left', async () => {
    stack.sigstore.tsa.server.faults.inject({
      route: TIMESTAMP,
      kind: 'delay',
      ms: 1500,
      times: 1
    })
    const logger = recordingLogger()
    const s = session(logger, { maxAttempts: 10, budgetMs: 1000 }, 5000)
    await s.start()
    const started = Date.now()
    const error = await s
      .signBytes(Buffer.from('too slow'))
      .catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(2500)
    expect((error as ServiceError).code).toBe('SERVICE_TSA')
    expect((error as Error).message).toMatch(
      /^TSA \(.*\) failed after 1 attempt in \d\.\d s \(retry budget 1 s\): no answer before the request timeout$/
    )
  })

  it('does not retry what a retry cannot fix (a 401 from Fulcio)', async () => {
    const logger = recordingLogger()
    const wrongAudience = await stack.oidc.mintToken('not-sigstore')
    const s = createSigningSession({
      credentials: {
        kind: 'fulcio',
        fulcioUrl: stack.fulcioUrl,
        tokens: createStaticTokenSource(wrongAudience)
      },
      endpoints: { tsaUrl: stack.tsaUrl },
      retry: fastRetry(logger)
    })
    const error = await s.start().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).code).toBe('SERVICE_FULCIO')
    expect((error as ServiceError).retryable).toBe(false)
    expect((error as Error).message).toMatch(
      /^Fulcio \(.*\) refused the request: HTTP 401 /
    )
    expect((error as Error).message).not.toContain(wrongAudience)
    expect(logger.lines).toEqual([])
  })
})
