/** The rebuild action's inputs: INPUT_* variables through the shared table. */
import type { RebuildInputs } from '../../lib/rebuild/inputs.js'
import { parseRebuildInputs, REBUILD_INPUTS } from '../../lib/rebuild/inputs.js'
import { actionInputSource } from '../common/action-io.js'

export const INPUTS = REBUILD_INPUTS

export function readInputs(): RebuildInputs {
  return parseRebuildInputs(actionInputSource)
}
