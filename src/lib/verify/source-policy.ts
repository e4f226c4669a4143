/**
 * The source flags on a signature's certificate: --source-uri (and the
 * source half of --repo and --owner), --source-ref, --source-digest,
 * --source-tag, --source-branch and --source-versioned-tag, each with its
 * own code. The source is the repository, ref and commit Fulcio copied from
 * the OIDC token of the run that signed, not what the payload claims.
 */
import type { CertificateFacts } from './certificate-facts.js'
import { normalizeRepository } from './certificate-facts.js'
import { verificationFailure } from './codes.js'
import type { SourcePolicy } from './policy.js'
import { assertVersionedTag } from './versioned-tag.js'

export interface SourceHints {
  /**
   * The branch a tag was cut from, as the verified provenance of a known
   * builder records it (github.event.base_ref): the certificate of a tag
   * build names only the tag.
   */
  baseRef?: string
}

export function hasSourcePolicy(policy: SourcePolicy): boolean {
  return (
    policy.sourceUri !== undefined ||
    policy.sourceRef !== undefined ||
    policy.sourceDigest !== undefined ||
    policy.sourceTag !== undefined ||
    policy.sourceBranch !== undefined ||
    policy.sourceVersionedTag !== undefined
  )
}

export function assertSourceFacts(
  facts: CertificateFacts,
  policy: SourcePolicy,
  hints: SourceHints = {}
): void {
  const ref = facts.sourceRepositoryRef
  const refFail = (message: string): never => {
    throw verificationFailure('VERIFY_SOURCE_REF_MISMATCH', message)
  }
  if (policy.sourceUri !== undefined) {
    const wanted = normalizeRepository(policy.sourceUri)
    const actual = normalizeRepository(facts.sourceRepositoryUri)
    if (actual !== wanted) {
      throw verificationFailure(
        'VERIFY_SOURCE_MISMATCH',
        `the certificate says it was built from ${actual || '(no source repository)'}, not ${wanted} (--source-uri)`
      )
    }
  }
  if (policy.sourceRef !== undefined && ref !== policy.sourceRef) {
    refFail(
      `the certificate says it was built from ref ${ref ?? '(none)'}, not ${policy.sourceRef} (--source-ref, --source-repository-ref)`
    )
  }
  if (policy.sourceTag !== undefined) {
    const wanted = withPrefix('refs/tags/', policy.sourceTag)
    if (ref !== wanted) {
      refFail(
        `the certificate says it was built from ${ref ?? '(no ref)'}, not ${wanted} (--source-tag)`
      )
    }
  }
  if (policy.sourceBranch !== undefined) {
    const wanted = withPrefix('refs/heads/', policy.sourceBranch)
    const branch = ref?.startsWith('refs/heads/') ? ref : hints.baseRef
    if (branch !== wanted) {
      refFail(
        `the certificate says it was built from ${ref ?? '(no ref)'}${branch && branch !== ref ? ` (branch ${branch})` : ''}, not branch ${wanted} (--source-branch)`
      )
    }
  }
  if (policy.sourceVersionedTag !== undefined) {
    if (!ref?.startsWith('refs/tags/')) {
      refFail(
        `the certificate says it was built from ${ref ?? '(no ref)'}, not a tag (--source-versioned-tag)`
      )
    }
    assertVersionedTag(
      ref!.slice('refs/tags/'.length),
      policy.sourceVersionedTag
    )
  }
  if (policy.sourceDigest !== undefined) {
    const wanted = policy.sourceDigest.replace(/^(sha1|gitCommit):/i, '')
    const actual = facts.sourceRepositoryDigest
    if (actual?.toLowerCase() !== wanted.toLowerCase()) {
      throw verificationFailure(
        'VERIFY_SOURCE_DIGEST_MISMATCH',
        `the certificate says it was built from commit ${actual ?? '(none)'}, not ${wanted} (--source-digest)`
      )
    }
  }
}

function withPrefix(prefix: string, ref: string): string {
  return ref.startsWith('refs/') ? ref : `${prefix}${ref}`
}

export function describeCertificateSource(facts: CertificateFacts): string {
  const repo =
    normalizeRepository(facts.sourceRepositoryUri) || '(unknown source)'
  const ref = facts.sourceRepositoryRef ? `@${facts.sourceRepositoryRef}` : ''
  const commit = facts.sourceRepositoryDigest
    ? ` (${facts.sourceRepositoryDigest.slice(0, 12)})`
    : ''
  return `${repo}${ref}${commit}`
}
