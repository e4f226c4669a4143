/** The `env` input: NAME=value lines (blank lines and `#` comments skipped). */
import { InputError } from '../errors.js'

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

export function parseEnvLines(
  input: string,
  raw: string | undefined
): Record<string, string> {
  const env: Record<string, string> = {}
  if (raw === undefined) return env
  const bad: string[] = []
  for (const line of raw.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const at = trimmed.indexOf('=')
    const name = at > 0 ? trimmed.slice(0, at).trim() : ''
    if (!NAME.test(name)) {
      bad.push(trimmed)
      continue
    }
    env[name] = trimmed.slice(at + 1)
  }
  if (bad.length > 0) {
    throw new InputError(
      'REBUILD_ENV_LINE',
      `input "${input}": ${bad.map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not NAME=value (one variable per line, NAME of letters, digits and _)`
    )
  }
  return env
}
