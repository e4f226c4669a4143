/**
 * `provenant rebuild-consensus`: the consensus job of reproducibility.yml.
 * Reads every rebuild job's report.json and requires each released artifact
 * to be reproduced by `--quorum` of them (all, by default), optionally
 * judged against the release itself. Exit 0 agreed, 1 not, 2 bad input.
 */
import os from 'node:os'
import path from 'node:path'
import { runConsensus } from '../../io/rebuild/consensus.js'
import { toReferenceGitHub } from '../../io/rebuild/reference.js'
import { EXIT_VERIFICATION_FAILED } from '../../lib/errors.js'
import { parseInteger } from '../../lib/inputs/index.js'
import { InputError } from '../../lib/errors.js'
import { defineInputs } from '../../lib/inputs/index.js'
import { JSON_FLAG, parseFlags } from '../input-flags.js'
import { REBUILD_INPUTS } from '../../lib/rebuild/inputs.js'
import type { Command } from '../command.js'

const USAGE =
  'provenant rebuild-consensus --reports DIR [--quorum N] [--reference <dir | checksums file | release tag>] [--report-dir DIR] [--github-token TOKEN] [--json]'

const CONSENSUS_FLAGS = defineInputs({
  reports: {
    kind: 'string',
    required: true,
    description:
      "The folder holding the rebuild jobs' report.json files (one folder per rebuilder, any depth).",
    example: 'rebuild-reports'
  },
  quorum: {
    kind: 'integer',
    description:
      'How many independent rebuilds must agree; all of them when not given.',
    example: '2'
  },
  reference: {
    ...REBUILD_INPUTS.reference,
    required: false
  },
  'report-dir': {
    kind: 'string',
    default: 'provenant-consensus',
    description: 'Folder for consensus.json and consensus.md.',
    example: 'consensus'
  },
  'github-token': REBUILD_INPUTS['github-token'],
  json: JSON_FLAG
})

export const rebuildConsensusCommand: Command = {
  name: 'rebuild-consensus',
  summary:
    'require independent rebuilds to agree with each other and with the release',
  usage: USAGE,
  flags: CONSENSUS_FLAGS,
  async run(argv, output) {
    const { values } = parseFlags(argv, CONSENSUS_FLAGS, {
      allowPositionals: false
    })
    if (!values.reports) {
      throw new InputError(
        'INPUT_REQUIRED',
        `--reports is required: the directory holding the rebuild jobs' report.json files; usage: ${USAGE}`
      )
    }
    const env = process.env
    const cwd = process.cwd()
    const { consensus, json, markdown } = await runConsensus(
      {
        reportsDir: path.resolve(cwd, values.reports),
        quorum: parseInteger('quorum', values.quorum, { min: 1, max: 1000 }),
        reference: values.reference,
        outputDir: path.resolve(
          cwd,
          values['report-dir'] ?? 'provenant-consensus'
        )
      },
      {
        cwd,
        tempDir: os.tmpdir(),
        github: toReferenceGitHub(
          env,
          values['github-token'] ?? env.GITHUB_TOKEN ?? env.GH_TOKEN
        ),
        log: (m) => output.err(m)
      }
    )
    if (values.json) {
      output.out(
        JSON.stringify(
          { ...consensus, consensusJson: json, consensusMd: markdown },
          null,
          2
        )
      )
    } else {
      output.out(
        `${consensus.reproducible ? 'reproducible' : 'not reproducible'}: ${consensus.rebuilds} rebuild(s), quorum ${consensus.quorum}`
      )
      for (const a of consensus.artifacts) {
        output.out(
          `  ${a.met ? '✅' : '❌'} ${a.name}: reproduced by ${a.agreeing} of ${consensus.rebuilds}${a.distinct > 1 ? ' (rebuilds disagree)' : ''}`
        )
      }
      output.out(`report: ${markdown}`)
    }
    return consensus.reproducible ? 0 : EXIT_VERIFICATION_FAILED
  }
}
