/**
 * `provenant rebuild` from the command line: a release tag on the local
 * GitHub API as the reference, and every kind of bad input answered with a
 * clear message and exit code 2.
 */
import { readFile } from 'node:fs/promises'
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

describe('provenant rebuild', () => {
  let repo: { dir: string; commit: string }
  let api: LocalGitHubApi
  let restore: () => void = () => undefined
  const dirs: string[] = []

  const rebuild = async (...flags: string[]) => {
    const reportDir = await tempDir('report')
    dirs.push(reportDir)
    return runProvenant([
      'rebuild',
      '--source',
      repo.dir,
      '--report-dir',
      reportDir,
      ...flags
    ])
  }

  beforeAll(async () => {
    repo = await createTarProject()
    dirs.push(repo.dir)
    const clone = await cloneAt(repo.dir, repo.commit)
    dirs.push(path.dirname(clone))
    await sh(clone, TAR_BUILD, bareEnv({ SOURCE_DATE_EPOCH: '1704067200' }))
    api = await startGitHubApi()
    await publishRelease(api, 'acme/app', 'v1.0.0', {
      'app.tar.gz': await readFile(path.join(clone, 'dist', 'app.tar.gz')),
      'app.tar.gz.sigstore.json': '{}'
    })
  })
  afterEach(() => restore())
  afterAll(async () => {
    await api.close()
    await removeAll(...dirs)
  })

  const onApi = (): void => {
    restore = withEnv({
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_TOKEN: api.token,
      GITHUB_ACTIONS: undefined
    })
  }

  it('reproduces the assets of a release given by its tag', async () => {
    onApi()
    const run = await rebuild(
      '--build',
      TAR_BUILD,
      '--artifacts',
      'dist/*.tar.gz',
      '--reference',
      'v1.0.0',
      '--json'
    )
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as {
      reproducible: boolean
      artifacts: unknown[]
      reportJson: string
    }
    expect(result).toMatchObject({
      reproducible: true,
      artifacts: [{ name: 'app.tar.gz', result: 'match', categories: [] }]
    })
    const report = JSON.parse(await readFile(result.reportJson, 'utf8')) as {
      reference: unknown
      rebuilder: unknown
    }
    expect(report.reference).toMatchObject({
      kind: 'release',
      tag: 'v1.0.0',
      repository: 'acme/app',
      ignored: ['app.tar.gz.sigstore.json']
    })
    expect(report.rebuilder).toMatchObject({
      kind: 'local',
      id: expect.stringMatching(/^local:/) as unknown
    })
    expect(run.stderr).toContain('Downloading app.tar.gz')
  })

  it.each([
    [
      'a failing build: its exit code and the tail of its output',
      [
        '--build',
        'echo compiling; echo "error: no compiler" >&2; exit 3',
        '--artifacts',
        'dist/*',
        '--reference',
        'v1.0.0'
      ],
      [
        'the build command exited with code 3',
        '  | compiling',
        '  | error: no compiler'
      ]
    ],
    [
      'an artifact glob matching nothing',
      [
        '--build',
        TAR_BUILD,
        '--artifacts',
        'out/*.tar.gz',
        '--reference',
        'v1.0.0'
      ],
      [
        'input "artifacts": "out/*.tar.gz" matched no file after the build',
        '(there is no out/)'
      ]
    ],
    [
      'an unknown tag',
      ['--build', TAR_BUILD, '--artifacts', 'dist/*', '--reference', 'v9.9.9'],
      [
        '"v9.9.9" is not a directory or a file here, nor the tag of a published release of acme/app'
      ]
    ],
    [
      'a commit not in the repository',
      [
        '--build',
        TAR_BUILD,
        '--artifacts',
        'dist/*',
        '--reference',
        'v1.0.0',
        '--source-ref',
        'a'.repeat(40)
      ],
      [
        `input "source-ref": "${'a'.repeat(40)}" is not a commit of the repository`
      ]
    ],
    [
      'sign: true with a Fulcio URL that is not a URL',
      [
        '--build',
        TAR_BUILD,
        '--artifacts',
        'dist/*',
        '--reference',
        'v1.0.0',
        '--sign',
        '--fulcio-url',
        'not a url'
      ],
      ['input "fulcio-url" is not a URL']
    ],
    [
      'inputs that do not parse, all at once',
      [
        '--artifacts',
        '../x',
        '--reference',
        'v1.0.0',
        '--explainer',
        'magic',
        '--build-timeout-minutes',
        '0'
      ],
      [
        'input "build" is required',
        'input "artifacts": "../x" leaves the checkout',
        'input "explainer" must be one of auto, diffoscope, builtin',
        'input "build-timeout-minutes" must be a whole number'
      ]
    ],
    [
      'a boolean flag that is not true or false',
      ['--fail-on-mismatch=maybe'],
      ['input "fail-on-mismatch" must be true or false, not "maybe"']
    ]
  ])('exits 2 for %s', async (_, flags, words) => {
    onApi()
    const run = await rebuild(...flags)
    expect({ code: run.code, stdout: run.stdout }).toEqual({
      code: 2,
      stdout: ''
    })
    for (const w of words) expect(run.stderr).toContain(w)
  })

  it('exits 1 when not reproducible, 0 with --fail-on-mismatch=false', async () => {
    onApi()
    const changed = [
      '--build',
      `${TAR_BUILD} && echo changed >> dist/app.tar.gz`,
      '--artifacts',
      'dist/*.tar.gz',
      '--reference',
      'v1.0.0',
      '--explainer',
      'builtin'
    ]
    const failing = await rebuild(...changed)
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain(
      'not reproducible: 1 differ, 0 missing, 0 match'
    )
    const reported = await rebuild(...changed, '--fail-on-mismatch=false')
    expect(reported.code).toBe(0)
    expect(reported.stdout).toContain('❌ mismatch app.tar.gz')
  })
})
