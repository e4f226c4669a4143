/**
 * A failure in any job before `release` leaves no published release (the
 * release job never runs); a failure inside the release job, after the
 * draft was created, leaves only the draft.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import { RELEASE_TIMEOUT_MS, releaseExample } from '../helpers/local-runner.js'

describe('publish.yml fails closed on the local runner', () => {
  let stack: LocalStack
  let tmp: string

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-faults-e2e-'))
    stack = await startLocalStack()
  })

  afterAll(async () => {
    await stack.close()
    await rm(tmp, { recursive: true, force: true })
  })

  const release = (repository: string, failJobs: string[] = []) =>
    releaseExample({
      stack,
      example: 'npm-package',
      build: 'npm run build',
      artifacts: 'dist/*.tgz',
      repository,
      outDir: path.join(tmp, repository.replace('/', '-')),
      failJobs
    })

  const releasesOf = (repo: string) =>
    stack.github.state.releases.filter((r) => r.repo === repo)

  it.each(['build', 'sbom', 'scan', 'sign', 'rebuild'])(
    'a failure injected into %s leaves no release at all',
    async (job) => {
      const result = await release(`acme/fail-${job}`, [job])
      expect(result.result).toBe('failure')
      expect(result.jobs.find((j) => j.id === job)?.result).toBe('failure')
      expect(result.jobs.find((j) => j.id === 'release')?.result).toBe(
        'skipped'
      )
      expect(releasesOf(`fail-${job}`)).toEqual([])
      expect(result.assets).toEqual([])
    },
    RELEASE_TIMEOUT_MS
  )

  it(
    'a failure while uploading leaves only a draft',
    async () => {
      stack.github.server.faults.inject({
        route: '/uploads/repos/acme/fail-upload/',
        kind: 'status',
        status: 422,
        times: 1
      })
      const result = await release('acme/fail-upload')
      expect(result.result).toBe('failure')
      expect(releasesOf('fail-upload').map((r) => r.draft)).toEqual([true])
    },
    RELEASE_TIMEOUT_MS
  )
})
