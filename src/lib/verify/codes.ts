/**
 * One VerificationError code per failed check, stable for tests and policy
 * engines (`--json` reports carry them).
 */
import { VerificationError } from '../errors.js'

export const VERIFY_CODES = [
  'VERIFY_BUNDLE_INVALID',
  'VERIFY_SIGNATURE_INVALID',
  'VERIFY_DIGEST_MISMATCH',
  'VERIFY_BUNDLE_OF_OTHER_ARTIFACT',
  'VERIFY_SIGNATURE_UNLOGGED',
  'VERIFY_CERTIFICATE_UNTRUSTED',
  'VERIFY_IDENTITY_MISMATCH',
  'VERIFY_ISSUER_MISMATCH',
  'VERIFY_REPO_MISMATCH',
  'VERIFY_SIGNER_WORKFLOW_MISMATCH',
  'VERIFY_SIGNER_REPO_MISMATCH',
  'VERIFY_SIGNER_DIGEST_MISMATCH',
  'VERIFY_OWNER_MISMATCH',
  'VERIFY_CERTIFICATE_WORKFLOW_MISMATCH',
  'VERIFY_SELF_HOSTED_RUNNER',
  'VERIFY_RUNNER_UNKNOWN',
  'VERIFY_STATEMENT_INVALID',
  'VERIFY_SUBJECT_MISMATCH',
  'VERIFY_PREDICATE_TYPE_MISMATCH',
  'VERIFY_SOURCE_MISMATCH',
  'VERIFY_SOURCE_REF_MISMATCH',
  'VERIFY_SOURCE_DIGEST_MISMATCH',
  'VERIFY_BUILDER_MISMATCH',
  'VERIFY_BUILDER_UNTRUSTED',
  'VERIFY_BUILDER_REF_INVALID',
  'VERIFY_WORKFLOW_INPUT_MISMATCH',
  'VERIFY_CLAIM_BUILDER_MISMATCH',
  'VERIFY_CLAIM_REPOSITORY_MISMATCH',
  'VERIFY_CLAIM_COMMIT_MISMATCH',
  'VERIFY_CLAIM_REF_MISMATCH',
  'VERIFY_CLAIM_WORKFLOW_MISMATCH',
  'VERIFY_SBOM_INVALID',
  'VERIFY_SBOM_SUBJECT_MISMATCH',
  'VERIFY_CHECKSUM_MISMATCH',
  'VERIFY_NOT_REPRODUCIBLE',
  'VERIFY_REBUILDER_MISMATCH',
  'VERIFY_SIGNATURE_ABSENT',
  'VERIFY_PROVENANCE_ABSENT',
  'VERIFY_SBOM_ABSENT',
  'VERIFY_CHECKSUM_ABSENT',
  'VERIFY_REPRODUCIBLE_ABSENT',
  'VERIFY_VEX_UNCOVERED',
  'VERIFY_VEX_ABSENT',
  'VERIFY_MINISIGN_INVALID',
  'VERIFY_FILE_UNVERIFIED',
  'VERIFY_IMAGE_TAG_MOVED',
  'VERIFY_IMAGE_DIGEST_MISMATCH',
  'VERIFY_IMAGE_REPOSITORY_MISMATCH',
  'VERIFY_IMAGE_ATTACHMENT_INVALID'
] as const

export type VerifyCode = (typeof VERIFY_CODES)[number]

export function verificationFailure(
  code: VerifyCode,
  message: string,
  cause?: unknown
): VerificationError {
  return new VerificationError(code, message, { cause })
}

/** The code and message of a VerificationError thrown by `check`, or undefined. */
export function catchVerification(
  check: () => void
): { code: VerifyCode; reason: string } | undefined {
  try {
    check()
    return undefined
  } catch (error) {
    if (error instanceof VerificationError && isVerifyCode(error.code)) {
      return { code: error.code, reason: error.message }
    }
    throw error
  }
}

export function isVerifyCode(code: string): code is VerifyCode {
  return (VERIFY_CODES as readonly string[]).includes(code)
}
