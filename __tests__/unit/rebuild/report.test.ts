/** report.md and the job summary against golden files; report.json's verdict fields. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { failedArtifacts } from '../../../src/lib/rebuild/report.js'
import { toReportMarkdown } from '../../../src/lib/rebuild/report-md.js'
import { toJobSummary } from '../../../src/lib/rebuild/summary.js'
import { GOLDEN_DIR, REBUILD_GOLDENS } from '../../helpers/rebuild-goldens.js'
import { sampleReport } from '../../helpers/rebuild-report.js'

/**
 * Compares with __tests__/fixtures/rebuild/<name>, which must exist: a test
 * run never writes it (`npm run golden:update` does, for review).
 */
function expectGolden(name: string): void {
  let golden: string
  try {
    golden = readFileSync(path.join(GOLDEN_DIR, name), 'utf8')
  } catch (error) {
    throw new Error(
      `golden file ${name} is unreadable; write it with \`npm run golden:update\` and review it`,
      { cause: error }
    )
  }
  expect(REBUILD_GOLDENS[name]!()).toBe(golden)
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
    expectGolden('report.md')
  })

  it('renders the job summary', () => {
    expectGolden('summary.md')
  })

  it('fails when a golden file is missing, writing nothing', () => {
    expect(() => expectGolden('no-such-golden.md')).toThrow(
      /golden file no-such-golden.md is unreadable; write it with `npm run golden:update`/
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
