/**
 * The one GitHub REST client against the local GitHub API over real HTTP:
 * lists read past their first page, Retry-After and rate limits waited out
 * within the budget (and refused clearly past it), a GitHub Enterprise
 * Server base URL with its /api/v3 prefix, and the token kept out of every
 * message.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { createGitHubAttestationStore } from '../../../src/io/github/attestations.js'
import { GitHubClient } from '../../../src/io/github/client.js'
import { githubApiUrl } from '../../../src/io/github/environment.js'
import type { RetryContext } from '../../../src/io/net/retry.js'
import {
  downloadAsset,
  fetchReleaseByTag
} from '../../../src/io/rebuild/github-release.js'
import { fetchGitHubAttestations } from '../../../src/io/verify/github.js'
import { ServiceError } from '../../../src/lib/errors.js'
import type { LocalGitHubApi } from '../../../src/local/github/api.js'
import { startGitHubApi } from '../../../src/local/github/api.js'
import { publishRelease } from '../../helpers/github-release.js'
import { recordingLogger } from '../../helpers/logger.js'
import { fastRetry } from '../../helpers/retry-context.js'
import { attestationBundle } from '../../helpers/attestation-bundle.js'
import type { FaultRule } from '../../../src/local/faults.js'

const DIGEST = 'ab'.repeat(32)

/** A 403 of an exhausted rate limit that resets `inSeconds` from now. */
function rateLimited(inSeconds: number): {
  reset: number
  fault: FaultRule
} {
  const reset = Math.floor(Date.now() / 1000) + inSeconds
  return {
    reset,
    fault: {
      route: '/repos/acme/widget/releases',
      kind: 'status',
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset)
      },
      times: 1
    }
  }
}

/** fastRetry, with each wait recorded instead of slept. */
function recordingRetry(slept: number[], budgetMs = 20_000): RetryContext {
  const base = fastRetry()
  return {
    ...base,
    policy: { ...base.policy, budgetMs },
    env: {
      ...base.env,
      sleep: (ms) => {
        slept.push(ms)
        return Promise.resolve()
      }
    }
  }
}

