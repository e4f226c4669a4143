/**
 * actions/provenance: attests, then sets the outputs and writes the job
 * summary. The only place this action writes outputs.
 */
import * as core from '@actions/core'
import type { AttestDeps } from '../../io/provenance/attest.js'
import { attestProvenance } from '../../io/provenance/attest.js'
import type { ProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import { buildProvenanceJobSummary } from '../../lib/provenance/summary.js'
import { setOutputs } from '../common/action-io.js'

export const OUTPUTS = [
  'attestation-ids',
  'attestation-urls',
  'bundle-path',
  'bundles',
  'intoto-jsonl',
  'build-provenance'
] as const

export type ProvenanceOutputs = Record<(typeof OUTPUTS)[number], string>

export async function run(
  inputs: ProvenanceInputs,
  deps: AttestDeps
): Promise<ProvenanceOutputs> {
  const result = await attestProvenance(inputs, deps)
  const outputs: ProvenanceOutputs = {
    'attestation-ids': result.attestationIds.join('\n'),
    'attestation-urls': result.attestationUrls.join('\n'),
    'bundle-path': result.intotoJsonl,
    bundles: result.bundles.map((b) => b.path).join('\n'),
    'intoto-jsonl': result.intotoJsonl,
    'build-provenance': result.buildProvenance
  }
  setOutputs(outputs)
  const summary = buildProvenanceJobSummary(result)
  try {
    const job = core.summary
      .addHeading(summary.heading, 2)
      .addRaw(`<p>${summary.text}</p>`, true)
      .addTable([
        summary.header.map((data) => ({ data, header: true })),
        ...summary.rows
      ])
    if (summary.links.length > 0) job.addList(summary.links)
    await job.write()
  } catch (error) {
    core.warning(
      `could not write the job summary: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  return outputs
}
