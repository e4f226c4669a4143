/**
 * `provenant rebuild-consensus`, the consensus job of reproducibility.yml:
 * reports of real rebuilds, judged against a release on the local GitHub API.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import type { LocalGitHubApi } from '../../src/local/github/api.js'
import { startGitHubApi } from '../../src/local/github/api.js'
import { withEnv } from '../helpers/env.js'
import {
  bareEnv,
  cloneAt,
  removeAll,
  sh,
  tempDir
} from '../helpers/git-fixture.js'
import { publishRelease } from '../helpers/github-release.js'
import { runProvenant } from '../helpers/rebuild.js'
import { createTarProject, TAR_BUILD } from '../helpers/tar-project.js'

describe('provenant rebuild-consensus', () => {
  let api: LocalGitHubApi
  let reports: string
  let out: string
  const dirs: string[] = []
  let restore: () => void = () => undefined

  beforeAll(async () => {
    const repo = await createTarProject()
    const clone = await cloneAt(repo.dir, repo.commit)
    reports = await tempDir('reports')
    out = await tempDir('consensus')
    dirs.push(repo.dir, path.dirname(clone), reports, out)
    await sh(clone, TAR_BUILD, bareEnv({ SOURCE_DATE_EPOCH: '1704067200' }))
    api = await startGitHubApi()
    await publishRelease(api, 'acme/app', 'v1.0.0', {
      'app.tar.gz': await readFile(path.join(clone, 'dist', 'app.tar.gz'))
    })
    restore = withEnv({
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_TOKEN: api.token
    })
    // Two independent rebuilds, as two runner images upload them.
    for (const runner of ['rebuild-ubuntu-24.04', 'rebuild-ubuntu-22.04']) {
      const run = await runProvenant([
        'rebuild',
        '--source',
        repo.dir,
        '--build',
        TAR_BUILD,
        '--artifacts',
        'dist/*',
        '--reference',
        'v1.0.0',
        '--report-dir',
        path.join(reports, runner)
      ])
      expect(run.code).toBe(0)
    }
    restore()
  }, 60_000)
  afterEach(() => restore())
  afterAll(async () => {
    await api.close()
    await removeAll(...dirs)
  })

  const consensus = (...flags: string[]) => {
    restore = withEnv({
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_TOKEN: api.token
    })
    // A flag is given once: the case's own --reports replaces the default.
    const own = flags.includes('--reports') ? [] : ['--reports', reports]
    return runProvenant([
      'rebuild-consensus',
      ...own,
      '--report-dir',
      out,
      ...flags
    ])
  }

  it('agrees when every rebuild reproduces the release', async () => {
    const run = await consensus('--reference', 'v1.0.0')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('reproducible: 2 rebuild(s), quorum 2')
    expect(run.stdout).toContain('✅ app.tar.gz: reproduced by 2 of 2')
    const md = await readFile(path.join(out, 'consensus.md'), 'utf8')
    expect(md).toContain('| `rebuild-ubuntu-22.04` | `rebuild-ubuntu-24.04` |')
    expect(
      JSON.parse(await readFile(path.join(out, 'consensus.json'), 'utf8'))
    ).toMatchObject({ reproducible: true, quorum: 2, rebuilds: 2 })
  })

  describe('with a rebuild that disagrees', () => {
    beforeAll(async () => {
      const report = JSON.parse(
        await readFile(
          path.join(reports, 'rebuild-ubuntu-24.04', 'report.json'),
          'utf8'
        )
      ) as { artifacts: { rebuilt: { sha256: string } }[] }
      report.artifacts[0]!.rebuilt.sha256 = 'f'.repeat(64)
      await mkdir(path.join(reports, 'rebuild-macos'))
      await writeFile(
        path.join(reports, 'rebuild-macos', 'report.json'),
        JSON.stringify(report)
      )
    })

    it('fails when the quorum is every rebuild', async () => {
      const run = await consensus('--reference', 'v1.0.0')
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        '❌ app.tar.gz: reproduced by 2 of 3 (rebuilds disagree)'
      )
    })

    it('passes with a quorum of 2 of 3, naming the disagreement', async () => {
      const run = await consensus('--quorum', '2')
      expect(run.code).toBe(0)
      expect(await readFile(path.join(out, 'consensus.md'), 'utf8')).toContain(
        'The rebuilds disagree with each other about `app.tar.gz`'
      )
    })
  })

  it.each([
    [
      'a quorum no set of reports can meet',
      ['--quorum', '9'],
      'input "quorum": 9 cannot be met'
    ],
    ['no --reports', ['--reports', ''], '--reports is required'],
    [
      'a directory without reports',
      ['--reports', '/nonexistent-provenant'],
      'no report.json found'
    ]
  ])('exits 2 for %s', async (_, flags, words) => {
    const run = await consensus(...flags)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(words)
  })
})
