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
import type { Command } from './command.js'
import { localCommand } from './commands/local.js'
import type { CliOutput } from './output.js'

export const COMMANDS: readonly Command[] = [localCommand]

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
    output.out(usage())
    return name === undefined ? EXIT_INPUT : 0
  }
  if (name === '--version') {
    output.out(PROVENANT_VERSION)
    return 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    output.err(`provenant: unknown command "${name}"\n\n${usage()}`)
    return EXIT_INPUT
  }
  try {
    return await command.run(rest, output)
  } catch (thrown) {
    const error = isParseArgsError(thrown)
      ? new InputError(
          'INPUT_USAGE',
          `${thrown.message}; usage: ${command.usage}`
        )
      : toProvenantError(thrown)
    output.err(`provenant ${command.name}: ${error.message}`)
    return toExitCode(error)
  }
}

export const PROVENANT_VERSION = '0.1.0'

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'usage: provenant <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  ].join('\n')
}

function isParseArgsError(value: unknown): value is Error {
  const code = (value as { code?: unknown } | undefined)?.code
  return (
    value instanceof Error &&
    typeof code === 'string' &&
    code.startsWith('ERR_PARSE_ARGS')
  )
}
