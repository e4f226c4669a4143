/**
 * `provenant verify`'s flags besides its input table: the cosign, gh and
 * slsa-verifier spellings (src/lib/verify/cli-flags.ts) as parseArgs
 * options, their values read as the inputs they stand for, `--format`,
 * and what `--print-provenance` prints.
 */
import { InputError } from '../../lib/errors.js'
import type { InputSpec } from '../../lib/inputs/index.js'
import {
  VERIFY_FLAG_ALIASES,
  VERIFY_OWN_FLAGS
} from '../../lib/verify/cli-flags.js'
import type { VerifyReport } from '../../lib/verify/report.js'

/** The cosign, gh and slsa-verifier spellings as flag specs (described for --help). */
export function aliasFlags(): Record<string, InputSpec> {
  return Object.fromEntries(
    Object.entries(VERIFY_FLAG_ALIASES).map(([name, alias]) => [
      name,
      { kind: 'string', description: alias.description }
    ])
  )
}

/** The CLI's own output flags (--json, --format, --print-provenance) as flag specs. */
export function ownFlags(): Record<string, InputSpec> {
  return Object.fromEntries(
    Object.entries(VERIFY_OWN_FLAGS).map(([name, flag]) => [
      name,
      { kind: flag.type, description: flag.description }
    ])
  )
}

/** The value an alias flag gives `input`, when the input's own flag is not set. */
export function aliasValue(
  values: Readonly<Record<string, unknown>>,
  input: string
): string | undefined {
  for (const [flag, alias] of Object.entries(VERIFY_FLAG_ALIASES)) {
    const value = values[flag]
    if (alias.input === input && typeof value === 'string') return value
  }
  return undefined
}

/** `--format json|text` (gh) and `--json`: true for JSON. */
export function parseFormat(format: unknown, json: boolean): boolean {
  if (format === undefined) return json
  if (format === 'json') return true
  if (format === 'text' && !json) return false
  throw new InputError(
    'VERIFY_FORMAT_UNKNOWN',
    `--format takes json or text, not "${typeof format === 'string' ? format : '?'}"${json ? ' (with --json, only json)' : ''}`
  )
}

/** The statements of every verified provenance in the report. */
export function verifiedProvenance(report: VerifyReport): unknown[] {
  return report.artifacts.flatMap((a) =>
    a.signers.flatMap((s) => (s.provenance ? [s.provenance] : []))
  )
}
