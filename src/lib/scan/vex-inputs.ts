/**
 * `provenant vex`'s flags: one table for the flags and their help, and the
 * parser into the typed request (every problem reported at once).
 */
import { InputError } from '../errors.js'
import type { FlagValues } from '../inputs/index.js'
import { defineInputs, throwCollected } from '../inputs/index.js'
import { parseStatementLine, type StatementLine } from './report/openvex.js'

export const VEX_INPUTS = defineInputs({
  statement: {
    kind: 'string',
    multiple: true,
    description:
      'One statement, ID:purl:status[:justification] (status not_affected, affected, fixed or under_investigation); repeat the flag for more.',
    example:
      'CVE-2024-1234:pkg:npm/lodash@4.17.20:not_affected:vulnerable_code_not_in_execute_path'
  },
  product: {
    kind: 'string',
    description:
      'The product the statements are about, as a purl; each statement purl is then its subcomponent.',
    example: 'pkg:npm/widget@1.2.0'
  },
  author: {
    kind: 'string',
    description:
      'The document author (default: GITHUB_REPOSITORY_OWNER, else "unknown").',
    example: 'acme'
  },
  note: {
    kind: 'string',
    description: 'A note for every statement (OpenVEX impact_statement).'
  },
  timestamp: {
    kind: 'string',
    description: 'The document time, ISO 8601 (default: now).',
    example: '2026-12-01T00:00:00Z'
  },
  output: {
    kind: 'string',
    description: 'Write the document to this file instead of stdout.',
    example: 'release.openvex.json'
  }
})

export interface VexRequest {
  lines: StatementLine[]
  author: string
  /** ISO 8601, normalised. */
  timestamp: string
  product?: string
  note?: string
  output?: string
}

/** The flags into a request; `defaults` are the author and time when not given. */
export function parseVexInputs(
  values: FlagValues<typeof VEX_INPUTS>,
  defaults: { author: string; now: Date }
): VexRequest {
  const problems: InputError[] = []
  const lines: StatementLine[] = []
  for (const line of values.statement ?? []) {
    try {
      lines.push(parseStatementLine(line))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(error)
    }
  }
  if ((values.statement ?? []).length === 0)
    problems.push(
      new InputError(
        'VEX_NO_STATEMENT',
        'give at least one --statement ID:purl:status[:justification]'
      )
    )
  if (values.product !== undefined && !values.product.startsWith('pkg:'))
    problems.push(
      new InputError(
        'VEX_PRODUCT',
        `--product must be a purl (pkg:type/name@version), not "${values.product}"`
      )
    )
  const timestamp = values.timestamp ?? defaults.now.toISOString()
  if (Number.isNaN(Date.parse(timestamp)))
    problems.push(
      new InputError(
        'VEX_TIMESTAMP',
        `--timestamp must be an ISO 8601 date-time, not "${timestamp}"`
      )
    )
  throwCollected(problems)
  return {
    lines,
    author: values.author ?? defaults.author,
    timestamp: new Date(timestamp).toISOString(),
    ...(values.product ? { product: values.product } : {}),
    ...(values.note ? { note: values.note } : {}),
    ...(values.output !== undefined ? { output: values.output } : {})
  }
}
