/** Entry of actions/sign: builds the deps and runs inside runWrapper. */
import * as core from '@actions/core'
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
    logger: {
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
      debug: (message) => core.debug(message)
    },
    onSecret: (secret) => core.setSecret(secret)
  })
})
