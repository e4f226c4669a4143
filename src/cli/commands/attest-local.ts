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
import {
  keepTrustedRoot,
  assertNoLocalClashes,
  withLocalSigning
} from './local-signing.js'

export type LocalAttest = (
  inputs: ProvenanceInputs,
  deps: Pick<AttestDeps, 'env' | 'serverUrl' | 'apiUrl' | 'githubToken'>
) => Promise<AttestResult>

export async function withLocalStack(
  source: InputSource,
  attest: LocalAttest
): Promise<{ result: AttestResult; trustedRoot: string }> {
  assertNoLocalClashes(source, 'the instance, the token and the GitHub API', [
    'oidc-issuer',
    'github-token'
  ])
  return withLocalSigning(async (local) => {
    const { stack } = local
    const overrides: Record<string, string> = {
      ...local.instance,
      'oidc-issuer': stack.oidc.url,
      'identity-token': await stack.oidc.mintToken(SIGSTORE_AUDIENCE)
    }
    const inputs = parseProvenanceInputs(
      (name) => overrides[name] ?? source(name)
    )
    const result = await attest(inputs, {
      env: {},
      serverUrl: stack.env.GITHUB_SERVER_URL!,
      apiUrl: stack.github.url,
      githubToken: stack.github.token
    })
    const finalRoot = path.join(
      path.dirname(result.buildProvenance),
      TRUSTED_ROOT_FILE
    )
    await keepTrustedRoot(local, finalRoot)
    return { result, trustedRoot: finalRoot }
  })
}
