/** The release action's inputs: INPUT_* variables through the shared table. */
import type { ReleaseInputs } from '../../lib/release/inputs.js'
import { RELEASE_INPUTS, parseReleaseInputs } from '../../lib/release/inputs.js'
import { actionInputSource } from '../common/action-io.js'

export const INPUTS = RELEASE_INPUTS

export function readInputs(): ReleaseInputs {
  return parseReleaseInputs(actionInputSource)
}
