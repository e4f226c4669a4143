/**
 * `provenant vex --statement ID:purl:status[:justification]...`: an OpenVEX
 * v0.2.0 document for the producer to ship beside the SBOMs and sign (as an
 * attestation with predicate-type https://openvex.dev/ns). With --product,
 * each statement's purl is a subcomponent of that product.
 */
import path from 'node:path'
import { EXIT_OK } from '../../lib/errors.js'
import { buildOpenVex } from '../../lib/scan/report/openvex.js'
import { parseVexInputs, VEX_INPUTS } from '../../lib/scan/vex-inputs.js'
import { writeFilesAtomically } from '../../io/fs/atomic-write.js'
import type { Command } from '../command.js'
import { parseFlags } from '../input-flags.js'

export const vexCommand: Command = {
  name: 'vex',
  summary:
    'write an OpenVEX document from ID:purl:status[:justification] statements',
  usage:
    'provenant vex --statement ID:purl:status[:justification]... [--product PURL] [--author NAME] [--note TEXT] [--timestamp ISO-8601] [--output FILE]',
  flags: VEX_INPUTS,
  async run(argv, output) {
    const { values } = parseFlags(argv, VEX_INPUTS, { allowPositionals: false })
    const request = parseVexInputs(values, {
      author: process.env.GITHUB_REPOSITORY_OWNER ?? 'unknown',
      now: new Date()
    })
    const document = buildOpenVex(request.lines, {
      author: request.author,
      timestamp: request.timestamp,
      ...(request.product ? { product: request.product } : {}),
      ...(request.note ? { note: request.note } : {})
    })
    const text = `${JSON.stringify(document, null, 2)}\n`
    if (request.output === undefined) {
      output.out(text.trimEnd())
    } else {
      const file = path.resolve(process.cwd(), request.output)
      await writeFilesAtomically([{ path: file, content: text }])
      output.err(`wrote ${file}`)
    }
    return EXIT_OK
  }
}
