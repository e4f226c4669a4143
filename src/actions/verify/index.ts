/** Entry of actions/verify: builds the deps and runs inside runWrapper. */
import os from 'node:os'
import { DEFAULT_GITHUB_API_URL } from '../../io/verify/github.js'
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
    githubApiUrl: process.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL
  })
})
