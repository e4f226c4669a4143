/**
 * `provenant local`: starts the embedded local stack in the foreground and
 * prints the environment that points the bundled actions at it. Ctrl-C stops it.
 */
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startLocalStack } from '../../local/stack.js'
import { LOCAL_STACK_INPUTS } from '../../lib/release/local-inputs.js'
import { parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'
import { toShellExports } from '../shell.js'

export const localCommand: Command = {
  name: 'local',
  summary: 'run the embedded local Sigstore, OIDC issuer and GitHub API',
  usage: 'provenant local [--trust-dir DIR]',
  flags: LOCAL_STACK_INPUTS,
  async run(argv, output) {
    const { values } = parseFlags(argv, LOCAL_STACK_INPUTS, {
      allowPositionals: false
    })
    const stack = await startLocalStack({ env: process.env })
    try {
      const dir =
        values['trust-dir'] ??
        (await mkdtemp(path.join(os.tmpdir(), 'provenant-local-')))
      const trust = await stack.writeTrust(path.resolve(dir))
      const env = {
        ...stack.env,
        INPUT_TRUSTED_ROOT: trust.trustedRoot,
        INPUT_SIGNING_CONFIG: trust.signingConfig
      }
      output.err('Provenant local stack is running (Ctrl-C stops it).')
      output.err(`  Fulcio  ${stack.fulcioUrl}`)
      output.err(`  Rekor   ${stack.rekorUrl}`)
      output.err(`  TSA     ${stack.tsaUrl}`)
      output.err(`  OIDC    ${stack.oidc.url}`)
      output.err(`  GitHub  ${stack.github.url}`)
      output.err(`  trusted root  ${trust.trustedRoot}`)
      output.err(
        'Paste these lines into a shell to run the actions against it:'
      )
      output.out(toShellExports(env))
      await waitForSignal()
      output.err('Stopping the local stack.')
      return 0
    } finally {
      await stack.close()
    }
  }
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
