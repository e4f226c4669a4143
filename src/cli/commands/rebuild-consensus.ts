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
import { REBUILD_INPUTS } from '../../lib/rebuild/inputs.js'
import { SIGNING_INPUTS } from '../../lib/sign/signing-inputs.js'
import { githubTokenOf } from '../../io/github/environment.js'
import type { Command } from '../command.js'
import { JSON_FLAG, parseFlags } from '../input-flags.js'
import { createConsensusSigning } from './consensus-signing.js'

const USAGE =
  'provenant rebuild-consensus --reports DIR [--quorum N] [--reference <dir | checksums file | release tag>] [--report-dir DIR] [--github-token TOKEN] [--sign [--attach] [--store] [--repo owner/name] [--sigstore ... --fulcio-url ... --trusted-root ...]] [--json]'

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
  sign: {
    kind: 'boolean',
    description:
      'Sign the consensus verdict (an in-toto statement) with Sigstore, as the consensus job does; it runs no build code.'
  },
  attach: {
    kind: 'boolean',
    description:
      'With --sign: attach the signed verdict (consensus.intoto.json, consensus.sigstore.json) to the release of the --reference tag, where `verify --release --rebuilder-identity` finds it; a release of a repository with immutable releases takes no new asset, so the verdict is then stored with the attestations instead (as --store), and the log says so.'
  },
  store: {
    kind: 'boolean',
    description:
      "With --sign: store the signed verdict in GitHub's attestation store under each artifact's digest."
  },
  repo: {
    kind: 'string',
    description:
      'The owner/name to store the verdict under (default: GITHUB_REPOSITORY).',
    example: 'acme/widget'
  },
  ...SIGNING_INPUTS,
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
    const token = githubTokenOf(values['github-token'], env)
    const signing = values.sign
      ? await createConsensusSigning(
          (name) => values[name as keyof typeof values] as string | undefined,
          {
            store: values.store === true,
            attach:
              values.attach === true ? attachTag(values.reference) : undefined,
            repository: values.repo ?? env.GITHUB_REPOSITORY,
            token,
            output
          }
        )
      : {}
    const { consensus, json, markdown, bundle, attestationUrl, releaseUrl } =
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
      if (releaseUrl) output.out(`attached to the release: ${releaseUrl}`)
      if (attestationUrl) output.out(`stored with GitHub: ${attestationUrl}`)
    }
    return consensus.reproducible ? 0 : EXIT_VERIFICATION_FAILED
  }
}

/** --attach goes to the release named by --reference, which must be a tag. */
function attachTag(reference: string | undefined): string {
  if (reference === undefined || reference === '') {
    throw new InputError(
      'CONSENSUS_ATTACH',
      '--attach needs --reference <release tag>: the release the verdict is attached to'
    )
  }
  return reference
}
