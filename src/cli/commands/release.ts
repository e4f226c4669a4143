/**
 * `provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir>`:
 * the whole publish pipeline on this machine with the embedded local stack,
 * then `provenant verify` on the release folder. On GitHub the reusable
 * workflow (.github/workflows/publish.yml) runs the same stages.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runLocalRelease } from '../../io/release/local-release.js'
import type { LocalReleaseResult } from '../../io/release/local-release.js'
import { InputError } from '../../lib/errors.js'
import { parseList } from '../../lib/inputs/index.js'
import { defineInputs } from '../../lib/inputs/index.js'
import { JSON_FLAG, parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'
import type { CliOutput } from '../output.js'

const DEFAULT_TAG = 'v0.0.0-local'

const USAGE =
  'provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir> [--legacy-sig] [--no-rebuild] [--tag vX.Y.Z] [--json]'

const RELEASE_FLAGS = defineInputs({
  local: {
    kind: 'boolean',
    required: true,
    description:
      'Run the pipeline on this machine with the embedded local stack (on GitHub, call the reusable workflow publish.yml instead).'
  },
  build: {
    kind: 'string',
    required: true,
    description:
      'Shell command that builds the artifacts in the project folder.',
    example: 'npm pack --pack-destination dist'
  },
  artifacts: {
    kind: 'list',
    required: true,
    description:
      'Globs of the built artifacts, relative to the project folder, newline or space separated.',
    example: 'dist/*'
  },
  out: {
    kind: 'string',
    required: true,
    description:
      'Folder to write the release into (assets, signatures, SBOMs, provenance, VERIFY.md).',
    example: 'release'
  },
  'legacy-sig': {
    kind: 'boolean',
    description:
      'Also write cosign-style .sig and .crt files beside each bundle.'
  },
  rebuild: {
    kind: 'boolean',
    default: 'true',
    description:
      'Rebuild the commit in a clean checkout and hold the release to it.'
  },
  tag: {
    kind: 'string',
    default: DEFAULT_TAG,
    description: 'The tag the local GitHub release is published under.',
    example: 'v1.2.3'
  },
  json: JSON_FLAG
})

export const releaseCommand: Command = {
  name: 'release',
  summary:
    'run the whole publish pipeline locally and verify the release folder',
  usage: USAGE,
  flags: RELEASE_FLAGS,
  async run(argv, output) {
    const { values, positionals } = parseFlags(argv, RELEASE_FLAGS)
    const problems: string[] = []
    if (!values.local) {
      problems.push(
        'add --local: this command runs the pipeline on this machine with the embedded local stack (on GitHub, call the reusable workflow publish.yml)'
      )
    }
    if (positionals.length !== 1)
      problems.push('give exactly one <project-dir>')
    if (!values.build) problems.push('--build "<command>" is required')
    if (!values.artifacts) problems.push('--artifacts "<glob>" is required')
    if (!values.out) problems.push('--out <dir> is required')
    if (problems.length > 0) {
      throw new InputError(
        'INPUT_USAGE',
        `${problems.join('; ')}\nusage: ${USAGE}`
      )
    }
    const result = await runLocalRelease(
      {
        projectDir: path.resolve(positionals[0]!),
        build: values.build!,
        artifacts: parseList(values.artifacts),
        outDir: path.resolve(values.out!),
        legacySig: values['legacy-sig'] === true,
        rebuild: values.rebuild !== false,
        tag: values.tag ?? DEFAULT_TAG,
        cliPath: bundledCliPath()
      },
      (line) => output.err(line)
    )
    printResult(output, result, values.json === true)
    return 0
  }
}

export function printResult(
  output: CliOutput,
  result: LocalReleaseResult,
  json: boolean
): void {
  if (json) {
    output.out(JSON.stringify(result, null, 2))
    return
  }
  const total = result.timings.reduce((sum, t) => sum + t.ms, 0)
  output.out(`Release folder: ${result.outDir}`)
  output.out(
    `  ${result.assets.length} assets, verified; reproducible: ${result.reproducible ?? 'not checked'}`
  )
  output.out(`  ${(total / 1000).toFixed(2)} s in all`)
  output.out(`Verify it yourself: see ${path.join(result.outDir, 'VERIFY.md')}`)
}

/** The bundled CLI (dist/cli/index.js) that runs every stage, as a runner step would. */
export function bundledCliPath(): string {
  return (
    process.env.PROVENANT_CLI ??
    path.join(path.dirname(fileURLToPath(import.meta.url)), 'index.js')
  )
}
