/**
 * The rebuild action: rebuild, compare, explain; outputs, the job summary,
 * and a failed step when the rebuild does not reproduce the reference
 * (unless fail-on-mismatch is false).
 */
import * as core from '@actions/core'
import { VerificationError } from '../../lib/errors.js'
import type { RebuildInputs } from '../../lib/rebuild/inputs.js'
import { failedArtifacts } from '../../lib/rebuild/report.js'
import { toJobSummary } from '../../lib/rebuild/summary.js'
import type { RebuildDeps } from '../../io/rebuild/run.js'
import { runRebuild } from '../../io/rebuild/run.js'
import { setOutputs } from '../common/action-io.js'

export const OUTPUTS = [
  'reproducible',
  'report-json',
  'report-md',
  'verdict',
  'mismatches'
] as const

export async function run(
  inputs: RebuildInputs,
  deps: RebuildDeps & { writeSummary: boolean }
): Promise<void> {
  const { report, paths } = await runRebuild(inputs, deps)
  const failed = failedArtifacts(report)
  setOutputs<(typeof OUTPUTS)[number]>({
    reproducible: String(report.reproducible),
    'report-json': paths.json,
    'report-md': paths.markdown,
    verdict: paths.statement,
    mismatches: failed.join('\n')
  })
  if (deps.writeSummary) {
    await core.summary.addRaw(toJobSummary(report, paths.markdown)).write()
  }
  core.info(
    report.reproducible
      ? `Reproducible: all ${report.counts.match} artifact(s) rebuilt bit for bit.`
      : `Not reproducible: ${failed.join(', ')}. Why: ${paths.markdown}`
  )
  if (!report.reproducible && inputs.failOnMismatch) {
    throw new VerificationError(
      'REBUILD_NOT_REPRODUCIBLE',
      `the rebuild of ${report.source.commit} does not reproduce ${failed.join(', ')}; the differences are explained in ${paths.markdown} (set fail-on-mismatch: false to report without failing)`
    )
  }
}
