/** The sign action's inputs: INPUT_* variables through the shared table. */
import type { SignInputs } from '../../lib/sign/inputs.js'
import { SIGN_INPUTS } from '../../lib/sign/inputs.js'
import { parseSignInputs } from '../../lib/sign/parse-inputs.js'
import { actionInputSource } from '../common/action-io.js'

export const INPUTS = SIGN_INPUTS

export function readInputs(): SignInputs {
  return parseSignInputs(actionInputSource)
}
