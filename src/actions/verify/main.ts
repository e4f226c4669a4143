/**
 * actions/verify: gathers trust once, verifies every artifact, writes the
 * JSON report to RUNNER_TEMP, sets the outputs and the job summary (the
 * table), and fails the step unless everything verified. The only place
 * this action writes outputs.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import type { GatheredTrust, TrustOptions } from '../../io/verify/trust.js'
import { runVerify } from '../../io/verify/run.js'
import { readPublicKey } from '../../io/verify/verify-bundle.js'
import { VerificationError } from '../../lib/errors.js'
import type { VerifyInputs } from '../../lib/verify/parse-inputs.js'
import {
  renderMarkdown,
  renderText,
  summaryLine
} from '../../lib/verify/render.js'
import { listFailures } from '../../lib/verify/report.js'
import { ACTIONS_LOGGER, setOutputs } from '../common/action-io.js'

export const OUTPUTS = ['verified', 'report'] as const

export type VerifyOutputs = Record<(typeof OUTPUTS)[number], string>

export interface VerifyActionDeps {
  gatherTrust: (options: TrustOptions) => Promise<GatheredTrust>
  workspace: string
  runnerTemp: string
  githubApiUrl: string
}

export async function run(
  inputs: VerifyInputs,
  deps: VerifyActionDeps
): Promise<VerifyOutputs> {
  const resolve = (file: string) => path.resolve(deps.workspace, file)
  const trust = await deps.gatherTrust({
    offline: inputs.offline,
    ...(inputs.trustedRoot ? { trustedRoot: resolve(inputs.trustedRoot) } : {}),
    ...(inputs.key
      ? { publicKey: await readPublicKey(resolve(inputs.key)) }
      : {})
  })
  const report = await runVerify(inputs, {
    trust,
    cwd: deps.workspace,
    githubApiUrl: deps.githubApiUrl,
    env: process.env,
    logger: ACTIONS_LOGGER
  })
  const dir = await mkdtemp(path.join(deps.runnerTemp, 'provenant-verify-'))
  const reportPath = path.join(dir, 'report.json')
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  const outputs: VerifyOutputs = {
    verified: String(report.verified),
    report: reportPath
  }
  setOutputs(outputs)
  core.info(renderText(report))
  try {
    await core.summary.addRaw(renderMarkdown(report), true).write()
  } catch (error) {
    core.warning(
      `could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  if (!report.verified) {
    const failures = listFailures(report)
    throw new VerificationError(
      failures[0]?.code ?? 'VERIFY_FAILED',
      [
        summaryLine(report),
        ...failures.map((f) => `${f.artifact}: ${f.check}: ${f.reason}`)
      ].join('\n')
    )
  }
  return outputs
}
