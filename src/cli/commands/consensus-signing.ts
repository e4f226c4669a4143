/**
 * `rebuild-consensus --sign [--attach] [--store]`: the consensus verdict
 * signed through the signing core (keyless, the job's identity); with
 * --attach, its statement and bundle attached to the release (where
 * `verify --release --rebuilder-identity` finds them), or, when the release
 * is immutable, kept in the repository's GitHub attestation store under
 * each released artifact's digest, as --store always does (where
 * `verify --github-attestations --rebuilder-identity` finds it).
 */
import { githubApiUrl, githubServerUrl } from '../../io/github/environment.js'
import path from 'node:path'
import { createGitHubAttestationStore } from '../../io/github/attestations.js'
import { createRetryContext } from '../../io/net/retry.js'
import { attachToRelease } from '../../io/release/attach.js'
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
    /** The release tag to attach the verdict to (--attach). */
    attach: string | undefined
    repository: string | undefined
    token: string | undefined
    output: CliOutput
  }
): Promise<Pick<ConsensusRun, 'sign' | 'store' | 'attach' | 'fallbackStore'>> {
  const problems = collectProblems()
  const signing = parseSigningInputs(SIGNING_INPUTS, flag, problems)
  const publishing = options.store || options.attach !== undefined
  if (publishing && (!options.repository || !options.token)) {
    problems.problems.push(
      new InputError(
        'CONSENSUS_STORE',
        `${options.store ? '--store' : '--attach'} needs --repo owner/name (or GITHUB_REPOSITORY) and --github-token (or GITHUB_TOKEN)`
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
  if (!publishing) return { sign }
  const apiUrl = githubApiUrl(env)
  const { owner, repo } = splitRepository(options.repository!)
  const store = createGitHubAttestationStore({
    apiUrl,
    serverUrl: githubServerUrl(env),
    owner,
    repo,
    token: options.token!,
    retry: createRetryContext(signing, logger)
  })
  const tag = options.attach
  if (tag === undefined) return { sign, store }
  const attach = (files: string[]) =>
    attachToRelease(
      {
        apiUrl,
        token: options.token!,
        repository: options.repository!,
        tag
      },
      files,
      { log: (m) => options.output.err(m) }
    )
  return {
    sign,
    attach,
    ...(options.store ? { store } : { fallbackStore: store })
  }
}
