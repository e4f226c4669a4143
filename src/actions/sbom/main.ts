/**
 * actions/sbom: writes the SBOMs, then sets the outputs and writes the job
 * summary. The only place this action writes outputs.
 */
import * as core from '@actions/core'
import { workspaceFence } from '../../io/fs/path-fence.js'
import { generateSboms } from '../../io/sbom/generate.js'
import type { SbomDocumentOptions } from '../../lib/sbom/document.js'
import type { SbomInputs } from '../../lib/sbom/inputs.js'
import { buildSbomSummary, countSbom } from '../../lib/sbom/summary.js'
import { setOutputs } from '../common/action-io.js'

export const OUTPUTS = ['files', 'cyclonedx', 'spdx'] as const

export type SbomOutputs = Record<(typeof OUTPUTS)[number], string>

export interface SbomDeps {
  /** GITHUB_WORKSPACE (or the current directory). */
  workspace: string
  /** Time, tool and build environment (see io/sbom/context.ts). */
  document: SbomDocumentOptions
}

export async function run(
  inputs: SbomInputs,
  deps: SbomDeps
): Promise<SbomOutputs> {
  const result = await generateSboms(
    { ...inputs, fence: workspaceFence(deps.workspace) },
    deps.document
  )
  const lines = (values: (string | undefined)[]): string =>
    values.filter((v): v is string => v !== undefined).join('\n')
  const outputs: SbomOutputs = {
    files: lines(result.files),
    cyclonedx: lines(result.sboms.map((s) => s.files.cyclonedx)),
    spdx: lines(result.sboms.map((s) => s.files.spdx))
  }
  setOutputs(outputs)
  for (const file of result.files) core.info(`wrote ${file}`)

  const summary = buildSbomSummary(
    result.sboms.map((s) => countSbom(s.label, s.subject, s.graph)),
    result.files
  )
  try {
    await core.summary
      .addHeading(summary.heading, 2)
      .addTable([
        summary.header.map((data) => ({ data, header: true })),
        ...summary.rows
      ])
      .addRaw(summary.gaps, true)
      .write()
  } catch (error) {
    core.warning(
      `could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  return outputs
}
