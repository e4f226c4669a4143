/**
 * A real rebuild of a real Python package (examples/python-package:
 * setuptools through `python3 -m build`, Debian's python3-build): the
 * release its producer builds from a clean clone is reproduced bit for bit.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { VerdictStatement } from '../../../src/lib/rebuild/statement.js'
import {
  bareEnv,
  cloneAt,
  createRepo,
  FIXTURE_EPOCH,
  removeAll,
  sh
} from '../../helpers/git-fixture.js'
import { rebuildAndRead } from '../../helpers/rebuild.js'

const SDIST = 'pulse-demo-1.0.0.tar.gz'
const WHEEL = 'pulse_demo-1.0.0-py3-none-any.whl'
const BUILD_MS = 180_000

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T
}

describe('rebuild of a real Python package (sdist and wheel)', () => {
  let repo: { dir: string; commit: string }
  const dirs: string[] = []
  const rebuild = (reference: string, build: string, ...flags: string[]) =>
    rebuildAndRead(dirs, repo.dir, reference, build, ...flags)

  beforeAll(async () => {
    repo = await createRepo({}, 'python-package')
  })
  afterAll(() => removeAll(repo.dir, ...dirs))

  it(
    'reproduces the release built from a clean clone of the same commit',
    async () => {
      const clone = await cloneAt(repo.dir, repo.commit)
      dirs.push(path.dirname(clone))
      // The producer's release job: build.sh takes SOURCE_DATE_EPOCH from git.
      await sh(clone, 'sh build.sh', bareEnv())
      const { code, stdout, report, reportDir } = await rebuild(
        path.join(clone, 'dist'),
        'sh build.sh',
        '--explainer',
        'builtin'
      )
      expect({ code, stdout }).toMatchObject({
        code: 0,
        stdout: expect.stringContaining(
          'reproducible: 2 artifact(s)'
        ) as unknown
      })
      const { stdout: sums } = await promisify(execFile)(
        'sha256sum',
        [SDIST, WHEEL],
        { cwd: path.join(clone, 'dist') }
      )
      const released = Object.fromEntries(
        sums
          .trim()
          .split('\n')
          .map((l) => [l.slice(66), l.slice(0, 64)])
      )
      expect(report).toMatchObject({
        reproducible: true,
        verdict: 'reproducible',
        counts: { match: 2, mismatch: 0, missing: 0, extra: 0 }
      })
      expect(
        report.artifacts.map((a) => [
          a.name,
          a.status,
          a.rebuilt?.sha256,
          a.rebuilt?.path
        ])
      ).toEqual([
        [SDIST, 'match', released[SDIST], `dist/${SDIST}`],
        [WHEEL, 'match', released[WHEEL], `dist/${WHEEL}`]
      ])
      expect(report.source).toEqual({
        repository: `file://${repo.dir}`,
        commit: repo.commit,
        ref: 'HEAD',
        committerTime: FIXTURE_EPOCH
      })
      expect(report.build.environment).toMatchObject({
        SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH),
        TZ: 'UTC',
        LC_ALL: 'C.UTF-8',
        PYTHONHASHSEED: '0'
      })
      expect(Object.keys(report.build.tools)).toEqual(
        expect.arrayContaining(['git', 'node', 'python3'])
      )
      const statement = await readJson<VerdictStatement>(
        path.join(reportDir, 'rebuild.intoto.json')
      )
      expect(statement.subject).toEqual([
        { name: SDIST, digest: { sha256: released[SDIST] } },
        { name: WHEEL, digest: { sha256: released[WHEEL] } }
      ])
      expect(statement.predicate).toMatchObject({
        reproducible: true,
        source: { commit: repo.commit }
      })
      expect(
        await readFile(path.join(reportDir, 'rebuilt.sha256'), 'utf8')
      ).toBe(`${released[SDIST]}  ${SDIST}\n${released[WHEEL]}  ${WHEEL}\n`)
    },
    BUILD_MS
  )
})
