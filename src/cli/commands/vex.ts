/**
 * `provenant vex --statement ID:purl:status[:justification]...`: an OpenVEX
 * v0.2.0 document for the producer to ship beside the SBOMs and sign (as an
 * attestation with predicate-type https://openvex.dev/ns). With --product,
 * each statement's purl is a subcomponent of that product.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { EXIT_OK, InputError, InputErrors } from '../../lib/errors.js'
import {
  buildOpenVex,
  parseStatementLine,
  type StatementLine
} from '../../lib/scan/report/openvex.js'
import { writeFilesAtomically } from '../../io/fs/atomic-write.js'
import type { Command } from '../command.js'

export const vexCommand: Command = {
  name: 'vex',
  summary:
    'write an OpenVEX document from ID:purl:status[:justification] statements',
  usage:
    'provenant vex --statement ID:purl:status[:justification]... [--product PURL] [--author NAME] [--note TEXT] [--timestamp ISO-8601] [--output FILE]',
  async run(argv, output) {
    const { values } = parseArgs({
      args: argv,
      options: {
        statement: { type: 'string', multiple: true },
        product: { type: 'string' },
        author: { type: 'string' },
        note: { type: 'string' },
        timestamp: { type: 'string' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true
    })
    if (values.help) {
      output.out(`usage: ${this.usage}`)
      return EXIT_OK
    }
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
