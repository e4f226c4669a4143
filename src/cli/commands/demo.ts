/**
 * `provenant demo` (`npm run demo`): the whole suite on this machine with
 * nothing but Node and npm: the npm example released through the reusable
 * workflow publish.yml by the local runner into demo-release/.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import {
  DEFAULT_DEMO_OUT,
  DEMO_INPUTS
} from '../../lib/release/local-inputs.js'
import type { Command } from '../command.js'
import { parseFlags } from '../input-flags.js'
import { printResult, releaseLocally } from './release.js'

const EXAMPLE = path.join('examples', 'npm-package')

export const demoCommand: Command = {
  name: 'demo',
  summary:
    'release the npm example through publish.yml locally into demo-release/',
  usage: 'provenant demo [--out DIR] [--json]',
  flags: DEMO_INPUTS,
  async run(argv, output) {
    const { values } = parseFlags(argv, DEMO_INPUTS, {
      allowPositionals: false
    })
    const project = path.resolve(EXAMPLE)
    if (!existsSync(path.join(project, 'package.json'))) {
      throw new InputError(
        'DEMO_EXAMPLE_MISSING',
        `${EXAMPLE} not found: run the demo from the Provenant checkout (npm run demo)`
      )
    }
    const result = await releaseLocally(
      {
        projectDir: project,
        outDir: path.resolve(values.out ?? DEFAULT_DEMO_OUT),
        repository: 'provenant-demo/hello',
        tag: 'v1.0.0',
        inputs: {
          'build-command': 'npm run build',
          artifacts: 'dist/*.tgz',
          'legacy-sig': true
        }
      },
      output
    )
    printResult(output, result, values.json === true)
    return 0
  }
}
