/** Entry of actions/provenance: builds the deps and runs inside runWrapper. */
import { githubApiUrl, githubServerUrl } from '../../io/github/environment.js'
import * as core from '@actions/core'
import { ACTIONS_LOGGER } from '../common/action-io.js'
import { readRepositoryVisibility } from '../../io/sign/visibility.js'
import { workspaceFence } from '../../io/fs/path-fence.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const inputs = readInputs()
  const env = process.env
  await run(inputs, {
    fence: workspaceFence(env.GITHUB_WORKSPACE || process.cwd()),
    env,
    serverUrl: githubServerUrl(env),
    apiUrl: githubApiUrl(env),
    githubToken: inputs.githubToken,
    visibility: await readRepositoryVisibility(env),
    logger: ACTIONS_LOGGER,
    onSecret: (secret) => core.setSecret(secret)
  })
})
