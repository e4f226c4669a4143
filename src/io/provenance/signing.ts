/**
 * Provenance signs through the sign feature's core: the same endpoints,
 * credentials and session (one ephemeral key, one Fulcio certificate for
 * the run), each statement as a DSSE envelope; with trusted-root every
 * bundle is verified before anything is written.
 */
import { bundleToJSON } from '@sigstore/bundle'
import { InputError } from '../../lib/errors.js'
import {
  IN_TOTO_PAYLOAD_TYPE,
  toStatementPayload
} from '../../lib/intoto/statement.js'
import type { PlannedStatement } from '../../lib/provenance/plan.js'
import type { ProvenanceSigningInputs } from '../../lib/provenance/parse-inputs.js'
import { mapWithConcurrency } from '../../lib/sign/concurrency.js'
import type {
  Endpoints,
  RepositoryVisibility
} from '../../lib/sign/instance.js'
import { createCredentials } from '../sign/credentials.js'
import { loadEndpoints } from '../sign/endpoints.js'
import type { TokenSource } from '../sign/oidc.js'
import type { RetryContext } from '../net/retry.js'
import type { BundleChecker } from '../sign/self-check.js'
import { loadBundleChecker } from '../sign/self-check.js'
import type { SigningSession } from '../sign/session.js'
import { createSigningSession } from '../sign/session.js'

export interface ProvenanceSigner {
  endpoints: Endpoints
  /** The token source Fulcio gets its tokens from: the claims come from it too. */
  tokens: TokenSource
  session: SigningSession
  checker: BundleChecker | undefined
}

export async function createProvenanceSigner(
  inputs: ProvenanceSigningInputs,
  deps: {
    resolve: (p: string) => string
    env: Readonly<Record<string, string | undefined>>
    visibility: RepositoryVisibility | undefined
    retry: RetryContext
    onSecret: (secret: string) => void
  }
): Promise<ProvenanceSigner> {
  const signingConfig =
    inputs.signingConfig && deps.resolve(inputs.signingConfig)
  const endpoints = await loadEndpoints(
    { ...inputs, signingConfig, key: undefined },
    deps.visibility,
    deps.retry.env.now()
  )
  const checker = inputs.trustedRoot
    ? await loadBundleChecker(deps.resolve(inputs.trustedRoot))
    : undefined
  const credentials = createCredentials(
    { key: undefined, identityToken: inputs.identityToken },
    endpoints,
    { env: deps.env, retry: deps.retry, onSecret: deps.onSecret }
  )
  if (credentials.kind !== 'fulcio') {
    throw new InputError(
      'PROVENANCE_KEYLESS_ONLY',
      'build provenance is signed keyless: the certificate binds the workflow identity'
    )
  }
  const session = createSigningSession({
    credentials,
    endpoints,
    retry: deps.retry
  })
  return { endpoints, tokens: credentials.tokens, session, checker }
}

/** The signing core's retry context, from the shared inputs. */
export interface SignedStatement {
  planned: PlannedStatement
  /** The Sigstore bundle, as JSON. */
  bundle: object
}

/** Signs every statement, `concurrency` at a time, in order. */
export async function signStatements(
  signer: ProvenanceSigner,
  statements: readonly PlannedStatement[],
  concurrency: number
): Promise<SignedStatement[]> {
  await signer.session.start()
  return mapWithConcurrency(statements, concurrency, async (planned) => {
    const bundle = await signer.session.signDsse(
      toStatementPayload(planned.statement),
      IN_TOTO_PAYLOAD_TYPE
    )
    signer.checker?.check(
      bundle,
      signer.session.publicKey,
      `the statement ${planned.bundleFile}`
    )
    return { planned, bundle: bundleToJSON(bundle) }
  })
}
