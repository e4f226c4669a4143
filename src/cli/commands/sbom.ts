/**
 * `provenant sbom <path>...`: the sbom action's core from the command line.
 * Every action input is a flag of the same name (the paths may also be
 * given as arguments); `--json` prints what was written.
 */
import { openFence } from '../../io/fs/path-fence.js'
import { readSbomDocumentOptions } from '../../io/sbom/context.js'
import { generateSboms, type SbomResult } from '../../io/sbom/generate.js'
import { keepYoungGenerationSmall } from '../../io/sbom/heap.js'
import { parseSbomInputs, SBOM_INPUTS } from '../../lib/sbom/inputs.js'
import { countSbom } from '../../lib/sbom/summary.js'
import type { Command } from '../command.js'
import { createProgress } from '../progress.js'
import { JSON_FLAG, parseInputFlags, withArguments } from '../input-flags.js'
import type { CliOutput } from '../output.js'

const USAGE =
  'provenant sbom <path|oci://image>... [--format cyclonedx,spdx] [--output-dir DIR] [--name LABEL] [--installed] [--json]'

const SBOM_FLAGS = { ...SBOM_INPUTS, json: JSON_FLAG }

export const sbomCommand: Command = {
  name: 'sbom',
  summary: 'write CycloneDX and SPDX SBOMs of source trees and built artifacts',
  usage: USAGE,
  details:
    'Each path (also given as an argument) is a directory (a source tree: its lockfiles, else its installed packages), a lockfile (that lockfile, with its manifest beside it), a container image (an OCI layout folder, a docker-archive tar, or oci://registry/repo:tag), or a built artifact (wheel, sdist, npm .tgz, Go or Rust binary, or any file). Any path may be given; relative ones start at the current directory.',
  flags: SBOM_FLAGS,
  async run(argv, output) {
    const { values, positionals, flags } = parseInputFlags(argv, SBOM_FLAGS)
    const inputs = parseSbomInputs(withArguments(flags, { path: positionals }))
    keepYoungGenerationSmall()
    const progress = createProgress()
    const result = await generateSboms(
      {
        ...inputs,
        fence: openFence(process.cwd()),
        onProgress: progress.report
      },
      readSbomDocumentOptions({
        env: process.env,
        now: () => new Date(),
        nodeVersion: process.version
      })
    ).finally(() => progress.end())
    print(output, result, values.json === true)
    return 0
  }
}

function print(output: CliOutput, result: SbomResult, json: boolean): void {
  const facts = result.sboms.map((s) => ({
    sbom: s,
    facts: countSbom(s.label, s.subject, s.graph)
  }))
  if (json) {
    output.out(
      JSON.stringify(
        {
          files: result.files,
          sboms: facts.map(({ sbom, facts: f }) => ({
            label: f.label,
            path: f.subject,
            kind: sbom.kind,
            components: f.components,
            devOnly: f.devOnly,
            ecosystems: Object.fromEntries(f.ecosystems),
            kinds: Object.fromEntries(f.kinds),
            withoutLicense: f.withoutLicense.length,
            withoutHash: f.withoutHash.length,
            files: sbom.files
          }))
        },
        null,
        2
      )
    )
    return
  }
  for (const { facts: f } of facts) {
    const ecosystems = f.ecosystems.map(([e, n]) => `${e} ${n}`).join(', ')
    output.err(
      `${f.label} (${f.subject}): ${f.components} components${ecosystems ? ` (${ecosystems})` : ''}, ${f.devOnly} dev-only, ${f.withoutLicense.length} without a license, ${f.withoutHash.length} without a hash`
    )
  }
  for (const file of result.files) output.out(file)
}
