/**
 * actions/scan: scans, writes the reports (JSON, SARIF, CycloneDX VDR) into
 * reports-dir, sets the outputs, writes the job summary, and fails the step
 * when a finding is at or above fail-on. The only place this action writes
 * outputs.
 */
import * as core from '@actions/core'
import { VerificationError } from '../../lib/errors.js'
import type { ScanInputs } from '../../lib/scan/inputs.js'
import { describeCounts, describeVerdict } from '../../lib/scan/report/model.js'
import { toMarkdownSummary } from '../../lib/scan/report/table.js'
import { runScan, type ScanDeps } from '../../io/scan/run.js'
import { setOutputs } from '../common/action-io.js'

export const OUTPUTS = [
  'passed',
  'findings',
  'failing',
  'report',
  'sarif',
  'cyclonedx'
] as const

export type ScanOutputs = Record<(typeof OUTPUTS)[number], string>

export interface ScanActionDeps {
  workspace: string
  scan: ScanDeps
}

export async function run(
  inputs: ScanInputs,
  deps: ScanActionDeps
): Promise<ScanOutputs> {
  const result = await runScan(
    {
      ...inputs,
      reportsDir: inputs.reportsDir ?? '.',
      workspace: deps.workspace
    },
    deps.scan
  )
  const { report, files } = result
  const outputs: ScanOutputs = {
    passed: String(report.passed),
    findings: String(report.findings.length),
    failing: String(report.failing),
    report: files.json ?? '',
    sarif: files.sarif ?? '',
    cyclonedx: files.cyclonedx ?? ''
  }
  setOutputs(outputs)
  if (files.output === undefined) core.info(result.rendered)
  for (const file of Object.values(files)) core.info(`wrote ${file}`)
  try {
    await core.summary.addRaw(toMarkdownSummary(report), true).write()
  } catch (error) {
    core.warning(
      `could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  if (!report.passed)
    throw new VerificationError(
      'SCAN_THRESHOLD',
      `vulnerability gate ${describeVerdict(report)} (${describeCounts(report)}); fix, or take a finding out of the gate with a VEX statement (input "vex")`
    )
  core.info(describeVerdict(report))
  return outputs
}
