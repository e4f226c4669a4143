/**
 * `rebuild-consensus --sign [--store]`: the consensus verdict signed through
 * the signing core (keyless, the job's identity) and, with --store, kept in
 * the repository's GitHub attestation store under each released artifact's
 * digest, where `verify --github-attestations --rebuilder-identity` finds it.
 */
import path from 'node:path'
import { createGitHubAttestationStore } from '../../io/github/attestations.js'
import { createRetryContext } from '../../io/net/retry.js'
import { createVerdictSigner } from '../../io/rebuild/sign-verdict.js'
import type { ConsensusRun } from '../../io/rebuild/consensus.js'
import { readRepositoryVisibility } from '../../io/sign/visibility.js'
import { InputError } from '../../lib/errors.js'
import { collectProblems } from '../../lib/inputs/index.js'
import { splitRepository } from '../../lib/provenance/claims.js'
import {
  SIGNING_INPUTS,
  parseSigningInputs
} from '../../lib/sign/signing-inputs.js'
import { type CliOutput, stderrLogger } from '../output.js'

export async function createConsensusSigning(
  flag: (name: string) => string | undefined,
  options: {
    store: boolean
    repository: string | undefined
    token: string | undefined
    output: CliOutput
  }
): Promise<Pick<ConsensusRun, 'sign' | 'store'>> {
  const problems = collectProblems()
  const signing = parseSigningInputs(SIGNING_INPUTS, flag, problems)
  if (options.store && (!options.repository || !options.token)) {
    problems.problems.push(
      new InputError(
        'CONSENSUS_STORE',
        '--store needs --repo owner/name (or GITHUB_REPOSITORY) and --github-token (or GITHUB_TOKEN)'
      )
    )
  }
  problems.throwIfAny()
  const env = process.env
  const logger = stderrLogger(options.output)
  const sign = await createVerdictSigner(signing, {
    env,
    visibility: await readRepositoryVisibility(env),
    resolve: (p) => path.resolve(p),
    logger,
    onSecret: () => undefined
  })
  if (!options.store) return { sign }
  const { owner, repo } = splitRepository(options.repository!)
  const store = createGitHubAttestationStore({
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    owner,
    repo,
    token: options.token!,
    retry: createRetryContext(signing, logger)
  })
  return { sign, store }
}
