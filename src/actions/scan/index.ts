/** Entry of actions/scan: builds the deps and runs inside runWrapper. */
import { ACTIONS_LOGGER } from '../common/action-io.js'
import { createScanDeps } from '../../io/scan/deps.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const inputs = readInputs()
  await run(inputs, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    scan: createScanDeps(process.env, ACTIONS_LOGGER)
  })
})
