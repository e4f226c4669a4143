/**
 * `provenant demo` (`npm run demo`): the whole suite on this machine with
 * nothing but Node and npm: the npm example released through the reusable
 * workflow publish.yml by the local runner into demo-release/.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { InputError } from '../../lib/errors.js'
import type { Command } from '../command.js'
import { printResult, releaseLocally } from './release.js'

const EXAMPLE = path.join('examples', 'npm-package')

export const demoCommand: Command = {
  name: 'demo',
  summary:
    'release the npm example through publish.yml locally into demo-release/',
  usage: 'provenant demo [--out DIR] [--json]',
  async run(argv, output) {
    const { values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', default: 'demo-release' },
        json: { type: 'boolean' }
      },
      strict: true
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
        outDir: path.resolve(values.out),
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
