/**
 * Text -> data for lockfiles and manifests (JSON, TOML, YAML), turning every
 * parser failure into an InputError that names the file and the line, and
 * small guards for reading untyped parsed data.
 */
import { parse as parseToml, TomlError } from 'smol-toml'
import { parseDocument, YAMLError } from 'yaml'
import { InputError } from '../../errors.js'

export const LOCKFILE_INVALID = 'SBOM_LOCKFILE_INVALID'
export const LOCKFILE_VERSION = 'SBOM_LOCKFILE_VERSION'
export const MANIFEST_INVALID = 'SBOM_MANIFEST_INVALID'

export type Json = Record<string, unknown>

/** `where` is "line 12" or "key packages.foo"; the message says what to do about it. */
export function invalidLockfile(
  file: string,
  where: string,
  problem: string,
  cause?: unknown
): InputError {
  return new InputError(
    LOCKFILE_INVALID,
    `${file} (${where}): ${problem}; the lockfile is malformed or truncated: restore it or regenerate it with its package manager`,
    { cause }
  )
}

export function unknownLockfileVersion(
  file: string,
  where: string,
  found: unknown,
  supported: string
): InputError {
  return new InputError(
    LOCKFILE_VERSION,
    `${file} (${where}): unknown lockfile version ${JSON.stringify(found)}; supported: ${supported}`
  )
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  const end = Math.min(offset, text.length)
  for (let i = text.indexOf('\n'); i !== -1 && i < end;) {
    line++
    i = text.indexOf('\n', i + 1)
  }
  return line
}

/** "line N" of the first occurrence of `needle` (e.g. `"lockfileVersion"`), else "key <key>". */
export function whereKey(text: string, needle: string, key: string): string {
  const at = text.indexOf(needle)
  return at === -1 ? `key ${key}` : `line ${lineAt(text, at)}, key ${key}`
}

type Code = typeof LOCKFILE_INVALID | typeof MANIFEST_INVALID

function failure(
  code: Code,
  file: string,
  where: string,
  why: string,
  cause: unknown
) {
  return code === LOCKFILE_INVALID
    ? invalidLockfile(file, where, why, cause)
    : new InputError(code, `${file} (${where}): ${why}; fix the file`, {
        cause
      })
}

export function parseJsonText(
  text: string,
  file: string,
  code: Code = LOCKFILE_INVALID
): Json {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    const line = position
      ? lineAt(text, Number(position[1]))
      : lineAt(text, text.length)
    throw failure(
      code,
      file,
      `line ${line}`,
      `not valid JSON: ${message.split('\n')[0]}`,
      error
    )
  }
  if (!isRecord(data))
    throw failure(code, file, 'line 1', 'expected a JSON object', undefined)
  return data
}

export function parseTomlText(
  text: string,
  file: string,
  code: Code = LOCKFILE_INVALID
): Json {
  try {
    return parseToml(text)
  } catch (error) {
    const line =
      error instanceof TomlError ? error.line : lineAt(text, text.length)
    const first =
      error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw failure(code, file, `line ${line}`, `not valid TOML: ${first}`, error)
  }
}

export function parseYamlText(
  text: string,
  file: string,
  code: Code = LOCKFILE_INVALID
): Json {
  let data: unknown
  try {
    data = yamlData(text)
  } catch (error) {
    const line = error instanceof YAMLError ? (error.linePos?.[0].line ?? 1) : 1
    const first =
      error instanceof Error
        ? (error.message.split('\n')[0] ?? '')
        : String(error)
    const message = first.replace(/ at line \d+, column \d+:?$/, '')
    throw failure(
      code,
      file,
      `line ${line}`,
      `not valid YAML: ${message}`,
      error
    )
  }
  if (!isRecord(data))
    throw failure(code, file, 'line 1', 'expected a YAML mapping', undefined)
  return data
}

/**
 * The data of a YAML text, refusing what the yaml library would only warn
 * about (an unknown tag such as `!e309`, a collection as a key): no package
 * manager writes them, and a warning printed to stderr is no refusal.
 */
function yamlData(text: string): unknown {
  // uniqueKeys off: its duplicate check is quadratic in the size of a mapping.
  const doc = parseDocument(text, {
    uniqueKeys: false,
    merge: false,
    logLevel: 'silent'
  })
  const problem = doc.errors[0] ?? doc.warnings[0]
  if (problem) throw problem
  return doc.toJS()
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function asRecord(value: unknown): Json {
  return isRecord(value) ? value : {}
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** A `{name: range}` table as entries; non-string values are skipped. */
export function stringEntries(value: unknown): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const [key, range] of Object.entries(asRecord(value))) {
    if (typeof range === 'string') out.push([key, range])
  }
  return out
}

/** POSIX dirname of a relative path; '' for a top-level file. */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i === -1 ? '' : path.slice(0, i)
}

/** The last segment of a relative POSIX path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Joins relative POSIX paths and resolves `.`/`..`; '' is the tree root. */
export function joinPath(...parts: string[]): string {
  const out: string[] = []
  for (const segment of parts.join('/').split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..')
      out.pop()
    else out.push(segment)
  }
  return out.join('/')
}
