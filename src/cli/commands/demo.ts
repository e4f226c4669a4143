/**
 * `provenant demo` (`npm run demo`): the whole suite on this machine with
 * nothing but Node and npm: the npm example released with `release --local`
 * into demo-release/, then verified.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { runLocalRelease } from '../../io/release/local-release.js'
import { InputError } from '../../lib/errors.js'
import { defineInputs } from '../../lib/inputs/index.js'
import { JSON_FLAG, parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'
import { bundledCliPath, printResult } from './release.js'

const DEFAULT_DEMO_OUT = 'demo-release'
const EXAMPLE = path.join('examples', 'npm-package')

const DEMO_FLAGS = defineInputs({
  out: {
    kind: 'string',
    default: DEFAULT_DEMO_OUT,
    description:
      'Folder to write the release into; replaced when Provenant wrote it before.',
    example: 'my-demo'
  },
  json: JSON_FLAG
})

export const demoCommand: Command = {
  name: 'demo',
  summary: 'release the npm example locally into demo-release/ and verify it',
  usage: 'provenant demo [--out DIR] [--json]',
  flags: DEMO_FLAGS,
  async run(argv, output) {
    const { values } = parseFlags(argv, DEMO_FLAGS, { allowPositionals: false })
    const project = path.resolve(EXAMPLE)
    if (!existsSync(path.join(project, 'package.json'))) {
      throw new InputError(
        'DEMO_EXAMPLE_MISSING',
        `${EXAMPLE} not found: run the demo from the Provenant checkout (npm run demo)`
      )
    }
    const result = await runLocalRelease(
      {
        projectDir: project,
        build: 'npm run build',
        artifacts: ['dist/*.tgz'],
        outDir: path.resolve(values.out ?? DEFAULT_DEMO_OUT),
        legacySig: true,
        rebuild: true,
        tag: 'v1.0.0',
        cliPath: bundledCliPath()
      },
      (line) => output.err(line)
    )
    printResult(output, result, values.json === true)
    return 0
  }
}
