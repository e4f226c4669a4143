/**
 * `provenant verify --release owner/repo@tag`: a release the local pipeline
 * made (`provenant release --local`, the npm example) published on the
 * local GitHub API, then verified straight from its tag (and its address):
 * assets listed page by page, downloaded, cached, verified as a folder; a
 * changed asset fails; an unknown tag is exit 2.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LocalGitHubApi } from '../../src/local/github/api.js'
import { startGitHubApi } from '../../src/local/github/api.js'
import { firstVerifyCommand } from '../../src/lib/release/verify-md.js'
import { runDistCli } from '../helpers/dist-cli.js'
import { publishRelease } from '../helpers/github-release.js'
import { repoPath } from '../helpers/repo.js'

const REPOSITORY = 'provenant-demo/hello'
const TAG = 'v1.0.0'

describe('provenant verify --release', () => {
  let tmp: string
  let folder: string
  let api: LocalGitHubApi
  let policy: string[]
  let assets: Record<string, Uint8Array>

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-verify-release-'))
    folder = path.join(tmp, 'release')
    const made = await runDistCli(
      [
        'release',
        '--local',
        repoPath('examples', 'npm-package'),
        '--build',
        'npm run build',
        '--artifacts',
        'dist/*.tgz',
        '--out',
        folder,
        '--no-rebuild',
        '--tag',
        TAG
      ],
      { timeoutMs: 240_000 }
    )
    expect({ code: made.code, stderr: made.stderr.slice(-2000) }).toMatchObject(
      {
        code: 0
      }
    )
    const command = firstVerifyCommand(
      await readFile(path.join(folder, 'VERIFY.md'), 'utf8')
    )!
    // The VERIFY.md policy, with the trusted root where it lies.
    policy = command
      .slice(3)
      .map((arg) =>
        arg.endsWith('trusted_root.json') ? path.resolve(folder, arg) : arg
      )
    assets = {}
    // The release's assets: the folder's files (not the local stack's trust folder).
    for (const entry of await readdir(folder, { withFileTypes: true }))
      if (entry.isFile() && !entry.name.startsWith('.'))
        assets[entry.name] = await readFile(path.join(folder, entry.name))
    api = await startGitHubApi()
    await publishRelease(api, REPOSITORY, TAG, assets)
  }, 300_000)

  afterAll(async () => {
    await api?.close()
    await rm(tmp, { recursive: true, force: true })
  })

  const verify = (args: string[], cache: string) =>
    runDistCli(['verify', ...args, ...policy], {
      env: {
        ...process.env,
        GITHUB_API_URL: api.url,
        PROVENANT_CACHE_DIR: cache,
        GITHUB_TOKEN: ''
      }
    })

  it('verifies the release from its tag, then from the cache', async () => {
    const cache = path.join(tmp, 'cache-1')
    const first = await verify(['--release', `${REPOSITORY}@${TAG}`], cache)
    expect({ code: first.code, stderr: first.stderr }).toMatchObject({
      code: 0
    })
    const count = Object.keys(assets).length
    expect(first.stderr).toContain(
      `${REPOSITORY}@${TAG}: ${count} assets (${count} downloaded, 0 from the cache)`
    )
    expect(first.stdout).toMatch(/hello-1\.0\.0\.tgz/)

    const again = await verify(['--release', `${REPOSITORY}@${TAG}`], cache)
    expect(again.code).toBe(0)
    expect(again.stderr).toContain(`(0 downloaded, ${count} from the cache)`)
  })

  it('takes the release address too', async () => {
    const run = await verify(
      ['--release', `https://github.com/${REPOSITORY}/releases/tag/${TAG}`],
      path.join(tmp, 'cache-2')
    )
    expect(run.code).toBe(0)
  })

  it('fails a release whose artifact was changed', async () => {
    const tag = 'v1.0.0-changed'
    const changed = { ...assets }
    const tgz = Object.keys(changed).find((n) => n.endsWith('.tgz'))!
    const bytes = Buffer.from(changed[tgz]!)
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1
    changed[tgz] = bytes
    await publishRelease(api, REPOSITORY, tag, changed)
    const run = await verify(
      ['--release', `${REPOSITORY}@${tag}`],
      path.join(tmp, 'cache-3')
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(tgz)
  })

  it('names an unknown tag and a bad reference, exit 2', async () => {
    const unknown = await verify(
      ['--release', `${REPOSITORY}@v9.9.9`],
      path.join(tmp, 'cache-4')
    )
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(
      `${REPOSITORY} has no published release tagged v9.9.9`
    )
    const bad = await verify(['--release', 'not-a-release'], tmp)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('give owner/repo@tag')
  })
})
