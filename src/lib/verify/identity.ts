/**
 * The identity policy on one verified signer: issuer, identity (exact or
 * regexp), repository, signing workflow and runner environment, each with
 * its own VerificationError code. The flags mean what they mean in cosign
 * (certificate-*) and gh attestation verify (repo, signer-workflow,
 * deny-self-hosted-runners).
 */
import { verificationFailure } from './codes.js'
import type { IdentityPolicy, RebuilderPolicy } from './policy.js'
import { GITHUB_SERVER, hasIdentityPolicy } from './policy.js'
import type { SignerInfo } from './signer.js'
import { issuerOf } from './signer.js'
import type { CertificateFacts } from './certificate-facts.js'
import { toCertificateFacts } from './certificate-facts.js'

export function assertIdentity(
  signer: SignerInfo,
  policy: IdentityPolicy
): void {
  if (signer.keyed) return
  const facts = toCertificateFacts(signer)
  const san = signer.identity ?? ''
  if (policy.keyed && !namesCertificate(policy)) {
    throw verificationFailure(
      'VERIFY_IDENTITY_MISMATCH',
      `signed with a certificate for ${san || '(no SAN)'}, not with the key given by --public-key or --minisign-key`
    )
  }
  assertIssuer(facts.issuer, policy)
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
  if (policy.repo !== undefined) assertRepo(facts, san, policy)
  if (policy.owner !== undefined) assertOwner(facts, san, policy)
  assertSignerWorkflow(facts, san, policy)
  assertGithubWorkflow(facts, policy)
  if (policy.denySelfHostedRunners) {
    const runner = facts.runnerEnvironment
    if (runner === undefined) {
      throw verificationFailure(
        'VERIFY_RUNNER_UNKNOWN',
        'the certificate does not say which runner signed (--deny-self-hosted-runners)'
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

/** The policy names a certificate signer, not only a key. */
function namesCertificate(policy: IdentityPolicy): boolean {
  return hasIdentityPolicy({ ...policy, keyed: false })
}

/** The signer is named by something more precise than --repo or --owner. */
function namesSigner(policy: IdentityPolicy): boolean {
  return (
    policy.identity !== undefined ||
    policy.identityRegexp !== undefined ||
    policy.signerRepo !== undefined ||
    policy.signerWorkflow !== undefined
  )
}

function assertIssuer(issuer: string | undefined, policy: IdentityPolicy) {
  if (policy.issuerRegexp) {
    if (issuer === undefined || !policy.issuerRegexp.test(issuer)) {
      throw verificationFailure(
        'VERIFY_ISSUER_MISMATCH',
        `the certificate's OIDC issuer is ${issuer ?? '(none)'}, which does not match /${policy.issuerRegexp.source}/ (--certificate-oidc-issuer-regexp)`
      )
    }
    return
  }
  if (issuer !== policy.issuer) {
    throw verificationFailure(
      'VERIFY_ISSUER_MISMATCH',
      `the certificate's OIDC issuer is ${issuer ?? '(none)'}, not ${policy.issuer} (--certificate-oidc-issuer)`
    )
  }
}

function assertSignerWorkflow(
  facts: CertificateFacts,
  san: string,
  policy: IdentityPolicy
): void {
  const signerUri = facts.buildSignerUri ?? san
  if (
    policy.signerWorkflow !== undefined &&
    !matchesWorkflow(signerUri, policy.signerWorkflow)
  ) {
    throw verificationFailure(
      'VERIFY_SIGNER_WORKFLOW_MISMATCH',
      `signed by workflow ${signerUri || '(unknown)'}, not ${policy.signerWorkflow} (--signer-workflow)`
    )
  }
  if (policy.signerRepo !== undefined) {
    const prefix = `${GITHUB_SERVER}/${policy.signerRepo}/`.toLowerCase()
    if (!signerUri.toLowerCase().startsWith(prefix)) {
      throw verificationFailure(
        'VERIFY_SIGNER_REPO_MISMATCH',
        `signed by workflow ${signerUri || '(unknown)'}, which is not in ${policy.signerRepo} (--signer-repo)`
      )
    }
  }
  if (policy.signerDigest !== undefined) {
    const wanted = policy.signerDigest.replace(/^sha1:/i, '').toLowerCase()
    if (facts.buildSignerDigest?.toLowerCase() !== wanted) {
      throw verificationFailure(
        'VERIFY_SIGNER_DIGEST_MISMATCH',
        `the signing workflow is at commit ${facts.buildSignerDigest ?? '(none in the certificate)'}, not ${wanted} (--signer-digest)`
      )
    }
  }
}

const GITHUB_WORKFLOW_FLAGS = [
  ['repository', 'repository'],
  ['ref', 'ref'],
  ['sha', 'sha'],
  ['trigger', 'trigger'],
  ['name', 'name']
] as const

/** cosign --certificate-github-workflow-*: the legacy extensions, exactly. */
function assertGithubWorkflow(facts: CertificateFacts, policy: IdentityPolicy) {
  for (const [field, flag] of GITHUB_WORKFLOW_FLAGS) {
    const wanted = policy.githubWorkflow?.[field]
    if (wanted === undefined) continue
    const actual = facts.githubWorkflow[field]
    if (actual !== wanted) {
      throw verificationFailure(
        'VERIFY_CERTIFICATE_WORKFLOW_MISMATCH',
        `the certificate's GitHub workflow ${field} is ${actual ?? '(none)'}, not ${wanted} (--certificate-github-workflow-${flag})`
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

function assertRepo(
  facts: CertificateFacts,
  san: string,
  policy: IdentityPolicy
) {
  const repo = policy.repo!
  const expected = `${GITHUB_SERVER}/${repo}`
  const source = facts.sourceRepositoryUri
  if (source === undefined || !sameUrl(source, expected)) {
    throw verificationFailure(
      'VERIFY_REPO_MISMATCH',
      `built from ${source ?? '(no source repository in the certificate)'}, not ${expected} (--repo)`
    )
  }
  if (
    !namesSigner(policy) &&
    !san.toLowerCase().startsWith(`${expected.toLowerCase()}/`)
  ) {
    throw verificationFailure(
      'VERIFY_REPO_MISMATCH',
      `signed by ${san || '(no SAN)'}, a workflow outside ${repo}; name it with --signer-workflow or --certificate-identity to accept it (--repo)`
    )
  }
}

/** gh --owner: the source repository's owner, and (unless named) the signer's. */
function assertOwner(
  facts: CertificateFacts,
  san: string,
  policy: IdentityPolicy
) {
  const expected = `${GITHUB_SERVER}/${policy.owner!}`
  const owner = facts.sourceRepositoryOwnerUri
  if (owner === undefined || !sameUrl(owner, expected)) {
    throw verificationFailure(
      'VERIFY_OWNER_MISMATCH',
      `built in a repository of ${owner ?? '(no owner in the certificate)'}, not ${expected} (--owner)`
    )
  }
  if (
    !namesSigner(policy) &&
    policy.repo === undefined &&
    !san.toLowerCase().startsWith(`${expected.toLowerCase()}/`)
  ) {
    throw verificationFailure(
      'VERIFY_OWNER_MISMATCH',
      `signed by ${san || '(no SAN)'}, a workflow outside ${policy.owner!}; name it with --signer-workflow or --signer-repo to accept it (--owner)`
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
  const at = expected.indexOf('@')
  if (at < 0) return uri === expected || uri.startsWith(`${expected}@`)
  // @v1.2.3 names the tag as slsa-verifier does: refs/tags/v1.2.3 matches.
  const ref = expected.slice(at + 1)
  return (
    uri === expected ||
    (!ref.startsWith('refs/') &&
      uri === `${expected.slice(0, at)}@refs/tags/${ref}`)
  )
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/\.git$/, '').replace(/\/+$/, '')
  return norm(a).toLowerCase() === norm(b).toLowerCase()
}
