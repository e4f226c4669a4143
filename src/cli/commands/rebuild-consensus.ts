/**
 * `provenant rebuild-consensus`: the consensus job of reproducibility.yml.
 * Reads every rebuild job's report.json and requires each released artifact
 * to be reproduced by `--quorum` of them (all, by default), optionally
 * judged against the release itself. Exit 0 agreed, 1 not, 2 bad input.
 */
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { runConsensus } from '../../io/rebuild/consensus.js'
import { toReferenceGitHub } from '../../io/rebuild/reference.js'
import { EXIT_VERIFICATION_FAILED } from '../../lib/errors.js'
import { parseInteger } from '../../lib/inputs/index.js'
import { InputError } from '../../lib/errors.js'
import { SIGNING_INPUT_NAMES } from '../../lib/sign/signing-inputs.js'
import type { Command } from '../command.js'
import { createConsensusSigning } from './consensus-signing.js'

const USAGE =
  'provenant rebuild-consensus --reports DIR [--quorum N] [--reference <dir | checksums file | release tag>] [--report-dir DIR] [--github-token TOKEN] [--sign [--store] [--repo owner/name] [--sigstore ... --fulcio-url ... --trusted-root ...]] [--json]'

/** The signing flags, spelled as the sign action's inputs. */
const SIGNING_OPTIONS = Object.fromEntries(
  SIGNING_INPUT_NAMES.map((name) => [name, { type: 'string' as const }])
)

export const rebuildConsensusCommand: Command = {
  name: 'rebuild-consensus',
  summary:
    'require independent rebuilds to agree with each other and with the release',
  usage: USAGE,
  async run(argv, output) {
    const { values } = parseArgs({
      args: argv,
      options: {
        reports: { type: 'string' },
        quorum: { type: 'string' },
        reference: { type: 'string' },
        'report-dir': { type: 'string' },
        'github-token': { type: 'string' },
        sign: { type: 'boolean' },
        store: { type: 'boolean' },
        repo: { type: 'string' },
        json: { type: 'boolean' },
        ...SIGNING_OPTIONS
      },
      strict: true
    })
    if (!values.reports) {
      throw new InputError(
        'INPUT_REQUIRED',
        `--reports is required: the directory holding the rebuild jobs' report.json files; usage: ${USAGE}`
      )
    }
    const env = process.env
    const cwd = process.cwd()
    const token = values['github-token'] ?? env.GITHUB_TOKEN ?? env.GH_TOKEN
    const signing = values.sign
      ? await createConsensusSigning(
          (name) => values[name as keyof typeof values] as string | undefined,
          {
            store: values.store === true,
            repository: values.repo ?? env.GITHUB_REPOSITORY,
            token,
            output
          }
        )
      : {}
    const { consensus, json, markdown, bundle, attestationUrl } =
      await runConsensus(
        {
          ...signing,
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
          github: toReferenceGitHub(env, token),
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
      if (bundle) output.out(`signed verdict: ${bundle}`)
      if (attestationUrl) output.out(`stored with GitHub: ${attestationUrl}`)
    }
    return consensus.reproducible ? 0 : EXIT_VERIFICATION_FAILED
  }
}
