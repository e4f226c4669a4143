/** The verify action's inputs: INPUT_* variables through the shared table. */
import type { InputSource } from '../../lib/inputs/index.js'
import { VERIFY_INPUTS } from '../../lib/verify/inputs.js'
import type { VerifyInputs } from '../../lib/verify/parse-inputs.js'
import { parseVerifyInputs } from '../../lib/verify/parse-inputs.js'
import { actionInputSource } from '../common/action-io.js'

export const INPUTS = VERIFY_INPUTS

export function readInputs(
  source: InputSource = actionInputSource
): VerifyInputs {
  return parseVerifyInputs(source)
}
