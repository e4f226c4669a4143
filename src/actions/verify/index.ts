/** Entry of actions/verify: builds the deps and runs inside runWrapper. */
import os from 'node:os'
import { githubApiUrl } from '../../io/github/environment.js'
import { gatherTrust } from '../../io/verify/trust.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const inputs = readInputs()
  await run(inputs, {
    gatherTrust,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: process.env.RUNNER_TEMP || os.tmpdir(),
    githubApiUrl: githubApiUrl(process.env)
  })
})
