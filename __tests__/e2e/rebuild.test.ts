/**
 * The bundled rebuild action, run as the runner runs it: `node
 * dist/rebuild/index.js` with INPUT_* variables (upper-case, hyphens kept),
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP and GITHUB_WORKSPACE.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { bareEnv, cloneAt, removeAll, sh } from '../helpers/git-fixture.js'
import { runAction, type ActionRun } from '../helpers/action-runner.js'
import { createTarProject, TAR_BUILD } from '../helpers/tar-project.js'

describe('actions/rebuild (dist/rebuild/index.js)', () => {
  let repo: { dir: string; commit: string }
  let reference: string
  const dirs: string[] = []

  function runRebuild(inputs: Record<string, string>): Promise<ActionRun> {
    return runAction('rebuild', {
      workspace: repo.dir,
      inputs,
      env: {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '1'
      }
    })
  }

  beforeAll(async () => {
    repo = await createTarProject()
    const clone = await cloneAt(repo.dir, repo.commit)
    dirs.push(repo.dir, path.dirname(clone))
    await sh(clone, TAR_BUILD, bareEnv({ SOURCE_DATE_EPOCH: '1704067200' }))
    reference = path.join(clone, 'dist')
  })
  afterAll(() => removeAll(...dirs))

  it('reproduces the release: exit 0, outputs, report files, job summary', async () => {
    const run = await runRebuild({
      build: TAR_BUILD,
      artifacts: 'dist/*',
      reference
    })
    expect(run.code).toBe(0)
    const dir = path.join(repo.dir, 'provenant-rebuild')
    expect(run.outputs).toEqual({
      reproducible: 'true',
      'report-json': path.join(dir, 'report.json'),
      'report-md': path.join(dir, 'report.md'),
      verdict: path.join(dir, 'rebuild.intoto.json'),
      mismatches: ''
    })
    const report = JSON.parse(
      await readFile(run.outputs['report-json']!, 'utf8')
    ) as { reproducible: boolean; rebuilder: unknown }
    expect(report.reproducible).toBe(true)
    expect(report.rebuilder).toMatchObject({
      kind: 'github-actions',
      id: 'https://github.com/acme/app/actions/runs/42/attempts/1'
    })
    expect(existsSync(run.outputs.verdict!)).toBe(true)
    expect(run.summary).toContain('## Rebuild: reproducible ✅')
    expect(run.summary).toContain('| ✅ | `app.tar.gz` | match |')
  })

  it('fails the step on a mismatch, and reports without failing when fail-on-mismatch is false', async () => {
    const inputs = {
      build: `sed -i 's/hello/HELLO/' src/app.txt && ${TAR_BUILD}`,
      artifacts: 'dist/*',
      reference,
      'report-dir': 'out',
      explainer: 'builtin'
    }
    const failed = await runRebuild(inputs)
    expect(failed.code).toBe(1)
    expect(failed.stdout).toContain('::error::the rebuild of')
    expect(failed.outputs).toMatchObject({
      reproducible: 'false',
      mismatches: 'app.tar.gz'
    })
    expect(failed.summary).toContain('### app.tar.gz: content (1)')
    expect(failed.summary).toContain(
      '| `./app.txt` | content | content | hello | HELLO |'
    )

    const reported = await runRebuild({
      ...inputs,
      'fail-on-mismatch': 'false'
    })
    expect(reported.code).toBe(0)
    expect(reported.outputs.reproducible).toBe('false')
    expect(reported.outputs['report-md']).toBe(
      path.join(repo.dir, 'out', 'report.md')
    )
  })

  it('fails the step with a clear message for bad input', async () => {
    const run = await runRebuild({
      build: TAR_BUILD,
      artifacts: 'dist/*',
      reference,
      'source-ref': 'v404'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::input "source-ref": "v404" is not a commit'
    )
    expect(run.outputs).toEqual({})
  })
})
