/**
 * `provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir>`:
 * the reusable workflow .github/workflows/publish.yml itself, run on this
 * machine by the local runner against the embedded local stack, with
 * timings per job; the published release is downloaded into --out.
 */
import path from 'node:path'
import type { LocalPublishResult } from '../../io/release/local-publish.js'
import { runLocalPublish } from '../../io/release/local-publish.js'
import {
  findProvenant,
  prepareOutDir
} from '../../io/release/provenant-root.js'
import { InputError, ServiceError } from '../../lib/errors.js'
import { defineInputs } from '../../lib/inputs/index.js'
import type { Command } from '../command.js'
import { JSON_FLAG, parseFlags } from '../input-flags.js'
import type { CliOutput } from '../output.js'

const USAGE =
  'provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir> [--repo owner/name] [--tag vX.Y.Z] [--legacy-sig] [--no-rebuild] [--sbom-targets "<dirs>"] [--json]'

const DEFAULT_TAG = 'v0.0.0-local'

const RELEASE_FLAGS = defineInputs({
  local: {
    kind: 'boolean',
    required: true,
    description:
      'Run the reusable workflow publish.yml on this machine with the embedded local stack (on GitHub, call publish.yml instead).'
  },
  build: {
    kind: 'string',
    required: true,
    description:
      'Shell command that builds the artifacts in the project folder (the workflow input build-command).',
    example: 'npm pack --pack-destination dist'
  },
  artifacts: {
    kind: 'string',
    required: true,
    description:
      'Globs of the built artifacts, relative to the project folder, newline or space separated.',
    example: 'dist/*'
  },
  out: {
    kind: 'string',
    required: true,
    description:
      'Folder to download the published release into (assets, signatures, SBOMs, provenance, VERIFY.md); it must be new, empty or one Provenant wrote.',
    example: 'release'
  },
  repo: {
    kind: 'string',
    description:
      'The owner/name the local release is published under (default: provenant-local/<project folder name>).',
    example: 'acme/widget'
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
      'Rebuild the commit in a clean checkout and hold the release to it (--no-rebuild skips it).'
  },
  'sbom-targets': {
    kind: 'string',
    description:
      'Source folders to describe, inside the project, newline or space separated (default: the project folder).',
    example: 'src tools'
  },
  tag: {
    kind: 'string',
    default: DEFAULT_TAG,
    description: 'The tag the local GitHub release is published under.',
    example: 'v1.2.3'
  },
  json: JSON_FLAG
})

/** The folder, under --out, that keeps the local stack's trusted root (not a release asset). */
export const LOCAL_TRUST_DIR = '.local-stack'

export interface LocalReleaseRequest {
  projectDir: string
  outDir: string
  repository: string
  tag: string
  inputs: Record<string, unknown>
}

export const releaseCommand: Command = {
  name: 'release',
  summary:
    'run the reusable publish workflow locally and download the release it publishes',
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
    if (values.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repo)) {
      problems.push(`--repo "${values.repo}" is not owner/name`)
    }
    if (problems.length > 0) {
      throw new InputError(
        'INPUT_USAGE',
        `${problems.join('; ')}\nusage: ${USAGE}`
      )
    }
    const projectDir = path.resolve(positionals[0]!)
    const result = await releaseLocally(
      {
        projectDir,
        outDir: path.resolve(values.out!),
        repository:
          values.repo ?? `provenant-local/${path.basename(projectDir)}`,
        tag: values.tag ?? DEFAULT_TAG,
        inputs: {
          'build-command': values.build!,
          artifacts: values.artifacts!,
          'legacy-sig': values['legacy-sig'] === true,
          rebuild: values.rebuild !== false,
          ...(values['sbom-targets']
            ? { 'sbom-targets': values['sbom-targets'] }
            : {})
        }
      },
      output
    )
    printResult(output, result, values.json === true)
    return 0
  }
}

export async function releaseLocally(
  request: LocalReleaseRequest,
  output: CliOutput
): Promise<LocalPublishResult & { outDir: string }> {
  await prepareOutDir(request.outDir)
  const result = await runLocalPublish({
    projectDir: request.projectDir,
    repository: request.repository,
    tag: request.tag,
    inputs: request.inputs,
    outDir: request.outDir,
    trustDir: path.join(request.outDir, LOCAL_TRUST_DIR),
    provenant: await findProvenant(),
    log: (line) => output.err(line)
  })
  if (result.result !== 'success') {
    const failed = result.jobs.filter((j) => j.result === 'failure')
    throw new ServiceError(
      'publish.yml',
      `the publish workflow failed in ${failed.map((j) => j.name).join(', ')}: see the log above; no release was published`
    )
  }
  return { ...result, outDir: request.outDir }
}

export function printResult(
  output: CliOutput,
  result: LocalPublishResult & { outDir: string },
  json: boolean
): void {
  if (json) {
    output.out(JSON.stringify(result, null, 2))
    return
  }
  const total = result.jobs.reduce((sum, j) => sum + j.ms, 0)
  output.out(`Release folder: ${result.outDir}`)
  for (const job of result.jobs) {
    output.out(
      `  ${job.result.padEnd(8)} ${job.name} (${(job.ms / 1000).toFixed(2)} s)`
    )
  }
  output.out(
    `  ${result.assets.length} assets, published and verified by the workflow's verify job; ${(total / 1000).toFixed(2)} s in all`
  )
  output.out(`Verify it yourself: see ${path.join(result.outDir, 'VERIFY.md')}`)
}
