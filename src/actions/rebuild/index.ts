import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { ACTIONS_LOGGER } from '../common/action-io.js'
import { workspaceFence } from '../../io/fs/path-fence.js'
import { createVerdictSigner } from '../../io/rebuild/sign-verdict.js'
import { readRepositoryVisibility } from '../../io/sign/visibility.js'
import { PROVENANT_VERSION } from '../../lib/version.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

await runWrapper(async () => {
  const env = process.env
  const inputs = readInputs()
  const cwd = env.GITHUB_WORKSPACE ?? process.cwd()
  const signStatement = inputs.sign
    ? await createVerdictSigner(inputs.signing, {
        env,
        visibility: await readRepositoryVisibility(env),
        resolve: (p) => path.resolve(cwd, p),
        logger: ACTIONS_LOGGER,
        onSecret: (secret) => core.setSecret(secret)
      })
    : undefined
  // The build's own output can run to thousands of lines: folded in the log.
  let folded = false
  const onBuildOutput = (chunk: Buffer): void => {
    if (!folded) core.startGroup('Build output')
    folded = true
    process.stdout.write(chunk)
  }
  const endFold = (): void => {
    if (folded) core.endGroup()
    folded = false
  }
  await run(inputs, {
    cwd,
    fence: workspaceFence(cwd),
    env,
    tempDir: env.RUNNER_TEMP ?? os.tmpdir(),
    now: () => new Date(),
    hostname: os.hostname(),
    provenantVersion: PROVENANT_VERSION,
    log: (message) => {
      endFold()
      core.info(message)
    },
    onBuildOutput,
    signStatement,
    writeSummary: env.GITHUB_STEP_SUMMARY !== undefined
  }).finally(endFold)
})
