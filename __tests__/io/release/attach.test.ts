/**
 * Files added to a published release against the local GitHub API: taken
 * when the repository has no immutable releases (an asset already there with
 * the same bytes stays, another one is replaced), refused and reported when
 * the release is immutable, and a clear error when there is no such release.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { attachToRelease } from '../../../src/io/release/attach.js'
import { publishRelease } from '../../../src/io/release/publish.js'
import type { LocalGitHubApi } from '../../../src/local/github/api.js'
import { startGitHubApi } from '../../../src/local/github/api.js'

describe('attachToRelease', () => {
  let api: LocalGitHubApi
  let dir: string

  beforeEach(async () => {
    api = await startGitHubApi()
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-attach-'))
  })

  afterEach(async () => {
    await api.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function file(name: string, text: string): Promise<string> {
    const at = path.join(dir, name)
    await writeFile(at, text)
    return at
  }

  async function publish(immutable: boolean): Promise<void> {
    if (immutable) {
      const res = await fetch(
        `${api.url}/repos/acme/widget/immutable-releases`,
        { method: 'PUT', headers: { authorization: `Bearer ${api.token}` } }
      )
      expect(res.status).toBe(204)
    }
    await publishRelease(
      {
        apiUrl: api.url,
        token: api.token,
        repository: 'acme/widget',
        tag: 'v1.0.0',
        name: 'widget v1.0.0',
        body: 'notes',
        commit: 'a'.repeat(40)
      },
      [await file('a.tgz', 'a')]
    )
  }

  const target = () => ({
    apiUrl: api.url,
    token: api.token,
    repository: 'acme/widget',
    tag: 'v1.0.0'
  })

  const names = () => api.state.releases[0]!.assets.map((a) => a.name)

  it('adds files to a published release of a repository without immutable releases', async () => {
    await publish(false)
    const files = [
      await file('consensus.intoto.json', '{}'),
      await file('consensus.sigstore.json', '{"v":1}')
    ]
    const first = await attachToRelease(target(), files)
    expect(first).toEqual({
      attached: true,
      htmlUrl: expect.stringContaining('/acme/widget/releases/tag/v1.0.0'),
      uploaded: ['consensus.intoto.json', 'consensus.sigstore.json']
    })
    expect(names()).toEqual([
      'a.tgz',
      'consensus.intoto.json',
      'consensus.sigstore.json'
    ])
    // A re-run keeps what is the same and replaces what changed.
    await writeFile(files[1]!, '{"v":2}')
    const again = await attachToRelease(target(), files)
    expect(again).toMatchObject({ uploaded: ['consensus.sigstore.json'] })
    const bundle = api.state.releases[0]!.assets.find(
      (a) => a.name === 'consensus.sigstore.json'
    )!
    expect(Buffer.from(bundle.bytes).toString()).toBe('{"v":2}')
  })

  it('adds nothing to an immutable release and says why', async () => {
    await publish(true)
    const result = await attachToRelease(target(), [
      await file('consensus.sigstore.json', '{}')
    ])
    expect(result).toEqual({
      attached: false,
      reason: expect.stringContaining('is immutable')
    })
    expect(names()).toEqual(['a.tgz'])
  })

  it('names the tag when the repository has no such published release', async () => {
    await expect(
      attachToRelease({ ...target(), tag: 'v9' }, [await file('x', 'x')])
    ).rejects.toMatchObject({
      code: 'ATTACH_NO_RELEASE',
      message: expect.stringContaining('v9')
    })
  })
})
