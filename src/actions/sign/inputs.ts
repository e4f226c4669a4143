/** The sign action's inputs: INPUT_* variables through the shared table. */
import {
  parseSignInputs,
  SIGN_INPUTS,
  type SignInputs
} from '../../lib/sign/inputs.js'
import { actionInputSource } from '../common/action-io.js'

export const INPUTS = SIGN_INPUTS

export function readInputs(): SignInputs {
  return parseSignInputs(actionInputSource)
}
