/**
 * The runner side of an action: inputs from INPUT_* variables (through the
 * action's table) and typed outputs. inputs.ts and main.ts use these; nothing
 * else touches @actions/core's input and output functions.
 */
import * as core from '@actions/core'
import type { InputSource } from '../../lib/inputs/index.js'
import type { Logger } from '../../lib/ports.js'

/** The workflow log: info lines, warning annotations, debug shown when asked. */
export const ACTIONS_LOGGER: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message)
}

/**
 * The runner sets INPUT_<NAME> with hyphens kept (INPUT_FULCIO-URL); a shell
 * cannot export that name, so by hand INPUT_FULCIO_URL is accepted too.
 */
export const actionInputSource: InputSource = (name) =>
  core.getInput(name, { trimWhitespace: true }) ||
  (
    process.env[`INPUT_${name.replace(/[ -]/g, '_').toUpperCase()}`] ?? ''
  ).trim()

/** Sets every output of the action; the names are the action's OUTPUTS table. */
export function setOutputs<Name extends string>(
  values: Readonly<Record<Name, string>>
): void {
  for (const [name, value] of Object.entries<string>(values)) {
    core.setOutput(name, value)
  }
}
