/**
 * Real rebuilds of a real Python package (examples/python-package) against
 * a release its producer built in the workspace without SOURCE_DATE_EPOCH:
 * not reproducible, and the report says which sdist members' times differ,
 * by both explainers.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RebuildReport } from '../../../src/lib/rebuild/report.js'
import {
  bareEnv,
  createRepo,
  removeAll,
  sh
} from '../../helpers/git-fixture.js'
import { rebuildAndRead } from '../../helpers/rebuild.js'

const SDIST = 'pulse-demo-1.0.0.tar.gz'
const WHEEL = 'pulse_demo-1.0.0-py3-none-any.whl'
const PLAIN_BUILD = '/usr/bin/python3 -m build --no-isolation --outdir dist .'
const BUILD_MS = 180_000

describe('rebuild of a real Python package (sdist and wheel)', () => {
  let repo: { dir: string; commit: string }
  const dirs: string[] = []
  const rebuild = (reference: string, build: string, ...flags: string[]) =>
    rebuildAndRead(dirs, repo.dir, reference, build, ...flags)

  beforeAll(async () => {
    repo = await createRepo({}, 'python-package')
  })
  afterAll(() => removeAll(repo.dir, ...dirs))

  describe('a release built without SOURCE_DATE_EPOCH', () => {
    let reference: string
    beforeAll(async () => {
      // The producer builds in the workspace, at another time, with no SOURCE_DATE_EPOCH.
      await sh(
        repo.dir,
        '/usr/bin/python3 -m build --no-isolation --outdir release .',
        bareEnv()
      )
      reference = path.join(repo.dir, 'release')
    }, BUILD_MS)

    const expectSdistTimestamps = (report: RebuildReport): void => {
      const sdist = report.artifacts.find((a) => a.name === SDIST)!
      expect(sdist.status).toBe('mismatch')
      expect(sdist.explanation!.categories).toContain('timestamps')
      const mtimes = sdist.explanation!.differences.filter(
        (d) => d.what === 'mtime'
      )
      expect(mtimes.map((d) => d.entry)).toEqual(
        expect.arrayContaining([
          'pulse-demo-1.0.0/PKG-INFO',
          'pulse-demo-1.0.0/README.md',
          'pulse-demo-1.0.0/pyproject.toml',
          'pulse-demo-1.0.0/src/pulse_demo/__init__.py'
        ])
      )
      expect(new Set(mtimes.map((d) => d.category))).toEqual(
        new Set(['timestamps'])
      )
      const wheel = report.artifacts.find((a) => a.name === WHEEL)!
      expect(wheel.status).toBe('mismatch')
      expect(
        wheel.explanation!.differences.find(
          (d) => d.entry === 'pulse_demo/__init__.py'
        )
      ).toMatchObject({ what: 'dos time', category: 'timestamps' })
    }

    it(
      'is not reproducible, and the built-in explainer names the sdist members whose times differ',
      async () => {
        const { code, stdout, report, reportDir } = await rebuild(
          reference,
          PLAIN_BUILD,
          '--explainer',
          'builtin'
        )
        expect(code).toBe(1)
        expect(stdout).toContain(`❌ mismatch ${SDIST}: timestamps`)
        expect(report).toMatchObject({
          reproducible: false,
          explainer: 'builtin'
        })
        expectSdistTimestamps(report)
        const md = await readFile(path.join(reportDir, 'report.md'), 'utf8')
        expect(md).toContain(
          '| `pulse-demo-1.0.0/pyproject.toml` | timestamps | mtime |'
        )
        expect(existsSync(path.join(reportDir, 'diffoscope'))).toBe(false)
      },
      BUILD_MS
    )

    it(
      'is explained by diffoscope when it is on PATH (explainer auto), its report kept',
      async () => {
        const { code, report, reportDir } = await rebuild(
          reference,
          PLAIN_BUILD,
          '--fail-on-mismatch=false'
        )
        expect(code).toBe(0)
        expect(report).toMatchObject({
          reproducible: false,
          explainer: 'diffoscope'
        })
        expectSdistTimestamps(report)
        const sdist = report.artifacts.find(
          (a) => a.name === SDIST
        )!.explanation!
        expect(sdist.explainer).toBe('diffoscope')
        expect(sdist.diffoscope).toMatchObject({
          report: `diffoscope/${SDIST}.txt`,
          exitCode: 1,
          timedOut: false
        })
        const text = await readFile(
          path.join(reportDir, 'diffoscope', `${SDIST}.txt`),
          'utf8'
        )
        expect(text).toContain('pulse-demo-1.0.0/pyproject.toml')
        expect(text).toContain('file list')
        const md = await readFile(path.join(reportDir, 'report.md'), 'utf8')
        expect(md).toContain(
          `diffoscope's report (\`diffoscope/${SDIST}.txt\`), first lines:`
        )
      },
      BUILD_MS
    )
  })
})
