/**
 * The `provenant` command: argv -> one subcommand. Errors become one clear
 * message on stderr and the exit codes of STYLE.md (0 ok, 1 verification
 * failed, 2 usage or input, 3 anything else).
 */
import {
  EXIT_INPUT,
  InputError,
  toExitCode,
  toProvenantError
} from '../lib/errors.js'
import { PROVENANT_VERSION } from '../lib/version.js'
import type { Command } from './command.js'
import type { CliOutput } from './output.js'

/**
 * Every command by name, each loaded only when it runs: together their
 * dependencies (Sigstore, the local stack, the SBOM validators, ...) take
 * a third of a second and 40 MB to load, which no single command needs.
 * The key is the command's `name`.
 */
export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<Command>>> =
  {
    local: async () => (await import('./commands/local.js')).localCommand,
    sbom: async () => (await import('./commands/sbom.js')).sbomCommand,
    sign: async () => (await import('./commands/sign.js')).signCommand,
    'sign-bundle': async () =>
      (await import('./commands/sign-bundle.js')).signBundleCommand,
    attest: async () => (await import('./commands/attest.js')).attestCommand,
    rebuild: async () => (await import('./commands/rebuild.js')).rebuildCommand,
    'rebuild-compare': async () =>
      (await import('./commands/rebuild-compare.js')).rebuildCompareCommand,
    'rebuild-consensus': async () =>
      (await import('./commands/rebuild-consensus.js')).rebuildConsensusCommand,
    verify: async () => (await import('./commands/verify.js')).verifyCommand,
    'verify-bundle': async () =>
      (await import('./commands/verify-bundle.js')).verifyBundleCommand,
    'verify-pack': async () =>
      (await import('./commands/verify-pack.js')).verifyPackCommand,
    release: async () => (await import('./commands/release.js')).releaseCommand,
    scan: async () => (await import('./commands/scan.js')).scanCommand,
    vex: async () => (await import('./commands/vex.js')).vexCommand,
    demo: async () => (await import('./commands/demo.js')).demoCommand
  }

/** Every command, loaded (for the usage text). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(COMMAND_LOADERS).map((load) => load()))
}

export async function runCli(
  argv: string[],
  output: CliOutput
): Promise<number> {
  const [name, ...rest] = argv
  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    name === 'help'
  ) {
    output.out(await usage())
    return name === undefined ? EXIT_INPUT : 0
  }
  if (name === '--version') {
    output.out(PROVENANT_VERSION)
    return 0
  }
  const load = Object.hasOwn(COMMAND_LOADERS, name)
    ? COMMAND_LOADERS[name]
    : undefined
  if (!load) {
    output.err(`provenant: unknown command "${name}"\n\n${await usage()}`)
    return EXIT_INPUT
  }
  const command = await load()
  try {
    return await command.run(rest, output)
  } catch (thrown) {
    const error = isParseArgsError(thrown)
      ? new InputError(
          'INPUT_USAGE',
          `${thrown.message}; usage: ${command.usage}`
        )
      : isUnknownFlag(thrown)
        ? new InputError(
            thrown.code,
            `${thrown.message}; usage: ${command.usage}`,
            { cause: thrown }
          )
        : toProvenantError(thrown)
    output.err(`provenant ${command.name}: ${error.message}`)
    return toExitCode(error)
  }
}

async function usage(): Promise<string> {
  const commands = await loadCommands()
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'usage: provenant <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  ].join('\n')
}

/** An unknown flag (input-flags.ts names the nearest one). */
function isUnknownFlag(value: unknown): value is InputError {
  return value instanceof InputError && value.code === 'INPUT_UNKNOWN_FLAG'
}

/** node:util parseArgs errors, recognised by code (not instanceof: realms differ under test runners). */
function isParseArgsError(value: unknown): value is Error {
  const code = (value as { code?: unknown } | undefined)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
