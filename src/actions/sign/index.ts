/** Entry of actions/sign: builds the deps and runs inside runWrapper. */
import * as core from '@actions/core'
import { ACTIONS_LOGGER } from '../common/action-io.js'
import { readRepositoryVisibility } from '../../io/sign/visibility.js'
import { workspaceFence } from '../../io/fs/path-fence.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const inputs = readInputs()
  await run(inputs, {
    fence: workspaceFence(process.env.GITHUB_WORKSPACE || process.cwd()),
    env: process.env,
    visibility: await readRepositoryVisibility(process.env),
    logger: ACTIONS_LOGGER,
    onSecret: (secret) => core.setSecret(secret)
  })
})
