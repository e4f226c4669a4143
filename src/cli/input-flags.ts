/**
 * An action's input table as CLI flags of the same kebab-case names:
 * booleans are flags (`--legacy-sig`) that also take `--legacy-sig=false`
 * and `--no-legacy-sig`; everything else takes a value.
 */
import type { ParseArgsOptionsConfig } from 'node:util'
import { parseArgs } from 'node:util'
import type {
  FlagValues,
  InputSource,
  InputTable
} from '../lib/inputs/index.js'
import { InputError } from '../lib/errors.js'
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
  const options = toFlagOptions(table)
  const { values, positionals, tokens } = parseArgs({
    args: joinFlagValues(normaliseBooleanFlags(argv, table), options),
    options,
    allowPositionals,
    allowNegative: true,
    strict: true,
    tokens: true
  })
  assertGivenOnce(tokens, options)
  return {
    values: values as ParsedFlags['values'],
    positionals,
    flags: toInputSource(values)
  }
}

/**
 * `--key "$(cat key.pem)"`: a flag that takes a value takes the next
 * argument whatever it starts with (as getopt does), so a PEM text or a
 * negative number is not mistaken for a flag. Written `--flag=value` here,
 * because parseArgs refuses a value that starts with a dash.
 */
export function joinFlagValues(
  argv: readonly string[],
  options: ParseArgsOptionsConfig
): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      out.push(...argv.slice(i))
      break
    }
    const name = /^--([\w-]+)$/.exec(arg)?.[1]
    const next = argv[i + 1]
    if (name && options[name]?.type === 'string' && next?.startsWith('-')) {
      out.push(`--${name}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

/**
 * A flag given twice is an error, not a silent choice of the last one (a
 * flag the table marks `multiple` takes one value each time).
 */
function assertGivenOnce(
  tokens: ReadonlyArray<{ kind: string; name?: string }>,
  options: ParseArgsOptionsConfig
): void {
  const seen = new Map<string, number>()
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue
    seen.set(token.name, (seen.get(token.name) ?? 0) + 1)
  }
  const repeated = [...seen].filter(
    ([name, count]) => count > 1 && options[name]?.multiple !== true
  )
  if (repeated.length === 0) return
  throw new InputError(
    'CLI_FLAG_REPEATED',
    repeated
      .map(([name, count]) => `--${name} is given ${count} times: give it once`)
      .join('\n')
  )
}

/** Flags several commands share, described once (src/lib/inputs/shared.ts). */
export {
  JSON_INPUT as JSON_FLAG,
  LOCAL_INPUT as LOCAL_FLAG
} from '../lib/inputs/shared.js'
export type { FlagValue, FlagValues } from '../lib/inputs/spec.js'

/** parseInputFlags with each value typed by its table entry. */
export function parseFlags<T extends InputTable>(
  argv: readonly string[],
  table: T,
  options: { allowPositionals?: boolean } = {}
): { values: FlagValues<T>; positionals: string[] } {
  const { values, positionals } = parseInputFlags(argv, table, options)
  return { values: values as FlagValues<T>, positionals }
}

/**
 * The flags with the command's arguments added to the inputs they stand
 * for (`provenant sign a.tgz` is `--files a.tgz`): `extra[name]` joins the
 * flag's own value, one a line; undefined when neither is given.
 */
export function withArguments(
  flags: InputSource,
  extra: Readonly<Record<string, readonly string[]>>
): InputSource {
  return (name) => {
    const added = extra[name]
    if (added === undefined) return flags(name)
    const all = [flags(name), ...added].filter(
      (v): v is string => v !== undefined && v !== ''
    )
    return all.length > 0 ? all.join('\n') : undefined
  }
}
