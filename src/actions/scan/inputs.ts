/** The scan action's inputs: INPUT_* variables through the shared table. */
import {
  parseScanInputs,
  SCAN_INPUTS,
  type ScanInputs
} from '../../lib/scan/inputs.js'
import { actionInputSource } from '../common/action-io.js'

export const INPUTS = SCAN_INPUTS

export function readInputs(): ScanInputs {
  return parseScanInputs(actionInputSource)
}
