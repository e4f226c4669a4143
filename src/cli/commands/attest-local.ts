/**
 * `provenant attest --local`: the embedded local stack (Sigstore, OIDC
 * issuer, GitHub API) signs with a token it mints and stores in its own
 * attestation store; its trusted_root.json is written into the output
 * directory once attesting succeeded.
 */
import path from 'node:path'
import type { AttestDeps, AttestResult } from '../../io/provenance/attest.js'
import type { InputSource } from '../../lib/inputs/index.js'
import type { ProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import { parseProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import { SIGSTORE_AUDIENCE, TRUSTED_ROOT_FILE } from '../../local/stack.js'
import { withLocalStack } from './local-signing.js'

export type LocalAttest = (
  inputs: ProvenanceInputs,
  deps: Pick<AttestDeps, 'env' | 'serverUrl' | 'apiUrl' | 'githubToken'>
) => Promise<AttestResult>

export async function attestWithLocalStack(
  source: InputSource,
  attest: LocalAttest
): Promise<{ result: AttestResult; trustedRoot: string | undefined }> {
  return withLocalStack(source, {
    chooses: 'the instance, the token and the GitHub API',
    alsoOwned: ['oidc-issuer', 'github-token'],
    overrides: async ({ stack }): Promise<Record<string, string>> => ({
      'oidc-issuer': stack.oidc.url,
      'identity-token': await stack.oidc.mintToken(SIGSTORE_AUDIENCE)
    }),
    parse: parseProvenanceInputs,
    run: (inputs, { stack }) =>
      attest(inputs, {
        env: {},
        serverUrl: stack.env.GITHUB_SERVER_URL!,
        apiUrl: stack.github.url,
        githubToken: stack.github.token
      }),
    trustedRootPath: (result) =>
      path.join(path.dirname(result.buildProvenance), TRUSTED_ROOT_FILE)
  })
}
