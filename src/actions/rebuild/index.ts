import os from 'node:os'
import * as core from '@actions/core'
import { PROVENANT_VERSION } from '../../lib/version.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const env = process.env
  await run(readInputs(), {
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
    env,
    tempDir: env.RUNNER_TEMP ?? os.tmpdir(),
    fetch: globalThis.fetch,
    now: () => new Date(),
    hostname: os.hostname(),
    provenantVersion: PROVENANT_VERSION,
    log: (message) => core.info(message),
    onBuildOutput: (chunk) => process.stdout.write(chunk),
    signStatement: undefined,
    writeSummary: env.GITHUB_STEP_SUMMARY !== undefined
  })
})
