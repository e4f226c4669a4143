/** The sbom action's inputs: INPUT_* variables through the shared table. */
import { SBOM_INPUTS, parseSbomInputs } from '../../lib/sbom/inputs.js'
import type { SbomInputs } from '../../lib/sbom/inputs.js'
import { actionInputSource } from '../common/action-io.js'

export const INPUTS = SBOM_INPUTS

export function readInputs(): SbomInputs {
  return parseSbomInputs(actionInputSource)
}
