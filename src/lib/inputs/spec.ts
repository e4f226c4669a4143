/**
 * Input tables: one per action, shared by the action (INPUT_* variables) and
 * the CLI (flags of the same kebab-case names). A table says each input's
 * kind, its description and its default; the contract test holds every
 * action.yml to its table.
 */

export type InputKind = 'string' | 'boolean' | 'list' | 'integer'

export interface InputSpec {
  kind: InputKind
  description: string
  required?: boolean
  /** As written in action.yml (a string there), when the input has a default. */
  default?: string
  /** A value as a user would give it, for help texts (`dist/*.tgz`). */
  example?: string
  /** On the command line: the flag may be given more than once (each adds a value). */
  multiple?: boolean
  /** On the command line: a one-letter alias (`o` for `-o`). */
  short?: string
}

export type InputTable = Readonly<Record<string, InputSpec>>

/** Reads one raw input by its kebab-case name; undefined or '' when not given. */
export type InputSource = (name: string) => string | undefined

export function defineInputs<T extends InputTable>(table: T): T {
  return table
}

/** A flag's parsed value by its spec: booleans, repeated strings, strings. */
export type FlagValue<S extends InputSpec> = S['kind'] extends 'boolean'
  ? boolean | undefined
  : S['multiple'] extends true
    ? string[] | undefined
    : string | undefined

/** A table's command-line values, each typed by its entry. */
export type FlagValues<T extends InputTable> = {
  -readonly [K in keyof T]?: FlagValue<T[K]>
}
