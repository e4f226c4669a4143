/**
 * Real rebuilds of a tarball build: a `date` written into the artifact is
 * found and shown as a text diff; an untracked file in the caller's
 * workspace, which a build there would pack, never reaches the rebuild.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sha256File } from '../../../src/io/fs/hash.js'
import type { RebuildReport } from '../../../src/lib/rebuild/report.js'
import {
  bareEnv,
  cloneAt,
  createRepo,
  FIXTURE_EPOCH,
  removeAll,
  sh,
  tempDir,
  writeFiles
} from '../../helpers/git-fixture.js'
import { runProvenant } from '../../helpers/rebuild.js'

const TAR =
  'tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner'
const PRODUCER_ENV = bareEnv({
  SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH),
  LC_ALL: 'C.UTF-8'
})

describe('rebuild of a tarball build', () => {
  const dirs: string[] = []
  afterAll(() => removeAll(...dirs))

  async function rebuild(
    source: string,
    reference: string,
    build: string
  ): Promise<{
    code: number
    stderr: string
    report: RebuildReport
    reportDir: string
  }> {
    const reportDir = await tempDir('report')
    dirs.push(reportDir)
    const run = await runProvenant([
      'rebuild',
      '--source',
      source,
      '--build',
      build,
      '--artifacts',
      'dist/*',
      '--reference',
      reference,
      '--report-dir',
      reportDir,
      '--explainer',
      'builtin'
    ])
    const report = JSON.parse(
      await readFile(path.join(reportDir, 'report.json'), 'utf8')
    ) as RebuildReport
    return { ...run, report, reportDir }
  }

  async function release(
    repo: { dir: string; commit: string },
    env: NodeJS.ProcessEnv
  ): Promise<string> {
    const clone = await cloneAt(repo.dir, repo.commit)
    dirs.push(path.dirname(clone))
    await sh(clone, 'sh build.sh', env)
    return path.join(clone, 'dist')
  }

  describe('that writes `date` into a file', () => {
    let repo: { dir: string; commit: string }
    beforeAll(async () => {
      repo = await createRepo({
        'src/app.txt': 'hello\n',
        'build.sh': [
          'set -eu',
          'rm -rf dist stage && mkdir -p dist stage',
          'cp -R src/. stage/',
          'date > stage/BUILD_DATE',
          `${TAR} -C stage -cf - . | gzip -n > dist/app.tar.gz`,
          'cp stage/BUILD_DATE dist/BUILD_DATE',
          ''
        ].join('\n')
      })
      dirs.push(repo.dir)
    })

    it('is not reproducible, and the report names the file with a diff of the line', async () => {
      // Released elsewhere: another time zone, so the date line differs whenever it ran.
      const reference = await release(repo, {
        ...PRODUCER_ENV,
        TZ: 'Asia/Tokyo'
      })
      const released = (
        await readFile(path.join(reference, 'BUILD_DATE'), 'utf8')
      ).trimEnd()
      const { code, report, reportDir } = await rebuild(
        repo.dir,
        reference,
        'sh build.sh'
      )
      expect(code).toBe(1)
      const [plain, tarball] = [
        report.artifacts.find((a) => a.name === 'BUILD_DATE')!,
        report.artifacts.find((a) => a.name === 'app.tar.gz')!
      ]
      expect([plain.status, tarball.status]).toEqual(['mismatch', 'mismatch'])
      expect(tarball.explanation!.differences).toEqual([
        expect.objectContaining({
          category: 'timestamps',
          entry: './BUILD_DATE',
          what: 'content',
          reference: released
        }) as unknown
      ])
      for (const diff of [
        tarball.explanation!.differences[0]!.diff!,
        plain.explanation!.differences[0]!.diff!
      ]) {
        const lines = diff.split('\n')
        expect(lines).toContain(`-${released}`)
        expect(
          lines.filter((l) => l.startsWith('+') && !l.startsWith('+++'))
        ).toEqual([
          expect.stringMatching(
            /^\+\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}$/
          )
        ])
      }
      const md = await readFile(path.join(reportDir, 'report.md'), 'utf8')
      expect(md).toContain('Text difference in `./BUILD_DATE` (timestamps):')
      expect(md).toContain(`-${released}\n`)
    }, 60_000)
  })

  describe('whose workspace holds an untracked file', () => {
    let repo: { dir: string; commit: string }
    beforeAll(async () => {
      repo = await createRepo({
        'src/app.txt': 'hello\n',
        'build.sh': `set -eu\nrm -rf dist && mkdir -p dist\n${TAR} -C src -cf - . | gzip -n > dist/app.tar.gz\n`
      })
      dirs.push(repo.dir)
      await writeFiles(repo.dir, { 'src/leak.txt': 'not committed\n' })
    })

    it('rebuilds the commit alone: the untracked file does not leak in', async () => {
      const reference = await release(repo, PRODUCER_ENV)
      // A build in the workspace itself would pack the untracked file.
      await sh(repo.dir, 'sh build.sh', PRODUCER_ENV)
      const inWorkspace = await sha256File(
        path.join(repo.dir, 'dist', 'app.tar.gz')
      )
      const released = await sha256File(path.join(reference, 'app.tar.gz'))
      expect(inWorkspace).not.toBe(released)
      const { code, report } = await rebuild(repo.dir, reference, 'sh build.sh')
      expect(code).toBe(0)
      expect(report.artifacts).toEqual([
        expect.objectContaining({
          name: 'app.tar.gz',
          status: 'match',
          rebuilt: expect.objectContaining({ sha256: released }) as unknown
        }) as unknown
      ])
    }, 60_000)
  })
})
