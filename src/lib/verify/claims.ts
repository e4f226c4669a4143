/**
 * A provenance's claims against its signing certificate. For the build
 * types whose every field comes from the run's OIDC token (GitHub's
 * actions/attest, slsa-github-generator's builders), the predicate's
 * builder, repository, commit, ref and workflow must be the ones Fulcio
 * wrote into the certificate; each difference has its own code and names
 * both values. Other build types are shown, never checked nor counted.
 */
import type { CertificateFacts } from './certificate-facts.js'
import { normalizeRepository, splitWorkflowUri } from './certificate-facts.js'
import {
  isByobDelegator,
  matchesBuilderId,
  signerBuilderOf
} from './builder.js'
import type { VerifyCode } from './codes.js'
import { verificationFailure } from './codes.js'
import type { ProvenanceFacts } from './provenance.js'
import { splitSource } from './provenance.js'

export const GITHUB_ACTIONS_BUILD_TYPE =
  'https://actions.github.io/buildtypes/workflow/v1'
export const SLSA_GENERATOR_WORKFLOW_BUILD_TYPE =
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1'
const SLSA_GENERATOR_BUILD_TYPE_PREFIX =
  'https://github.com/slsa-framework/slsa-github-generator'

/** A build type whose predicate Provenant can hold to the certificate. */
export function isKnownBuildType(buildType: string | undefined): boolean {
  return (
    buildType === GITHUB_ACTIONS_BUILD_TYPE ||
    buildType === SLSA_GENERATOR_WORKFLOW_BUILD_TYPE ||
    (buildType?.startsWith(SLSA_GENERATOR_BUILD_TYPE_PREFIX) ?? false)
  )
}

export function isGithubAttestation(facts: ProvenanceFacts): boolean {
  return facts.buildType === GITHUB_ACTIONS_BUILD_TYPE
}

/** Throws the first claim that differs from the certificate. */
export function assertClaimsMatchCertificate(
  claims: ProvenanceFacts,
  cert: CertificateFacts
): void {
  if (!isKnownBuildType(claims.buildType)) return
  const fail = (
    code: VerifyCode,
    what: string,
    claimed: string,
    actual?: string
  ): never => {
    throw verificationFailure(
      code,
      `the provenance claims ${what} ${claimed}, but its signing certificate says ${actual ?? '(nothing)'}`
    )
  }
  const signer = signerBuilderOf(cert)
  if (!isByobDelegator(signer) && claims.builderId !== undefined) {
    if (!signer || !matchesBuilderId(signer, claims.builderId)) {
      fail(
        'VERIFY_CLAIM_BUILDER_MISMATCH',
        'builder',
        claims.builderId,
        cert.buildSignerUri
      )
    }
  }
  const certRepo = normalizeRepository(cert.sourceRepositoryUri)
  for (const claimed of [
    splitSource(claims.sourceUri).repository,
    claims.repository && normalizeRepository(claims.repository)
  ]) {
    if (claimed !== undefined && claimed !== '' && claimed !== certRepo) {
      fail(
        'VERIFY_CLAIM_REPOSITORY_MISMATCH',
        'source repository',
        claimed,
        certRepo || undefined
      )
    }
  }
  if (
    claims.sourceCommit !== undefined &&
    claims.sourceCommit.toLowerCase() !==
      cert.sourceRepositoryDigest?.toLowerCase()
  ) {
    fail(
      'VERIFY_CLAIM_COMMIT_MISMATCH',
      'commit',
      claims.sourceCommit,
      cert.sourceRepositoryDigest
    )
  }
  if (
    claims.sourceRef !== undefined &&
    claims.sourceRef !== cert.sourceRepositoryRef
  ) {
    fail(
      'VERIFY_CLAIM_REF_MISMATCH',
      'ref',
      claims.sourceRef,
      cert.sourceRepositoryRef
    )
  }
  const config = splitWorkflowUri(cert.buildConfigUri)
  if (
    claims.workflowPath !== undefined &&
    config !== undefined &&
    claims.workflowPath.replace(/^\/+/, '') !== config.path
  ) {
    fail(
      'VERIFY_CLAIM_WORKFLOW_MISMATCH',
      'workflow',
      claims.workflowPath,
      config.path
    )
  }
}

/** What an unchecked predicate claims, for the report. */
export function describeClaims(claims: ProvenanceFacts): string {
  const parts = [
    claims.builderId && `builder ${claims.builderId}`,
    claims.sourceUri && `source ${claims.sourceUri}`,
    claims.sourceCommit && `commit ${claims.sourceCommit.slice(0, 12)}`
  ].filter(Boolean)
  return `build type ${claims.buildType ?? '(none)'} is not one Provenant checks against the certificate; its claims (${parts.join(', ') || 'none'}) are shown, not counted`
}
