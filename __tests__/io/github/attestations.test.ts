import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import type { AttestationStore } from '../../../src/io/github/attestations.js'
import { createGitHubAttestationStore } from '../../../src/io/github/attestations.js'
import { storeBundles } from '../../../src/io/provenance/store.js'
import { ServiceError } from '../../../src/lib/errors.js'
import type { LocalGitHubApi } from '../../../src/local/github/api.js'
import { startGitHubApi } from '../../../src/local/github/api.js'
import { recordingLogger } from '../../helpers/logger.js'
import { fastRetry } from '../../helpers/retry-context.js'
import { attestationBundle } from '../../helpers/attestation-bundle.js'

const ROUTE = '/repos/acme/widget/attestations'

function bundle(n: number): object {
  return attestationBundle(`f${n}`, String(n).padStart(64, '0'))
}

describe('GitHub attestation store client', () => {
  let api: LocalGitHubApi
  let store: AttestationStore

  beforeAll(async () => {
    api = await startGitHubApi()
  })
  afterAll(async () => api.close())
  beforeEach(() => {
    api.server.faults.clear()
    api.server.served.length = 0
    store = createGitHubAttestationStore({
      apiUrl: `${api.url}/`,
      serverUrl: 'https://github.com',
      owner: 'acme',
      repo: 'widget',
      token: api.token,
      retry: fastRetry()
    })
  })

  it('POSTs { bundle } with the token and returns the id and its URL', async () => {
    const stored = await store.store(bundle(1))
    expect(stored.url).toBe(
      `https://github.com/acme/widget/attestations/${stored.id}`
    )
    expect(api.server.served).toEqual([
      {
        method: 'POST',
        path: ROUTE,
        status: 201,
        authorization: `Bearer ${api.token}`
      }
    ])
    const kept = api.state.attestations.find((a) => String(a.id) === stored.id)
    expect(kept?.subjects[0]?.name).toBe('f1')
  })

  it.each([
    ['503 twice', { kind: 'status', status: 503, times: 2 }, 3],
    [
      'a 429 with Retry-After',
      { kind: 'status', status: 429, retryAfterSeconds: 0, times: 1 },
      2
    ],
    [
      'a rate-limited 403 (Retry-After)',
      { kind: 'status', status: 403, retryAfterSeconds: 0, times: 1 },
      2
    ],
    ['a dropped connection', { kind: 'drop', times: 1 }, 2]
  ] as const)('retries %s, then stores once', async (_, fault, requests) => {
    api.server.faults.inject({ route: ROUTE, ...fault })
    await expect(store.store(bundle(2))).resolves.toMatchObject({
      id: expect.any(String)
    })
    expect(api.server.served).toHaveLength(requests)
    expect(api.server.served.filter((s) => s.status === 201)).toHaveLength(1)
  })

  it.each([
    [403, /attestations: write.*GitHub Enterprise Server.*store: false/s],
    [404, /no attestation store.*GitHub Enterprise Server.*store: false/s]
  ])('explains a %d, without retrying', async (status, message) => {
    api.server.faults.inject({ route: ROUTE, kind: 'status', status, times: 5 })
    const error = await store.store(bundle(3)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ status, service: 'github', retryable: false })
    expect((error as Error).message).toMatch(message)
    expect(api.server.served).toHaveLength(1)
  })

  it('refuses a wrong token with a 401 that names github-token', async () => {
    const wrong = createGitHubAttestationStore({
      apiUrl: api.url,
      serverUrl: 'https://github.com',
      owner: 'acme',
      repo: 'widget',
      token: 'ghs_wrong',
      retry: fastRetry()
    })
    await expect(wrong.store(bundle(4))).rejects.toThrow(
      /HTTP 401.*"github-token"/
    )
  })

  it('gives up after max-attempts on a service that keeps failing', async () => {
    api.server.faults.inject({
      route: ROUTE,
      kind: 'status',
      status: 502,
      times: 10
    })
    const error = await store.store(bundle(5)).catch((e: unknown) => e)
    expect(error).toMatchObject({ retryable: true, status: 502 })
    expect((error as Error).message).toMatch(/failed after 4 attempt/)
    expect(api.server.served).toHaveLength(4)
  })

  describe('storeBundles and on-store-error', () => {
    it('stores every bundle in order', async () => {
      const outcome = await storeBundles(
        [bundle(6), bundle(7), bundle(8)],
        store,
        {
          onStoreError: 'fail',
          concurrency: 2,
          logger: recordingLogger()
        }
      )
      expect(outcome.stored).toHaveLength(3)
      expect(outcome.warning).toBeUndefined()
      const ids = outcome.stored.map((s) => Number(s.id))
      const names = ids.map(
        (id) =>
          api.state.attestations.find((a) => a.id === id)?.subjects[0]?.name
      )
      expect(names).toEqual(['f6', 'f7', 'f8'])
    })

    it('fails on a 403 with on-store-error: fail, and stops asking', async () => {
      api.server.faults.inject({
        route: ROUTE,
        kind: 'status',
        status: 403,
        times: 10
      })
      await expect(
        storeBundles([bundle(9), bundle(10), bundle(11)], store, {
          onStoreError: 'fail',
          concurrency: 1,
          logger: recordingLogger()
        })
      ).rejects.toThrow(/HTTP 403/)
      expect(api.server.served).toHaveLength(1)
    })

    it('warns on a 403 with on-store-error: warn', async () => {
      api.server.faults.inject({
        route: ROUTE,
        kind: 'status',
        status: 403,
        times: 10
      })
      const logger = recordingLogger()
      const outcome = await storeBundles([bundle(12)], store, {
        onStoreError: 'warn',
        concurrency: 1,
        logger
      })
      expect(outcome.stored).toEqual([])
      expect(outcome.warning).toMatch(/HTTP 403.*on-store-error: warn.*0 of 1/s)
      expect(
        logger.lines.some((l) => l.startsWith('warning: GitHub refused'))
      ).toBe(true)
    })
  })
})
