/**
 * `provenant scan <sbom | directory | artifact>...`: the scan action's core
 * from the command line. Every action input is a flag of the same name
 * (list flags may be repeated: --db A --db B); `--format` is
 * `--report-format`, `--offline` is `--download=false`, `--json` is
 * `--format json`.
 * Exit 0 below the threshold, 1 at or above it, 2 on bad input.
 */
import { EXIT_OK, EXIT_VERIFICATION_FAILED } from '../../lib/errors.js'
import { parseScanInputs, SCAN_INPUTS } from '../../lib/scan/inputs.js'
import { describeVerdict } from '../../lib/scan/report/model.js'
import { createScanDeps } from '../../io/scan/deps.js'
import { runScan } from '../../io/scan/run.js'
import { openFence } from '../../io/fs/path-fence.js'
import type { InputTable } from '../../lib/inputs/index.js'
import type { Command } from '../command.js'
import { JSON_FLAG, parseInputFlags, withArguments } from '../input-flags.js'
import { stderrLogger } from '../output.js'

/** The list inputs a user repeats on a command line: --db A --db B. */
const REPEATABLE = ['sbom', 'db', 'vex', 'ignore', 'fail-on'] as const

const SCAN_FLAGS: InputTable = {
  ...SCAN_INPUTS,
  ...Object.fromEntries(
    REPEATABLE.map((name) => [name, { ...SCAN_INPUTS[name], multiple: true }])
  ),
  format: {
    kind: 'string',
    description:
      'The report printed or written to --output: table, json, sarif or cyclonedx (the same as --report-format).',
    example: 'sarif'
  },
  offline: {
    kind: 'boolean',
    description:
      'Use only the databases given with --db or already cached: download nothing (the same as --download=false).'
  },
  json: JSON_FLAG
}

export const scanCommand: Command = {
  name: 'scan',
  summary:
    'vulnerability gate: SBOMs, directories or artifacts against OSV advisories, with VEX',
  usage:
    'provenant scan <sbom | directory | artifact>... [--db DIR|ZIP]... [--offline] [--fail-on critical|high|medium|low|unknown|none] [--vex FILE]... [--ignore ID]... [--format table|json|sarif|cyclonedx] [--output FILE] [--reports-dir DIR] [--json]',
  flags: SCAN_FLAGS,
  async run(argv, output) {
    const { values, positionals, flags } = parseInputFlags(argv, SCAN_FLAGS)
    const withSboms = withArguments(flags, { sbom: positionals })
    const inputs = parseScanInputs((name) => {
      if (name === 'download' && values.offline === true) return 'false'
      if (name === 'report-format')
        return values.json === true
          ? 'json'
          : (flags(name) ?? (values.format as string | undefined))
      return withSboms(name)
    })
    const logger = stderrLogger(output)
    const result = await runScan(
      { ...inputs, workspace: process.cwd(), fence: openFence(process.cwd()) },
      createScanDeps(process.env, logger)
    )
    if (result.files.output === undefined) output.out(result.rendered)
    for (const file of Object.values(result.files)) output.err(`wrote ${file}`)
    if (inputs.format !== 'table') output.err(describeVerdict(result.report))
    return result.report.passed ? EXIT_OK : EXIT_VERIFICATION_FAILED
  }
}
