/**
 * The identity policy on one verified signer: issuer, identity (exact or
 * regexp), repository, signing workflow and runner environment, each with
 * its own VerificationError code. The flags mean what they mean in cosign
 * (certificate-*) and gh attestation verify (repo, signer-workflow,
 * deny-self-hosted-runners).
 */
import { verificationFailure } from './codes.js'
import type { IdentityPolicy, RebuilderPolicy } from './policy.js'
import { GITHUB_SERVER } from './policy.js'
import type { SignerInfo } from './signer.js'
import { issuerOf, sourceRepositoryOf } from './signer.js'

export interface IdentityHints {
  /** runner_environment from the artifact's provenance, when the certificate has none. */
  runnerEnvironment?: string
}

export function assertIdentity(
  signer: SignerInfo,
  policy: IdentityPolicy,
  hints: IdentityHints = {}
): void {
  if (signer.keyed) return
  const san = signer.identity ?? ''
  const namesCertificate =
    policy.identity !== undefined ||
    policy.identityRegexp !== undefined ||
    policy.repo !== undefined ||
    policy.signerWorkflow !== undefined
  if (policy.keyed && !namesCertificate) {
    throw verificationFailure(
      'VERIFY_IDENTITY_MISMATCH',
      `signed with a certificate for ${san || '(no SAN)'}, not with the key given by --public-key or --minisign-key`
    )
  }
  const issuer = signer.issuer ?? issuerOf(signer.extensions)
  if (issuer !== policy.issuer) {
    throw verificationFailure(
      'VERIFY_ISSUER_MISMATCH',
      `the certificate's OIDC issuer is ${issuer ?? '(none)'}, not ${policy.issuer} (--certificate-oidc-issuer)`
    )
  }
  if (policy.identity !== undefined && san !== policy.identity) {
    throw verificationFailure(
      'VERIFY_IDENTITY_MISMATCH',
      `signed by ${san || '(no SAN)'}, not ${policy.identity} (--certificate-identity)`
    )
  }
  if (policy.identityRegexp && !policy.identityRegexp.test(san)) {
    throw verificationFailure(
      'VERIFY_IDENTITY_MISMATCH',
      `signed by ${san || '(no SAN)'}, which does not match /${policy.identityRegexp.source}/ (--certificate-identity-regexp)`
    )
  }
  if (policy.repo !== undefined) assertRepo(signer, san, policy)
  if (policy.signerWorkflow !== undefined) {
    const signerUri = signer.extensions.buildSignerUri ?? san
    if (!matchesWorkflow(signerUri, policy.signerWorkflow)) {
      throw verificationFailure(
        'VERIFY_SIGNER_WORKFLOW_MISMATCH',
        `signed by workflow ${signerUri || '(unknown)'}, not ${policy.signerWorkflow} (--signer-workflow)`
      )
    }
  }
  if (policy.denySelfHostedRunners) {
    const runner =
      signer.extensions.runnerEnvironment ?? hints.runnerEnvironment
    if (runner === undefined) {
      throw verificationFailure(
        'VERIFY_RUNNER_UNKNOWN',
        'neither the certificate nor the provenance says which runner signed (--deny-self-hosted-runners)'
      )
    }
    if (runner !== 'github-hosted') {
      throw verificationFailure(
        'VERIFY_SELF_HOSTED_RUNNER',
        `signed on a ${runner} runner; --deny-self-hosted-runners accepts only github-hosted`
      )
    }
  }
}

/**
 * The signer of a rebuild verdict against --rebuilder-identity(-regexp):
 * a certificate from the policy's issuer whose SAN names the rebuilder.
 */
export function assertRebuilder(
  signer: SignerInfo,
  rebuilder: RebuilderPolicy,
  issuer: string
): void {
  const san = signer.identity ?? ''
  const signerIssuer = signer.issuer ?? issuerOf(signer.extensions)
  const problem =
    signer.keyed || signer.identity === undefined
      ? 'signed with a key, not a certificate that names the rebuilder'
      : signerIssuer !== issuer
        ? `the verdict's certificate names OIDC issuer ${signerIssuer ?? '(none)'}, not ${issuer} (--certificate-oidc-issuer)`
        : rebuilder.identity !== undefined && san !== rebuilder.identity
          ? `the verdict is signed by ${san}, not ${rebuilder.identity} (--rebuilder-identity)`
          : rebuilder.identityRegexp && !rebuilder.identityRegexp.test(san)
            ? `the verdict is signed by ${san}, which does not match /${rebuilder.identityRegexp.source}/ (--rebuilder-identity-regexp)`
            : undefined
  if (problem) throw verificationFailure('VERIFY_REBUILDER_MISMATCH', problem)
}

function assertRepo(signer: SignerInfo, san: string, policy: IdentityPolicy) {
  const repo = policy.repo!
  const expected = `${GITHUB_SERVER}/${repo}`
  const source = sourceRepositoryOf(signer.extensions, GITHUB_SERVER)
  if (source === undefined || !sameUrl(source, expected)) {
    throw verificationFailure(
      'VERIFY_REPO_MISMATCH',
      `built from ${source ?? '(no source repository in the certificate)'}, not ${expected} (--repo)`
    )
  }
  const signerNamed =
    policy.identity !== undefined ||
    policy.identityRegexp !== undefined ||
    policy.signerWorkflow !== undefined
  if (
    !signerNamed &&
    !san.toLowerCase().startsWith(`${expected.toLowerCase()}/`)
  ) {
    throw verificationFailure(
      'VERIFY_REPO_MISMATCH',
      `signed by ${san || '(no SAN)'}, a workflow outside ${repo}; name it with --signer-workflow or --certificate-identity to accept it (--repo)`
    )
  }
}

/**
 * `[host/]owner/repo/path/wf.yml[@ref]` against a signer URI
 * `https://host/owner/repo/path/wf.yml@ref`: without @ref any ref matches.
 */
export function matchesWorkflow(signerUri: string, wanted: string): boolean {
  const withHost = /^https?:\/\//.test(wanted)
    ? wanted
    : wanted.split('/')[0]!.includes('.')
      ? `https://${wanted}`
      : `${GITHUB_SERVER}/${wanted}`
  const uri = signerUri.toLowerCase()
  const expected = withHost.toLowerCase()
  if (expected.includes('@')) return uri === expected
  return uri === expected || uri.startsWith(`${expected}@`)
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/\.git$/, '').replace(/\/+$/, '')
  return norm(a).toLowerCase() === norm(b).toLowerCase()
}
