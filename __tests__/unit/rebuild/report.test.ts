/** report.md and the job summary against golden files; report.json's verdict fields. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { failedArtifacts } from '../../../src/lib/rebuild/report.js'
import { toReportMarkdown } from '../../../src/lib/rebuild/report-md.js'
import { toJobSummary } from '../../../src/lib/rebuild/summary.js'
import { repoPath } from '../../helpers/repo.js'
import { sampleReport } from '../../helpers/rebuild-report.js'

/** Compares with __tests__/fixtures/rebuild/<name>; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(name: string, text: string): void {
  const file = repoPath('__tests__', 'fixtures', 'rebuild', name)
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  expect(text).toBe(readFileSync(file, 'utf8'))
}

describe('the rebuild report', () => {
  const report = sampleReport()

  it('has the verdict at the top level, as the provenance action reads it', () => {
    expect(report).toMatchObject({
      version: 1,
      reproducible: false,
      verdict: 'not-reproducible',
      counts: { match: 1, mismatch: 1, missing: 0, extra: 1 }
    })
    expect(failedArtifacts(report)).toEqual(['BUILD_INFO'])
  })

  it('renders report.md', () => {
    expectGolden('report.md', toReportMarkdown(report))
  })

  it('renders the job summary', () => {
    expectGolden(
      'summary.md',
      toJobSummary(report, 'provenant-rebuild/report.md')
    )
  })

  it('says reproducible when every artifact matched', () => {
    const ok = sampleReport([
      {
        name: 'a.whl',
        status: 'match',
        rebuilt: { path: 'dist/a.whl', sha256: 'a'.repeat(64) },
        reference: { sha256: 'a'.repeat(64) }
      }
    ])
    expect(ok.reproducible).toBe(true)
    expect(toReportMarkdown(ok).split('\n')[0]).toBe(
      '# Rebuild: reproducible ✅'
    )
    expect(toJobSummary(ok, 'r.md')).not.toContain('###')
  })
})
