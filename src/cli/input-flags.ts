/**
 * An action's input table as CLI flags of the same kebab-case names:
 * booleans are flags (`--legacy-sig`) that also take `--legacy-sig=false`
 * and `--no-legacy-sig`; everything else takes a value.
 */
import type { ParseArgsOptionsConfig } from 'node:util'
import { parseArgs } from 'node:util'
import type { InputSource, InputTable } from '../lib/inputs/index.js'
import { InputError } from '../lib/errors.js'
import { parseBoolean } from '../lib/inputs/index.js'

export function toFlagOptions(table: InputTable): ParseArgsOptionsConfig {
  const options: ParseArgsOptionsConfig = {}
  for (const [name, spec] of Object.entries(table)) {
    options[name] =
      spec.kind === 'boolean'
        ? { type: 'boolean' }
        : spec.kind === 'list'
          ? { type: 'string', multiple: true }
          : { type: 'string' }
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
  const options: ParseArgsOptionsConfig = {
    ...toFlagOptions(table),
    ...own,
    help: { type: 'boolean', short: 'h' }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: joinFlagValues(normaliseBooleanFlags(argv, table), options),
      options,
      allowPositionals,
      allowNegative: true,
      strict: true,
      tokens: true
    })
  } catch (error) {
    throw withSuggestion(error, Object.keys(options))
  }
  assertGivenOnce(parsed.tokens ?? [], options)
  const { positionals } = parsed
  const values = parsed.values as ParsedFlags['values']
  return {
    values,
    positionals,
    flags: toInputSource(values),
    help: values.help === true
  }
}

/**
 * An unknown flag becomes an InputError (exit 2) naming the nearest known
 * flag; other parse errors pass through.
 */
function withSuggestion(error: unknown, known: readonly string[]): unknown {
  const code = (error as { code?: unknown } | undefined)?.code
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return error
  const message = (error as Error).message
  const flag = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? ''
  const nearest = nearestFlag(flag.replace(/^-+/, ''), known)
  return new InputError(
    'INPUT_UNKNOWN_FLAG',
    `unknown flag ${flag || '(unreadable)'}${nearest ? `; did you mean --${nearest}?` : ''} (--help lists every flag)`,
    { cause: error }
  )
}

/** The known flag closest by edit distance, when it is reasonably close. */
export function nearestFlag(
  flag: string,
  known: readonly string[]
): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const name of known) {
    const distance = editDistance(flag.toLowerCase(), name)
    if (!best || distance < best.distance) best = { name, distance }
  }
  if (!best) return undefined
  const contains = best.name.includes(flag) || flag.includes(best.name)
  return best.distance <= Math.max(3, Math.floor(flag.length / 2)) || contains
    ? best.name
    : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[b.length]!
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
 * list input takes its items in one value, one a line or comma-separated).
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

/** `--help` text: the usage line, then every input's flag and the command's own. */
export function buildFlagsHelp(
  usage: string,
  table: InputTable,
  own: readonly string[] = []
): string {
  const names = [...Object.keys(table), ...own].map((n) => `--${n}`)
  return `usage: ${usage}\n\ninputs (as flags): ${names.join(' ')}`
}
