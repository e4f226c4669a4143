/** Entry of actions/scan: builds the deps and runs inside runWrapper. */
import * as core from '@actions/core'
import { createScanDeps } from '../../io/scan/deps.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const inputs = readInputs()
  await run(inputs, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    scan: createScanDeps(process.env, {
      info: (m) => core.info(m),
      warning: (m) => core.warning(m),
      debug: (m) => core.debug(m)
    })
  })
})
