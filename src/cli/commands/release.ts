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
import { ServiceError } from '../../lib/errors.js'
import {
  LOCAL_RELEASE_INPUTS,
  parseLocalReleaseInputs
} from '../../lib/release/local-inputs.js'
import type { Command } from '../command.js'
import { parseFlags } from '../input-flags.js'
import type { CliOutput } from '../output.js'

const USAGE =
  'provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir> [--repo owner/name] [--tag vX.Y.Z] [--legacy-sig] [--no-rebuild] [--sbom-targets "<dirs>"] [--json]'

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
  flags: LOCAL_RELEASE_INPUTS,
  async run(argv, output) {
    const { values, positionals } = parseFlags(argv, LOCAL_RELEASE_INPUTS)
    const request = parseLocalReleaseInputs(values, positionals, USAGE)
    const projectDir = path.resolve(request.projectDir)
    const result = await releaseLocally(
      {
        projectDir,
        outDir: path.resolve(request.outDir),
        repository:
          request.repository ?? `provenant-local/${path.basename(projectDir)}`,
        tag: request.tag,
        inputs: request.inputs
      },
      output
    )
    printResult(output, result, request.json)
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
