import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { LocalGitHubApi } from '../../../../src/local/github/api.js'
import { startGitHubApi } from '../../../../src/local/github/api.js'

const TOKEN = 'ghs_localtesttoken'
const START = Date.parse('2025-06-01T12:00:00.000Z')

interface AssetJson {
  id: number
  name: string
  url: string
  browser_download_url: string
  download_count: number
}

interface ReleaseJson {
  id: number
  upload_url: string
  draft: boolean
  created_at: string
  published_at: string | null
}

interface ErrorJson {
  message: string
  errors?: unknown[]
}

interface AttestationList {
  attestations: { bundle: unknown; repository_id: number }[]
}

interface Call {
  body?: unknown
  raw?: Uint8Array
  headers?: Record<string, string>
  auth?: string | null
}

describe('local GitHub API', () => {
  let api: LocalGitHubApi
  let ticks: number

  beforeEach(async () => {
    ticks = 0
    api = await startGitHubApi({
      token: TOKEN,
      now: () => new Date(START + 1000 * ticks++)
    })
  })
  afterEach(async () => api.close())

  async function call(
    method: string,
    pathOrUrl: string,
    { body, raw, headers = {}, auth = `Bearer ${TOKEN}` }: Call = {}
  ): Promise<Response> {
    const url = pathOrUrl.startsWith('http')
      ? pathOrUrl
      : `${api.url}${pathOrUrl}`
    return fetch(url, {
      method,
      headers: {
        ...(auth === null ? {} : { authorization: auth }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers
      },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body))
    })
  }

  async function json<T = ErrorJson>(res: Response): Promise<T> {
    return (await res.json()) as T
  }

  async function createRelease(
    fields: Record<string, unknown> = {}
  ): Promise<ReleaseJson> {
    const res = await call('POST', '/repos/acme/widget/releases', {
      body: { tag_name: 'v1.0.0', draft: true, ...fields }
    })
    expect(res.status).toBe(201)
    return json<ReleaseJson>(res)
  }

  async function upload(
    release: ReleaseJson,
    name: string,
    bytes: Uint8Array,
    contentType = 'application/octet-stream'
  ): Promise<Response> {
    const url = release.upload_url.replace(
      '{?name,label}',
      `?name=${encodeURIComponent(name)}`
    )
    return call('POST', url, {
      raw: bytes,
      headers: { 'content-type': contentType }
    })
  }

  async function publish(release: ReleaseJson): Promise<Response> {
    return call('PATCH', `/repos/acme/widget/releases/${release.id}`, {
      body: { draft: false }
    })
  }

  describe('authorization', () => {
    it.each([
      ['no header', 401, null],
      ['a wrong token', 401, 'Bearer ghs_wrong'],
      ['another scheme', 401, `Basic ${TOKEN}`],
      ['the token as Bearer', 201, `Bearer ${TOKEN}`],
      ['the token as token', 201, `token ${TOKEN}`]
    ])('answers a write with %s with %i', async (_, status, auth) => {
      const res = await call('POST', '/repos/acme/widget/releases', {
        auth,
        body: { tag_name: `v-${Math.random()}` }
      })
      expect(res.status).toBe(status)
      if (status === 401) {
        expect(await json(res)).toEqual({
          message: 'Bad credentials',
          documentation_url: expect.stringContaining('docs.github.com'),
          status: '401'
        })
      }
    })

    it('generates a random token when none is given', async () => {
      const other = await startGitHubApi()
      try {
        expect(other.token).toMatch(/^ghs_[0-9a-f]{36}$/)
        const res = await fetch(`${other.url}/repos/acme/widget/releases`, {
          headers: { authorization: `Bearer ${other.token}` }
        })
        expect(res.status).toBe(200)
      } finally {
        await other.close()
      }
    })
  })

  it.each([
    ['GET', '/nope'],
    ['GET', '/repos/acme/widget/releases/999999'],
    ['GET', '/repos/acme/widget/releases/not-a-number'],
    ['GET', '/repos/acme/widget/releases/tags/v9'],
    ['GET', '/repos/acme/widget/releases/latest'],
    ['GET', '/repos/acme/widget/releases/assets/1'],
    ['DELETE', '/repos/acme/widget/releases']
  ])('answers %s %s with GitHub’s 404', async (method, path) => {
    const res = await call(method, path)
    expect(res.status).toBe(404)
    expect(await json(res)).toEqual({
      message: 'Not Found',
      documentation_url: expect.stringContaining('docs.github.com'),
      status: '404'
    })
  })

  it('reads a public repository without a token, but refuses a wrong one', async () => {
    expect(
      (await call('GET', '/repos/acme/widget/releases', { auth: null })).status
    ).toBe(200)
    expect(
      (await call('GET', '/repos/acme/widget/releases', { auth: 'Bearer no' }))
        .status
    ).toBe(401)
    expect((await call('POST', '/nope', { auth: null })).status).toBe(401)
  })

  it('wants the token for every read when the repository is private', async () => {
    const other = await startGitHubApi({ token: TOKEN, publicRead: false })
    try {
      const res = await fetch(`${other.url}/repos/acme/widget/releases`)
      expect(res.status).toBe(401)
    } finally {
      await other.close()
    }
  })

  it('runs a release: draft, two uploads, publish, fetch by tag, download', async () => {
    const files = {
      'widget-1.0.0.tgz': new Uint8Array([0, 1, 2, 250, 255]),
      'widget.sbom.json': new TextEncoder().encode('{"sbom":true}\n')
    }
    const draft = await createRelease({ name: 'Widget 1.0.0', body: 'notes' })
    expect(draft).toMatchObject({
      tag_name: 'v1.0.0',
      name: 'Widget 1.0.0',
      body: 'notes',
      draft: true,
      prerelease: false,
      published_at: null,
      assets: [],
      url: `${api.url}/repos/acme/widget/releases/${draft.id}`,
      upload_url: `${api.url}/uploads/repos/acme/widget/releases/${draft.id}/assets{?name,label}`
    })
    expect(draft.upload_url).toContain(api.uploadUrl)
    const byTagWhileDraft = await call(
      'GET',
      '/repos/acme/widget/releases/tags/v1.0.0'
    )
    expect(byTagWhileDraft.status).toBe(404)

    for (const [name, bytes] of Object.entries(files)) {
      const res = await upload(draft, name, bytes, 'application/x-test')
      expect(res.status).toBe(201)
      expect(await json(res)).toMatchObject({
        name,
        size: bytes.byteLength,
        content_type: 'application/x-test',
        state: 'uploaded',
        digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`
      })
    }

    const published = await publish(draft)
    expect(published.status).toBe(200)
    const release = await json<ReleaseJson>(published)
    expect(release.draft).toBe(false)
    expect(release.published_at).toBe(new Date(START + 3000).toISOString())

    const byTag = await call('GET', '/repos/acme/widget/releases/tags/v1.0.0')
    expect(byTag.status).toBe(200)
    expect((await json<ReleaseJson>(byTag)).id).toBe(draft.id)
    const latest = await call('GET', '/repos/acme/widget/releases/latest')
    expect((await json<ReleaseJson>(latest)).id).toBe(draft.id)

    const listed = await call(
      'GET',
      `/repos/acme/widget/releases/${draft.id}/assets`
    )
    expect(listed.status).toBe(200)
    const assets = await json<AssetJson[]>(listed)
    expect(assets.map((a) => a.name)).toEqual(Object.keys(files))

    for (const asset of assets) {
      const expected = files[asset.name as keyof typeof files]
      const viaBrowser = await call('GET', asset.browser_download_url)
      expect(viaBrowser.status).toBe(200)
      expect(new Uint8Array(await viaBrowser.arrayBuffer())).toEqual(expected)

      const viaApi = await call('GET', asset.url, {
        headers: { accept: 'application/octet-stream' }
      })
      expect(viaApi.headers.get('content-type')).toBe(
        'application/octet-stream'
      )
      expect(new Uint8Array(await viaApi.arrayBuffer())).toEqual(expected)

      const asJson = await json<AssetJson>(await call('GET', asset.url))
      expect(asJson).toMatchObject({ id: asset.id, download_count: 2 })
    }

    expect(api.state.events.map((e) => [e.type, e.releaseId, e.asset])).toEqual(
      [
        ['create', draft.id, undefined],
        ['upload', draft.id, 'widget-1.0.0.tgz'],
        ['upload', draft.id, 'widget.sbom.json'],
        ['publish', draft.id, undefined]
      ]
    )
    expect(api.state.releases[0]?.assets).toHaveLength(2)
  })

  async function setImmutable(enabled: boolean): Promise<void> {
    const res = await call(
      enabled ? 'PUT' : 'DELETE',
      '/repos/acme/widget/immutable-releases'
    )
    expect(res.status).toBe(204)
  }

  it('takes new assets on a published release of a repository without immutable releases, as GitHub does', async () => {
    const draft = await createRelease()
    expect((await publish(draft)).status).toBe(200)
    const release = await json<ReleaseJson & { immutable: boolean }>(
      await call('GET', '/repos/acme/widget/releases/tags/v1.0.0')
    )
    expect(release.immutable).toBe(false)

    const late = await upload(draft, 'late.txt', new Uint8Array([2]))
    expect(late.status).toBe(201)
    const asset = await json<AssetJson>(late)
    expect(api.state.releases[0]?.assets.map((a) => a.name)).toEqual([
      'late.txt'
    ])
    expect((await call('DELETE', asset.url)).status).toBe(204)
    expect(api.state.events.map((e) => e.type)).toEqual([
      'create',
      'publish',
      'upload'
    ])
  })

  it('rejects an upload to a release published with immutable releases on', async () => {
    expect(
      await json(await call('GET', '/repos/acme/widget/immutable-releases'))
    ).toEqual({ enabled: false, enforced_by_owner: false })
    await setImmutable(true)
    expect(
      await json(await call('GET', '/repos/acme/widget/immutable-releases'))
    ).toEqual({ enabled: true, enforced_by_owner: false })
    const draft = await createRelease()
    const first = await upload(draft, 'a.txt', new Uint8Array([1]))
    expect(first.status).toBe(201)
    expect((await publish(draft)).status).toBe(200)

    const late = await upload(draft, 'b.txt', new Uint8Array([2]))
    expect(late.status).toBe(422)
    expect((await json(late)).message).toBe(
      'Cannot upload assets to an immutable release.'
    )
    const gone = await call('DELETE', (await json<AssetJson>(first)).url)
    expect(gone.status).toBe(422)
    expect(api.state.releases[0]?.assets.map((a) => a.name)).toEqual(['a.txt'])
    expect(api.state.releases[0]?.immutable).toBe(true)
    expect(api.state.events.map((e) => e.type)).toEqual([
      'create',
      'upload',
      'publish'
    ])
  })

  it('keeps a release published before the setting was turned on mutable', async () => {
    const release = await createRelease({ draft: false })
    await setImmutable(true)
    expect((await upload(release, 'a.txt', new Uint8Array())).status).toBe(201)
    await setImmutable(false)
    expect(api.state.releases[0]?.immutable).toBe(false)
  })

  it('refuses the setting to a job token, which no workflow grants administration', async () => {
    const job = api.issueToken({
      repository: 'acme/widget',
      permissions: { contents: 'write' }
    })
    const res = await call('PUT', '/repos/acme/widget/immutable-releases', {
      auth: `Bearer ${job.token}`
    })
    expect(res.status).toBe(403)
    job.revoke()
  })

  it('publishes at once a release created without draft', async () => {
    await setImmutable(true)
    const release = await createRelease({ draft: false })
    expect(release.draft).toBe(false)
    expect(release.published_at).toBe(release.created_at)
    expect(api.state.events.map((e) => e.type)).toEqual(['create', 'publish'])
    expect((await upload(release, 'a.txt', new Uint8Array())).status).toBe(422)
  })

  it.each([
    ['back to draft', { draft: true }],
    ['to another tag', { tag_name: 'v2.0.0' }]
  ])('refuses to turn an immutable release %s', async (_, change) => {
    await setImmutable(true)
    const release = await createRelease({ draft: false })
    const res = await call(
      'PATCH',
      `/repos/acme/widget/releases/${release.id}`,
      {
        body: change
      }
    )
    expect(res.status).toBe(422)
    expect(api.state.releases[0]).toMatchObject({
      draft: false,
      tagName: 'v1.0.0'
    })
  })

  it('lets a mutable published release go back to draft, out of sight by tag', async () => {
    const release = await createRelease({ draft: false })
    const res = await call(
      'PATCH',
      `/repos/acme/widget/releases/${release.id}`,
      { body: { draft: true } }
    )
    expect(res.status).toBe(200)
    expect(api.state.releases[0]).toMatchObject({
      draft: true,
      publishedAt: null
    })
    expect(
      (await call('GET', '/repos/acme/widget/releases/tags/v1.0.0')).status
    ).toBe(404)
  })

  it('answers 422 already_exists to a second asset of the same name', async () => {
    const draft = await createRelease()
    expect((await upload(draft, 'a.txt', new Uint8Array([1]))).status).toBe(201)
    const again = await upload(draft, 'a.txt', new Uint8Array([2]))
    expect(again.status).toBe(422)
    expect((await json(again)).errors).toEqual([
      { resource: 'ReleaseAsset', field: 'name', code: 'already_exists' }
    ])
  })

  it.each([
    ['a tag that has a release', { tag_name: 'v1.0.0' }],
    ['no tag', { name: 'untagged' }],
    ['a draft flag that is not a boolean', { tag_name: 'v2', draft: 'yes' }]
  ])('answers 422 to a release with %s', async (_, fields) => {
    await createRelease()
    const res = await call('POST', '/repos/acme/widget/releases', {
      body: fields
    })
    expect(res.status).toBe(422)
    expect((await json(res)).message).toBe('Validation Failed')
    expect(api.state.releases).toHaveLength(1)
  })

  it('answers 400 to a body that is not JSON', async () => {
    const res = await call('POST', '/repos/acme/widget/releases', {
      raw: new TextEncoder().encode('{nope'),
      headers: { 'content-type': 'application/json' }
    })
    expect(res.status).toBe(400)
    expect((await json(res)).message).toBe('Problems parsing JSON')
  })

  it('keeps releases per repository', async () => {
    const release = await createRelease()
    const elsewhere = await call(
      'GET',
      `/repos/acme/other/releases/${release.id}`
    )
    expect(elsewhere.status).toBe(404)
    const list = await call('GET', '/repos/acme/other/releases')
    expect(await list.json()).toEqual([])
  })

  describe('attestations', () => {
    const digestOf = (text: string): string =>
      createHash('sha256').update(text).digest('hex')
    const ARTIFACT = digestOf('widget-1.0.0.tgz')
    const PROVENANCE = 'https://slsa.dev/provenance/v1'

    function buildBundle(sha256: string): Record<string, unknown> {
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'widget-1.0.0.tgz', digest: { sha256 } }],
        predicateType: PROVENANCE,
        predicate: {}
      }
      return {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {},
        dsseEnvelope: {
          payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
          payloadType: 'application/vnd.in-toto+json',
          signatures: [{ sig: 'AAAA', keyid: '' }]
        }
      }
    }

    async function attest(repo: string, sha256: string): Promise<number> {
      const res = await call('POST', `/repos/acme/${repo}/attestations`, {
        body: { bundle: buildBundle(sha256) }
      })
      expect(res.status).toBe(201)
      const { id } = await json<{ id: number }>(res)
      expect(typeof id).toBe('number')
      return id
    }

    it('lists a stored bundle by its subject digest', async () => {
      await attest('widget', ARTIFACT)
      const res = await call(
        'GET',
        `/repos/acme/widget/attestations/sha256:${ARTIFACT}`
      )
      expect(res.status).toBe(200)
      const { attestations } = await json<AttestationList>(res)
      expect(attestations).toEqual([
        {
          bundle: buildBundle(ARTIFACT),
          repository_id: expect.any(Number)
        }
      ])
      expect(api.state.attestations[0]).toMatchObject({
        predicateType: PROVENANCE,
        subjects: [{ name: 'widget-1.0.0.tgz', digest: { sha256: ARTIFACT } }]
      })
    })

    it.each([
      [
        'another digest',
        `/repos/acme/widget/attestations/sha256:${digestOf('x')}`
      ],
      [
        'another repository',
        `/repos/acme/other/attestations/sha256:${ARTIFACT}`
      ],
      ['another owner', `/orgs/someone/attestations/sha256:${ARTIFACT}`],
      [
        'another predicate type',
        `/repos/acme/widget/attestations/sha256:${ARTIFACT}?predicate_type=https://spdx.dev/Document/v2.3`
      ]
    ])('answers 404 for %s', async (_, path) => {
      await attest('widget', ARTIFACT)
      const res = await call('GET', path)
      expect(res.status).toBe(404)
      expect((await json(res)).message).toBe('Not Found')
    })

    it('lists across the repositories of an owner', async () => {
      await attest('widget', ARTIFACT)
      await attest('gadget', ARTIFACT)
      await attest('gadget', digestOf('other'))
      const res = await call(
        'GET',
        `/orgs/ACME/attestations/sha256:${ARTIFACT.toUpperCase()}?predicate_type=${PROVENANCE}`
      )
      expect(res.status).toBe(200)
      const { attestations } = await json<AttestationList>(res)
      const repositoryIds = attestations.map((a) => a.repository_id)
      expect(repositoryIds).toHaveLength(2)
      expect(new Set(repositoryIds).size).toBe(2)
    })

    it.each([
      ['no bundle', {}],
      ['a bundle that is a string', { bundle: 'x' }],
      ['a bundle without mediaType', { bundle: { dsseEnvelope: {} } }]
    ])('answers 422 to %s', async (_, body) => {
      const res = await call('POST', '/repos/acme/widget/attestations', {
        body
      })
      expect(res.status).toBe(422)
      expect(api.state.attestations).toHaveLength(0)
    })

    it('answers 422 to a digest without an algorithm', async () => {
      const res = await call(
        'GET',
        `/repos/acme/widget/attestations/${ARTIFACT}`
      )
      expect(res.status).toBe(422)
    })
  })

  it('answers an injected fault on an API route, then serves again', async () => {
    api.server.faults.inject({
      route: '/repos/acme/widget/releases',
      method: 'POST',
      kind: 'status',
      status: 503,
      times: 1
    })
    const failed = await call('POST', '/repos/acme/widget/releases', {
      body: { tag_name: 'v1.0.0' }
    })
    expect(failed.status).toBe(503)
    expect(api.state.releases).toHaveLength(0)
    await createRelease()
    expect(
      api.server.served.map((r) => [r.method, r.status, r.authorization])
    ).toEqual([
      ['POST', 503, `Bearer ${TOKEN}`],
      ['POST', 201, `Bearer ${TOKEN}`]
    ])
  })

  it('closes: no more answers, and closing twice is harmless', async () => {
    const { url } = api
    await api.close()
    await expect(fetch(`${url}/nope`)).rejects.toThrow(/fetch failed/)
    await api.close()
  })
})
