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
import { buildCommandHelp, flagNames, nearest } from './help.js'
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
    demo: async () => (await import('./commands/demo.js')).demoCommand,
    'generate-key-pair': async () =>
      (await import('./commands/generate-key-pair.js')).generateKeyPairCommand
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
  if (name === undefined || name === '--help' || name === '-h') {
    output.out(await usage())
    return name === undefined ? EXIT_INPUT : 0
  }
  if (name === '--version' || name === '-V') {
    output.out(PROVENANT_VERSION)
    return 0
  }
  if (name === 'help') return help(rest, output)
  const command = await loadCommand(name, output)
  if (!command) return EXIT_INPUT
  if (wantsHelp(rest)) {
    output.out(buildCommandHelp(command))
    return 0
  }
  try {
    return await command.run(rest, output)
  } catch (thrown) {
    const error = isParseArgsError(thrown)
      ? toUsageError(command, thrown)
      : toProvenantError(thrown)
    output.err(`provenant ${command.name}: ${error.message}`)
    return toExitCode(error)
  }
}

/** `provenant help [<command>]`. */
async function help(rest: string[], output: CliOutput): Promise<number> {
  if (rest.length === 0) {
    output.out(await usage())
    return 0
  }
  const command = await loadCommand(rest[0]!, output)
  if (!command) return EXIT_INPUT
  output.out(buildCommandHelp(command))
  return 0
}

async function loadCommand(
  name: string,
  output: CliOutput
): Promise<Command | undefined> {
  if (Object.hasOwn(COMMAND_LOADERS, name)) return COMMAND_LOADERS[name]!()
  const suggestion = nearest(name, Object.keys(COMMAND_LOADERS))
  output.err(
    `provenant: unknown command "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\n\n${await usage()}`
  )
  return undefined
}

/** `--help` or `-h` among the flags (not after `--`, not as a flag's value). */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  const flags = end < 0 ? argv : argv.slice(0, end)
  return flags.some((a) => a === '--help' || a === '-h')
}

async function usage(): Promise<string> {
  const commands = await loadCommands()
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    'usage: provenant <command> [flags]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '`provenant <command> --help` (or `provenant help <command>`) describes every flag;',
    '`provenant --version` prints the version.'
  ].join('\n')
}

/** node:util parseArgs errors, recognised by code (not instanceof: realms differ under test runners). */
function isParseArgsError(value: unknown): value is Error & { code: string } {
  const code = (value as { code?: unknown } | undefined)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}

/** parseArgs' messages, said in the command's terms, with the nearest flag for a typo. */
function toUsageError(
  command: Command,
  error: Error & { code: string }
): InputError {
  const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1]
  const hint = `run \`provenant ${command.name} --help\` for every flag`
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
    const suggestion = nearest(flag, flagNames(command.flags))
    return new InputError(
      'INPUT_UNKNOWN_FLAG',
      `unknown flag ${flag}${suggestion ? `; did you mean ${suggestion}?` : ''} (${hint})`
    )
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    const takesValue = /argument missing/.test(error.message)
    return new InputError(
      'INPUT_FLAG_VALUE',
      takesValue
        ? `flag ${flag} needs a value: ${flag} <value> or ${flag}=<value> (${hint})`
        : `flag ${flag} takes no value; give ${flag} alone, or --no-${flag.replace(/^-+/, '')} (${hint})`
    )
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /'([^']*)'/.exec(error.message)?.[1] ?? ''
    return new InputError(
      'INPUT_UNEXPECTED_ARGUMENT',
      `unexpected argument "${argument}": usage: ${command.usage}`
    )
  }
  return new InputError(
    'INPUT_USAGE',
    `${error.message}; usage: ${command.usage}`
  )
}
