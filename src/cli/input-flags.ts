/**
 * An action's input table as CLI flags of the same kebab-case names:
 * booleans are flags (`--legacy-sig`) that also take `--legacy-sig=false`
 * and `--no-legacy-sig`; everything else takes a value.
 */
import type { ParseArgsOptionsConfig } from 'node:util'
import { parseArgs } from 'node:util'
import type { InputSource, InputSpec, InputTable } from '../lib/inputs/index.js'
import { parseBoolean } from '../lib/inputs/index.js'

export function toFlagOptions(table: InputTable): ParseArgsOptionsConfig {
  const options: ParseArgsOptionsConfig = {}
  for (const [name, spec] of Object.entries(table)) {
    options[name] = {
      type: spec.kind === 'boolean' ? 'boolean' : 'string',
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {})
    }
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
  /** Every flag's value. */
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
  /** The flags as an InputSource (what the input parsers read). */
  flags: InputSource
}

/**
 * A command line against a command's flag table (every input a flag of its
 * name, booleans also as `--name=false` and `--no-name`). Unknown flags are
 * errors; `--help` is answered before a command runs (main.ts).
 */
export function parseInputFlags(
  argv: readonly string[],
  table: InputTable,
  { allowPositionals = true }: { allowPositionals?: boolean } = {}
): ParsedFlags {
  const { values, positionals } = parseArgs({
    args: normaliseBooleanFlags(argv, table),
    options: toFlagOptions(table),
    allowPositionals,
    allowNegative: true,
    strict: true
  })
  return {
    values: values as ParsedFlags['values'],
    positionals,
    flags: toInputSource(values)
  }
}

/** Flags several commands share, described once. */
export const JSON_FLAG = {
  kind: 'boolean',
  description:
    'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
} as const satisfies InputSpec

export const LOCAL_FLAG = {
  kind: 'boolean',
  description:
    'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
} as const satisfies InputSpec

/** A flag's parsed value by its spec: booleans, repeated strings, strings. */
export type FlagValue<S extends InputSpec> = S['kind'] extends 'boolean'
  ? boolean | undefined
  : S['multiple'] extends true
    ? string[] | undefined
    : string | undefined

export type FlagValues<T extends InputTable> = {
  -readonly [K in keyof T]: FlagValue<T[K]>
}

/** parseInputFlags with each value typed by its table entry. */
export function parseFlags<T extends InputTable>(
  argv: readonly string[],
  table: T,
  options: { allowPositionals?: boolean } = {}
): { values: FlagValues<T>; positionals: string[] } {
  const { values, positionals } = parseInputFlags(argv, table, options)
  return { values: values as FlagValues<T>, positionals }
}
