/** Entry of actions/release: builds the deps and runs inside runWrapper. */
import os from 'node:os'
import * as core from '@actions/core'
import { DEFAULT_GITHUB_API_URL } from '../../io/verify/github.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const inputs = readInputs()
  await run(inputs, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: process.env.RUNNER_TEMP || os.tmpdir(),
    githubApiUrl: process.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
    log: (line) => core.info(line)
  })
})