describe('the GitHub REST client', () => {
  let api: LocalGitHubApi
  let dir: string

  beforeAll(async () => {
    api = await startGitHubApi()
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-github-client-'))
  })
  afterAll(async () => {
    await api.close()
    await rm(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    api.server.faults.clear()
    api.server.served.length = 0
  })

  it('reads every page of a list past the first 100 items (verify finds all 130 attestations)', async () => {
    const store = createGitHubAttestationStore({
      apiUrl: api.url,
      serverUrl: 'https://github.com',
      owner: 'acme',
      repo: 'paged',
      token: api.token,
      retry: fastRetry()
    })
    for (let n = 0; n < 130; n++)
      await store.store(attestationBundle(`f${n}`, DIGEST, { n }))
    api.server.served.length = 0
    const found = await fetchGitHubAttestations({
      apiUrl: api.url,
      repo: 'acme/paged',
      sha256: DIGEST
    })
    expect(found.attestations).toHaveLength(130)
    expect(new Set(found.attestations.map((a) => a.source)).size).toBe(130)
    expect(api.server.served.map((s) => s.status)).toEqual([200, 200])
  })

  it('lists and downloads a release of 230 assets (rebuild and verify --release)', async () => {
    const assets = Object.fromEntries(
      Array.from({ length: 230 }, (_, i) => [`a${i}.txt`, `asset ${i}\n`])
    )
    await publishRelease(api, 'acme/many', 'v2.0.0', assets)
    const github = {
      apiUrl: api.url,
      repository: 'acme/many',
      token: api.token
    }
    const release = await fetchReleaseByTag(github, 'v2.0.0')
    expect(release.assets.map((a) => a.name).sort()).toEqual(
      Object.keys(assets).sort()
    )
    const target = await mkdtemp(path.join(dir, 'download-'))
    await downloadAsset(github, release.assets[229]!, target)
    expect(await readdir(target)).toEqual([release.assets[229]!.name])
  })

  it('honours a Retry-After of a 429 in full, then succeeds', async () => {
    const slept: number[] = []
    api.server.faults.inject({
      route: '/repos/acme/widget/releases',
      kind: 'status',
      status: 429,
      retryAfterSeconds: 3,
      times: 1
    })
    const client = new GitHubClient({
      apiUrl: api.url,
      retry: recordingRetry(slept)
    })
    await expect(
      client.paginate('/repos/acme/widget/releases')
    ).resolves.toEqual([])
    expect(slept).toEqual([3000])
    expect(api.server.served.map((s) => s.status)).toEqual([429, 200])
  })

  it('waits for a rate limit that resets within the budget', async () => {
    const slept: number[] = []
    api.server.faults.inject(rateLimited(5).fault)
    const client = new GitHubClient({
      apiUrl: api.url,
      retry: recordingRetry(slept)
    })
    await client.paginate('/repos/acme/widget/releases')
    expect(slept).toHaveLength(1)
    expect(slept[0]).toBeGreaterThan(1000)
    expect(slept[0]).toBeLessThanOrEqual(7000)
    expect(api.server.served.map((s) => s.status)).toEqual([403, 200])
  })

  it('refuses at once, saying when it resets, a rate limit past the budget', async () => {
    const slept: number[] = []
    const { reset, fault } = rateLimited(3600)
    api.server.faults.inject(fault)
    const client = new GitHubClient({
      apiUrl: api.url,
      token: api.token,
      retry: recordingRetry(slept)
    })
    const error = await client
      .paginate('/repos/acme/widget/releases')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ service: 'github', status: 403 })
    const message = (error as Error).message
    expect(message).toContain('rate limit is exhausted')
    expect(message).toContain(new Date(reset * 1000).toISOString())
    expect(message).toContain('"github-token"')
    expect(message).not.toContain(api.token)
    expect(slept).toEqual([])
    expect(api.server.served).toHaveLength(1)
  })

  it('keeps the token out of every message and log line, retried or refused', async () => {
    const logger = recordingLogger()
    api.server.faults.inject({
      route: '/repos/acme/widget/releases',
      kind: 'status',
      status: 502,
      times: 4
    })
    const client = new GitHubClient({
      apiUrl: `${api.url}/`,
      token: api.token,
      retry: fastRetry(logger)
    })
    const failed = await client
      .call('/repos/acme/widget/releases?access_token=' + api.token)
      .catch((e: unknown) => e)
    expect(failed).toMatchObject({ retryable: true, status: 502 })
    const wrong = new GitHubClient({
      apiUrl: api.url,
      token: 'ghs_not-the-right-token',
      retry: fastRetry(logger)
    })
    const refused = await wrong
      .call('/repos/acme/widget/releases', { method: 'POST', json: {} })
      .catch((e: unknown) => e)
    expect(refused).toMatchObject({ status: 401, retryable: false })
    const everything = [
      (failed as Error).message,
      (failed as Error).stack,
      (refused as Error).message,
      ...logger.lines
    ].join('\n')
    expect(everything).toContain('HTTP 502')
    expect(everything).not.toContain(api.token)
    expect(everything).not.toContain('ghs_not-the-right-token')
    expect(api.server.served[0]?.authorization).toBe(`Bearer ${api.token}`)
  })
})

describe('a GitHub Enterprise Server base URL', () => {
  let ghes: LocalGitHubApi

  beforeAll(async () => {
    ghes = await startGitHubApi({ basePath: '/api/v3' })
  })
  afterAll(async () => ghes.close())
  afterEach(() => {
    ghes.server.served.length = 0
  })

  it('is taken from GITHUB_API_URL, with its path prefix, for every call and page', async () => {
    expect(ghes.url).toMatch(/\/api\/v3$/)
    const apiUrl = githubApiUrl({ GITHUB_API_URL: `${ghes.url}/` })
    expect(apiUrl).toBe(ghes.url)
    const assets = Object.fromEntries(
      Array.from({ length: 105 }, (_, i) => [`f${i}.bin`, `bytes ${i}`])
    )
    await publishRelease(ghes, 'corp/tool', 'v1', assets)
    ghes.server.served.length = 0
    const release = await fetchReleaseByTag(
      { apiUrl, repository: 'corp/tool', token: ghes.token },
      'v1'
    )
    expect(release.assets).toHaveLength(105)
    expect(ghes.server.served.map((s) => s.path)).toEqual([
      '/api/v3/repos/corp/tool/releases/tags/v1',
      `/api/v3/repos/corp/tool/releases/${release.id}/assets`,
      `/api/v3/repos/corp/tool/releases/${release.id}/assets`
    ])
  })

  it('defaults to api.github.com without GITHUB_API_URL', () => {
    expect(githubApiUrl({})).toBe('https://api.github.com')
    expect(githubApiUrl({ GITHUB_API_URL: '' })).toBe('https://api.github.com')
  })
})
