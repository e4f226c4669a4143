/**
 * `provenant attest --local`: the embedded local stack (Sigstore, OIDC
 * issuer, GitHub API), started in-process, signs with a token it mints and
 * stores in its own attestation store; its trusted_root.json is written
 * into the output directory once attesting succeeded.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { writeFilesAtomically } from '../../io/fs/atomic-write.js'
import type { AttestDeps, AttestResult } from '../../io/provenance/attest.js'
import { InputError } from '../../lib/errors.js'
import type { InputSource } from '../../lib/inputs/index.js'
import type { ProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import { parseProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import {
  SIGSTORE_AUDIENCE,
  TRUSTED_ROOT_FILE,
  startLocalStack
} from '../../local/stack.js'

/** Inputs --local decides itself. */
const LOCAL_OWNS = [
  'sigstore',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'signing-config',
  'trusted-root',
  'identity-token',
  'oidc-issuer',
  'github-token'
]

export type LocalAttest = (
  inputs: ProvenanceInputs,
  deps: Pick<AttestDeps, 'env' | 'serverUrl' | 'apiUrl' | 'githubToken'>
) => Promise<AttestResult>

export async function withLocalStack(
  source: InputSource,
  attest: LocalAttest
): Promise<{ result: AttestResult; trustedRoot: string }> {
  const clashing = LOCAL_OWNS.filter((name) => source(name)?.trim())
  if (clashing.length > 0) {
    throw new InputError(
      'INPUT_USAGE',
      `--local chooses the instance, the token and the GitHub API itself: remove ${clashing.map((n) => `--${n}`).join(', ')}`
    )
  }
  // @sigstore/sign honours HTTP(S)_PROXY even for loopback addresses.
  for (const name of ['NO_PROXY', 'no_proxy']) {
    const current = process.env[name]
    process.env[name] = current
      ? `${current},127.0.0.1,localhost`
      : '127.0.0.1,localhost'
  }
  const stack = await startLocalStack({ env: process.env })
  const temp = await mkdtemp(path.join(os.tmpdir(), 'provenant-local-trust-'))
  try {
    const trust = await stack.writeTrust(temp)
    const overrides: Record<string, string> = {
      sigstore: 'custom',
      'fulcio-url': stack.fulcioUrl,
      'rekor-url': stack.rekorUrl,
      'tsa-url': stack.tsaUrl,
      'trusted-root': trust.trustedRoot,
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
    await writeFilesAtomically([
      { path: finalRoot, content: await readFile(trust.trustedRoot) }
    ])
    return { result, trustedRoot: finalRoot }
  } finally {
    await stack.close()
    await rm(temp, { recursive: true, force: true })
  }
}
