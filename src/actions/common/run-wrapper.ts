/**
 * The only place an action fails its step: anything thrown (not only Errors)
 * becomes one clear message through core.setFailed and a non-zero exit.
 */
import * as core from '@actions/core'
import { toProvenantError } from '../../lib/errors.js'

export async function runWrapper(run: () => Promise<void>): Promise<void> {
  try {
    await run()
  } catch (thrown) {
    const error = toProvenantError(thrown)
    if (error.kind === 'internal' && error.cause instanceof Error) {
      core.debug(error.cause.stack ?? String(error.cause))
    }
    core.setFailed(error.message)
  }
}
