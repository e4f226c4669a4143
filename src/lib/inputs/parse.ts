/**
 * parse* helpers: raw input text -> typed values, or an InputError that names
 * the input as the user wrote it and says what would be accepted.
 */
import { InputError } from '../errors.js'
import type { InputSource, InputTable } from './spec.js'

/** Raw value with the table's default applied; undefined when absent. */
export function readRaw(
  table: InputTable,
  source: InputSource,
  name: string
): string | undefined {
  const spec = table[name]
  if (!spec) throw new Error(`no input "${name}" in the table`)
  const raw = source(name)?.trim()
  if (raw !== undefined && raw !== '') return raw
  if (spec.default !== undefined && spec.default !== '') return spec.default
  if (spec.required) {
    throw new InputError(
      'INPUT_REQUIRED',
      `input "${name}" is required: ${spec.description}`
    )
  }
  return undefined
}

export function parseBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined) return false
  const value = raw.toLowerCase()
  if (['true', 'yes', '1', 'on'].includes(value)) return true
  if (['false', 'no', '0', 'off'].includes(value)) return false
  throw new InputError(
    'INPUT_NOT_BOOLEAN',
    `input "${name}" must be true or false, not "${raw}"`
  )
}

export function parseInteger(
  name: string,
  raw: string | undefined,
  range: { min: number; max: number }
): number | undefined {
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new InputError(
      'INPUT_NOT_INTEGER',
      `input "${name}" must be a whole number from ${range.min} to ${range.max}, not "${raw}"`
    )
  }
  return value
}

/** Newline- or space-separated values (globs, names); blanks and `#` comments dropped. */
export function parseList(raw: string | undefined): string[] {
  if (raw === undefined) return []
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
}

export function parseChoice<T extends string>(
  name: string,
  raw: string | undefined,
  choices: readonly T[]
): T | undefined {
  if (raw === undefined) return undefined
  if ((choices as readonly string[]).includes(raw)) return raw as T
  throw new InputError(
    'INPUT_NOT_A_CHOICE',
    `input "${name}" must be one of ${choices.join(', ')}, not "${raw}"`
  )
}
