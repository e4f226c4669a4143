/** The reference from a directory, a checksums file and a release on the local GitHub API. */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ReferenceDeps } from '../../../src/io/rebuild/reference.js'
import { loadReference } from '../../../src/io/rebuild/reference.js'
import { InputError } from '../../../src/lib/errors.js'
import { toNameMatcher } from '../../../src/lib/rebuild/name-patterns.js'
import type { LocalGitHubApi } from '../../../src/local/github/api.js'
import { startGitHubApi } from '../../../src/local/github/api.js'
import { removeAll, tempDir, writeFiles } from '../../helpers/git-fixture.js'
import { publishRelease } from '../../helpers/github-release.js'

const sha = (text: string): string =>
  createHash('sha256').update(text).digest('hex')
const WANTED = toNameMatcher(['dist/*.tgz', 'dist/*.whl'])

describe('loadReference', () => {
  let dir: string
  let api: LocalGitHubApi
  const logs: string[] = []
  const deps = (
    repository: string | undefined,
    token?: string
  ): ReferenceDeps => ({
    cwd: dir,
    tempDir: os.tmpdir(),
    github: { apiUrl: api.url, repository, token },
    log: (m) => logs.push(m)
  })

  beforeAll(async () => {
    dir = await tempDir('reference')
    await writeFiles(dir, {
      'release/app-1.0.tgz': 'tgz bytes',
      'release/app-1.0.whl': 'whl bytes',
      'release/app-1.0.tgz.sigstore.json': '{}',
      SHA256SUMS: `${sha('tgz bytes')}  dist/app-1.0.tgz\n${sha('x')} *app-1.0.tgz.sig\n`
    })
    api = await startGitHubApi()
    await publishRelease(api, 'acme/app', 'v1.0.0', {
      'app-1.0.tgz': 'tgz bytes',
      'app-1.0.whl': 'whl bytes',
      SHA256SUMS: 'sums'
    })
  })
  afterAll(async () => {
    await api.close()
    await removeAll(dir)
  })

  it('hashes the files of a directory that the globs name, and lists the others as ignored', async () => {
    const ref = await loadReference('release', WANTED, deps(undefined))
    expect(ref.info).toEqual({
      kind: 'directory',
      location: 'release',
      ignored: ['app-1.0.tgz.sigstore.json']
    })
    expect(ref.artifacts).toEqual([
      { name: 'app-1.0.tgz', sha256: sha('tgz bytes'), size: 9 },
      { name: 'app-1.0.whl', sha256: sha('whl bytes'), size: 9 }
    ])
    expect(ref.files.get('app-1.0.whl')).toBe(
      path.join(dir, 'release', 'app-1.0.whl')
    )
  })

  it('reads a checksums file', async () => {
    const ref = await loadReference(
      path.join(dir, 'SHA256SUMS'),
      WANTED,
      deps(undefined)
    )
    expect(ref.info).toMatchObject({
      kind: 'checksums',
      ignored: ['app-1.0.tgz.sig']
    })
    expect(ref.artifacts).toEqual([
      { name: 'app-1.0.tgz', sha256: sha('tgz bytes') }
    ])
    expect(ref.files.size).toBe(0)
  })

  it('downloads the assets of a release through the REST API, and removes them after', async () => {
    const ref = await loadReference(
      'v1.0.0',
      WANTED,
      deps('acme/app', api.token)
    )
    try {
      expect(ref.info).toMatchObject({
        kind: 'release',
        repository: 'acme/app',
        tag: 'v1.0.0',
        ignored: ['SHA256SUMS']
      })
      expect(ref.info.url).toContain('/acme/app/releases/tag/v1.0.0')
      expect(ref.artifacts.map((a) => [a.name, a.sha256])).toEqual([
        ['app-1.0.tgz', sha('tgz bytes')],
        ['app-1.0.whl', sha('whl bytes')]
      ])
      expect(logs.some((l) => l.startsWith('Downloading app-1.0.tgz'))).toBe(
        true
      )
    } finally {
      await ref.cleanup()
    }
    expect(existsSync(path.dirname(ref.files.get('app-1.0.tgz')!))).toBe(false)
  })

  it.each([
    [
      'an unknown tag',
      'v9.9.9',
      'acme/app',
      undefined,
      'REBUILD_UNKNOWN_TAG',
      '"v9.9.9" is not a directory or a file here, nor the tag of a published release of acme/app'
    ],
    [
      'a tag outside a repository context',
      'v1.0.0',
      undefined,
      undefined,
      'REBUILD_REFERENCE_NOT_FOUND',
      'set GITHUB_REPOSITORY'
    ],
    [
      'a token GitHub refuses',
      'v1.0.0',
      'acme/app',
      'ghs_wrong',
      'REBUILD_GITHUB_AUTH',
      'input "github-token"'
    ],
    [
      'a reference holding none of the artifacts',
      'empty',
      undefined,
      undefined,
      'REBUILD_REFERENCE_EMPTY',
      'holds no file the "artifacts" globs name'
    ]
  ])('refuses %s', async (_, reference, repository, token, code, words) => {
    if (reference === 'empty') await writeFiles(dir, { 'empty/readme.md': 'x' })
    const error = await loadReference(
      reference,
      WANTED,
      deps(repository, token)
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error).toMatchObject({ code })
    expect((error as Error).message).toContain(words)
  })
})
