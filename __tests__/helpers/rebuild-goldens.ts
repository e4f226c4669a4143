/**
 * The rebuild goldens: each file under __tests__/fixtures/rebuild and the
 * text it holds. unit/rebuild/report.test.ts compares with them (and fails
 * when one is missing); `npm run golden:update` rewrites them.
 */
import { toReportMarkdown } from '../../src/lib/rebuild/report-md.js'
import { toJobSummary } from '../../src/lib/rebuild/summary.js'
import { sampleReport } from './rebuild-report.js'
import { repoPath } from './repo.js'

export const GOLDEN_DIR = repoPath('__tests__', 'fixtures', 'rebuild')

export const REBUILD_GOLDENS: Record<string, () => string> = {
  'report.md': () => toReportMarkdown(sampleReport()),
  'summary.md': () =>
    toJobSummary(sampleReport(), 'provenant-rebuild/report.md')
}
