/** A real rebuild of a real npm package (examples/npm-package, `npm pack`). */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sha256File } from '../../../src/io/fs/hash.js'
import type { RebuildReport } from '../../../src/lib/rebuild/report.js'
import {
  bareEnv,
  cloneAt,
  createRepo,
  removeAll,
  sh,
  tempDir
} from '../../helpers/git-fixture.js'
import { runProvenant } from '../../helpers/rebuild.js'

const TARBALL = 'provenant-demo-hello-1.0.0.tgz'

describe('rebuild of a real npm package', () => {
  let repo: { dir: string; commit: string }
  const dirs: string[] = []
  beforeAll(async () => {
    repo = await createRepo({}, 'npm-package')
    dirs.push(repo.dir)
  })
  afterAll(() => removeAll(...dirs))

  it('reproduces the tarball npm pack made from a clean clone of the same commit', async () => {
    const clone = await cloneAt(repo.dir, repo.commit)
    dirs.push(path.dirname(clone))
    await sh(clone, 'npm run build', bareEnv())
    const reportDir = await tempDir('report')
    dirs.push(reportDir)
    const { code, stderr } = await runProvenant([
      'rebuild',
      '--source',
      repo.dir,
      '--build',
      'npm run build',
      '--artifacts',
      'dist/*.tgz',
      '--reference',
      path.join(clone, 'dist'),
      '--report-dir',
      reportDir
    ])
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    const report = JSON.parse(
      await readFile(path.join(reportDir, 'report.json'), 'utf8')
    ) as RebuildReport
    expect(report.artifacts).toEqual([
      expect.objectContaining({
        name: TARBALL,
        status: 'match',
        reference: expect.objectContaining({
          sha256: await sha256File(path.join(clone, 'dist', TARBALL))
        }) as unknown
      }) as unknown
    ])
    expect(report.build.tools).toHaveProperty('npm')
    expect(await readFile(path.join(reportDir, 'build.log'), 'utf8')).toContain(
      TARBALL
    )
  }, 120_000)
})
