/** The provenance action's inputs: INPUT_* variables through the shared table. */
import { PROVENANCE_INPUTS } from '../../lib/provenance/inputs.js'
import type { ProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import { parseProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import { actionInputSource } from '../common/action-io.js'

export const INPUTS = PROVENANCE_INPUTS

export function readInputs(): ProvenanceInputs {
  return parseProvenanceInputs(actionInputSource)
}
