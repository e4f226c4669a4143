/**
 * An action's input table as CLI flags of the same kebab-case names:
 * booleans are flags (`--legacy-sig`) that also take `--legacy-sig=false`
 * and `--no-legacy-sig`; everything else takes a value.
 */
import type { ParseArgsOptionsConfig } from 'node:util'
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
