/**
 * `provenant vex --statement ID:purl:status[:justification]...`: an OpenVEX
 * v0.2.0 document for the producer to ship beside the SBOMs and sign (as an
 * attestation with predicate-type https://openvex.dev/ns). With --product,
 * each statement's purl is a subcomponent of that product.
 */
import path from 'node:path'
import { EXIT_OK, InputError, InputErrors } from '../../lib/errors.js'
import {
  buildOpenVex,
  parseStatementLine,
  type StatementLine
} from '../../lib/scan/report/openvex.js'
import { writeFilesAtomically } from '../../io/fs/atomic-write.js'
import { defineInputs } from '../../lib/inputs/index.js'
import type { Command } from '../command.js'
import { parseFlags } from '../input-flags.js'

const VEX_FLAGS = defineInputs({
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

export const vexCommand: Command = {
  name: 'vex',
  summary:
    'write an OpenVEX document from ID:purl:status[:justification] statements',
  usage:
    'provenant vex --statement ID:purl:status[:justification]... [--product PURL] [--author NAME] [--note TEXT] [--timestamp ISO-8601] [--output FILE]',
  flags: VEX_FLAGS,
  async run(argv, output) {
    const { values } = parseFlags(argv, VEX_FLAGS, { allowPositionals: false })
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
    const timestamp = values.timestamp ?? new Date().toISOString()
    if (Number.isNaN(Date.parse(timestamp)))
      problems.push(
        new InputError(
          'VEX_TIMESTAMP',
          `--timestamp must be an ISO 8601 date-time, not "${timestamp}"`
        )
      )
    if (problems.length > 0)
      throw problems.length === 1 ? problems[0]! : new InputErrors(problems)
    const document = buildOpenVex(lines, {
      author: values.author ?? process.env.GITHUB_REPOSITORY_OWNER ?? 'unknown',
      timestamp: new Date(timestamp).toISOString(),
      ...(values.product ? { product: values.product } : {}),
      ...(values.note ? { note: values.note } : {})
    })
    const text = `${JSON.stringify(document, null, 2)}\n`
    if (values.output === undefined) {
      output.out(text.trimEnd())
    } else {
      const file = path.resolve(process.cwd(), values.output)
      await writeFilesAtomically([{ path: file, content: text }])
      output.err(`wrote ${file}`)
    }
    return EXIT_OK
  }
}
