/**
 * An action's input table as CLI flags of the same kebab-case names:
 * booleans are flags (`--legacy-sig`) that also take `--legacy-sig=false`
 * and `--no-legacy-sig`; everything else takes a value.
 */
import type { ParseArgsOptionsConfig } from 'node:util'
import { parseArgs } from 'node:util'
import type { InputSource, InputTable } from '../lib/inputs/index.js'
import { parseBoolean } from '../lib/inputs/index.js'

export function toFlagOptions(table: InputTable): ParseArgsOptionsConfig {
  const options: ParseArgsOptionsConfig = {}
  for (const [name, spec] of Object.entries(table)) {
    options[name] = { type: spec.kind === 'boolean' ? 'boolean' : 'string' }
  }
  return options
}

/** Rewrites `--flag=value` of boolean flags into `--flag` / `--no-flag`. */
export function normaliseBooleanFlags(
  argv: readonly string[],
  table: InputTable
): string[] {
  return argv.map((arg) => {
    const match = /^--([\w-]+)=(.*)$/s.exec(arg)
    if (!match || table[match[1]!]?.kind !== 'boolean') return arg
    const name = match[1]!
    return parseBoolean(name, match[2]) ? `--${name}` : `--no-${name}`
  })
}

/** The parsed flag values as an InputSource (booleans as "true"/"false"). */
export function toInputSource(
  values: Readonly<
    Record<string, string | boolean | (string | boolean)[] | undefined>
  >
): InputSource {
  return (name) => {
    const value = values[name]
    if (value === undefined) return undefined
    if (Array.isArray(value)) return value.map(String).join('\n')
    return String(value)
  }
}

export interface ParsedFlags {
  /** Every flag's value: the table's and the command's own. */
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
  /** The table's flags as an InputSource. */
  flags: InputSource
  /** `--help` or `-h` was given. */
  help: boolean
}

/**
 * A command line against an input table (every input a flag of its name,
 * booleans also as `--name=false` and `--no-name`) and the command's own
 * flags; `--help`/`-h` comes with it. Unknown flags are errors.
 */
export function parseInputFlags(
  argv: readonly string[],
  table: InputTable,
  own: ParseArgsOptionsConfig = {},
  { allowPositionals = true }: { allowPositionals?: boolean } = {}
): ParsedFlags {
  const { values, positionals } = parseArgs({
    args: normaliseBooleanFlags(argv, table),
    options: {
      ...toFlagOptions(table),
      ...own,
      help: { type: 'boolean', short: 'h' }
    },
    allowPositionals,
    allowNegative: true,
    strict: true
  })
  return {
    values,
    positionals,
    flags: toInputSource(values),
    help: values.help === true
  }
}

/** `--help` text: the usage line, then every input's flag and the command's own. */
export function buildFlagsHelp(
  usage: string,
  table: InputTable,
  own: readonly string[] = []
): string {
  const names = [...Object.keys(table), ...own].map((n) => `--${n}`)
  return `usage: ${usage}\n\ninputs (as flags): ${names.join(' ')}`
}
