/**
 * The release order against the local GitHub API: a draft first, every
 * asset attached to the draft, published once; a failure before publishing
 * leaves only a draft, and a published release takes no more assets.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { publishRelease } from '../../../src/io/release/publish.js'
import type { LocalGitHubApi } from '../../../src/local/github/api.js'
import { startGitHubApi } from '../../../src/local/github/api.js'

describe('publishRelease', () => {
  let api: LocalGitHubApi
  let dir: string
  let files: string[]

  beforeEach(async () => {
    api = await startGitHubApi()
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-publish-'))
    files = []
    for (const name of ['a.tgz', 'a.tgz.sigstore.json', 'SHA256SUMS']) {
      const file = path.join(dir, name)
      await writeFile(file, `${name}\n`)
      files.push(file)
    }
  })

  afterEach(async () => {
    await api.close()
    await rm(dir, { recursive: true, force: true })
  })

  const target = () => ({
    apiUrl: api.url,
    token: api.token,
    repository: 'acme/widget',
    tag: 'v1.0.0',
    name: 'widget v1.0.0',
    body: 'notes',
    commit: 'a'.repeat(40)
  })

  it('creates a draft, uploads every asset to it, then publishes once', async () => {
    const release = await publishRelease(target(), files)
    expect(release.assets).toEqual([
      'a.tgz',
      'a.tgz.sigstore.json',
      'SHA256SUMS'
    ])
    expect(api.state.events.map((e) => e.type)).toEqual([
      'create',
      'upload',
      'upload',
      'upload',
      'publish'
    ])
    const [stored] = api.state.releases
    expect(stored?.draft).toBe(false)
    expect(stored?.assets.map((a) => a.name)).toEqual(release.assets)
  })

  it('leaves only a draft when an upload fails before publishing', async () => {
    api.server.faults.inject({
      route: '/uploads/',
      kind: 'status',
      status: 422,
      times: 1
    })
    await expect(publishRelease(target(), files)).rejects.toThrow(/422/)
    expect(api.state.releases).toHaveLength(1)
    expect(api.state.releases[0]?.draft).toBe(true)
    expect(api.state.events.map((e) => e.type)).not.toContain('publish')
  })

  it('retries a refused call (503) and still publishes once', async () => {
    api.server.faults.inject({
      route: '/uploads/',
      kind: 'status',
      status: 503,
      times: 2
    })
    const release = await publishRelease(target(), files, {
      sleep: () => Promise.resolve()
    })
    expect(release.uploaded).toHaveLength(3)
    expect(api.state.releases[0]?.draft).toBe(false)
  })

  it('resumes: a re-run finds its draft and uploads only what is missing', async () => {
    api.server.faults.inject({
      route: '/repos/acme/widget/releases/',
      kind: 'status',
      status: 422,
      times: 1
    })
    await expect(publishRelease(target(), files.slice(0, 2))).rejects.toThrow(
      /422/
    )
    expect(api.state.releases.map((r) => r.draft)).toEqual([true])
    const release = await publishRelease(target(), files)
    expect(release.uploaded).toEqual(['SHA256SUMS'])
    expect(api.state.releases).toHaveLength(1)
    expect(api.state.releases[0]?.draft).toBe(false)
    expect(api.state.releases[0]?.assets.map((a) => a.name)).toEqual([
      'a.tgz',
      'a.tgz.sigstore.json',
      'SHA256SUMS'
    ])
  })

  it('refuses to touch a release already published', async () => {
    await publishRelease(target(), files)
    await expect(publishRelease(target(), files)).rejects.toMatchObject({
      code: 'RELEASE_ALREADY_PUBLISHED'
    })
  })

  it('cannot attach assets once published in a repository with immutable releases', async () => {
    const setting = await fetch(
      `${api.url}/repos/acme/widget/immutable-releases`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${api.token}` }
      }
    )
    expect(setting.status).toBe(204)
    await publishRelease(target(), files)
    const id = api.state.releases[0]!.id
    const late = await fetch(
      `${api.url}/uploads/repos/acme/widget/releases/${id}/assets?name=late.txt`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${api.token}` },
        body: 'late'
      }
    )
    expect(late.status).toBe(422)
  })
})
