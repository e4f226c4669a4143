/** Entry of actions/release: builds the deps and runs inside runWrapper. */
import os from 'node:os'
import * as core from '@actions/core'
import { githubApiUrl } from '../../io/github/environment.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const inputs = readInputs()
  await run(inputs, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: process.env.RUNNER_TEMP || os.tmpdir(),
    githubApiUrl: githubApiUrl(process.env),
    log: (line) => core.info(line)
  })
})
