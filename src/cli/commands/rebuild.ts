/**
 * `provenant rebuild`: the rebuild action's core from the command line.
 * Every action input is a flag of the same name; exit 0 when the rebuild
 * reproduces the reference, 1 when it does not (unless
 * --fail-on-mismatch=false), 2 for bad input, a failing build included.
 */
import os from 'node:os'
import path from 'node:path'
import { runRebuild } from '../../io/rebuild/run.js'
import { EXIT_VERIFICATION_FAILED } from '../../lib/errors.js'
import { parseRebuildInputs, REBUILD_INPUTS } from '../../lib/rebuild/inputs.js'
import { PROVENANT_VERSION } from '../../lib/version.js'
import { githubTokenOf } from '../../io/github/environment.js'
import type { Command } from '../command.js'
import { JSON_FLAG, parseInputFlags } from '../input-flags.js'
import { printReport } from './rebuild-output.js'
import { createVerdictSigner } from '../../io/rebuild/sign-verdict.js'
import { readRepositoryVisibility } from '../../io/sign/visibility.js'
import { stderrLogger } from '../output.js'

const USAGE =
  'provenant rebuild --build "<command>" --artifacts "<glob>" --reference <dir | checksums file | release tag> [--source DIR] [--source-ref COMMIT] [--report-dir DIR] [--json] [--<input> VALUE]...'

const REBUILD_FLAGS = {
  ...REBUILD_INPUTS,
  artifacts: { ...REBUILD_INPUTS.artifacts, multiple: true },
  env: { ...REBUILD_INPUTS.env, multiple: true },
  json: JSON_FLAG
}

export const rebuildCommand: Command = {
  name: 'rebuild',
  summary:
    'rebuild a commit in a clean checkout and explain any difference from a release',
  usage: USAGE,
  flags: REBUILD_FLAGS,
  async run(argv, output) {
    const { values, flags } = parseInputFlags(argv, REBUILD_FLAGS, {
      allowPositionals: false
    })
    const env = process.env
    const inputs = parseRebuildInputs((name) =>
      name === 'github-token' ? githubTokenOf(flags(name), env) : flags(name)
    )
    const signStatement = inputs.sign
      ? await createVerdictSigner(inputs.signing, {
          env,
          visibility: await readRepositoryVisibility(env),
          resolve: (p) => path.resolve(p),
          logger: stderrLogger(output),
          onSecret: () => undefined
        })
      : undefined
    const { report, paths } = await runRebuild(inputs, {
      cwd: process.cwd(),
      env,
      tempDir: os.tmpdir(),
      now: () => new Date(),
      hostname: os.hostname(),
      provenantVersion: PROVENANT_VERSION,
      log: (message) => output.err(message),
      onBuildOutput: (chunk) =>
        output.err(chunk.toString('utf8').replace(/\n$/, '')),
      signStatement
    })
    printReport(output, report, paths, values.json === true)
    return !report.reproducible && inputs.failOnMismatch
      ? EXIT_VERIFICATION_FAILED
      : 0
  }
}
