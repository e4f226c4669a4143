/**
 * The verify report: per artifact one row per check (pass, fail, absent,
 * skipped), each with its reason and, on failure, its VerificationError
 * code. `--json` prints it as is (REPORT_VERSION says its shape).
 */
import type { VerifyCode } from './codes.js'
import type { ArtifactDigests } from './digests.js'
import type { CertificateFacts } from './certificate-facts.js'
import type { SignatureTimestamps } from './evidence.js'
import type { CheckName, Requirement } from './policy.js'
import { CHECK_NAMES } from './policy.js'

export const REPORT_VERSION = 2

export type CheckStatus = 'pass' | 'fail' | 'absent' | 'skipped'

export interface CheckResult {
  status: CheckStatus
  reason: string
  code?: VerifyCode
  /** The evidence files the check read. */
  sources?: string[]
}

/** One verified signature or attestation about the artifact, and what its certificate proves. */
export interface SignerRecord {
  /** The evidence file (and line) it came from. */
  source: string
  kind: 'signature' | 'attestation'
  /** Signed with a key the verifier gave, not a certificate. */
  keyed: boolean
  /** Every Fulcio extension, by name; absent for a keyed signature. */
  certificate?: CertificateFacts
  predicateType?: string
  buildType?: string
  timestamps?: SignatureTimestamps
  /** The statement of a verified SLSA provenance (for --print-provenance). */
  provenance?: unknown
}

export interface ArtifactReport {
  artifact: string
  name?: string
  digests: ArtifactDigests
  verified: boolean
  checks: Record<CheckName, CheckResult>
  signers: SignerRecord[]
  notes: string[]
}

export interface TrustSummary {
  /** file: --trusted-root; tuf: refreshed from the TUF mirror; embedded: shipped with Provenant. */
  source: 'file' | 'tuf' | 'embedded'
  description: string
  warnings: string[]
}

export interface VerifyReport {
  version: typeof REPORT_VERSION
  verified: boolean
  require: Requirement[]
  trust: TrustSummary
  summary: { artifacts: number; verified: number; failed: number }
  artifacts: ArtifactReport[]
}

export function buildReport(
  artifacts: ArtifactReport[],
  require: readonly Requirement[],
  trust: TrustSummary
): VerifyReport {
  const verified = artifacts.filter((a) => a.verified).length
  return {
    version: REPORT_VERSION,
    verified: artifacts.length > 0 && verified === artifacts.length,
    require: [...require],
    trust,
    summary: {
      artifacts: artifacts.length,
      verified,
      failed: artifacts.length - verified
    },
    artifacts
  }
}

/** Every failed check of the report, in order, for messages. */
export function listFailures(
  report: VerifyReport
): { artifact: string; check: CheckName; code?: VerifyCode; reason: string }[] {
  return report.artifacts.flatMap((a) =>
    CHECK_NAMES.filter((c) => a.checks[c].status === 'fail').map((c) => ({
      artifact: a.artifact,
      check: c,
      code: a.checks[c].code,
      reason: a.checks[c].reason
    }))
  )
}

/** The statements of every verified provenance in the report. */
export function verifiedProvenance(report: VerifyReport): unknown[] {
  return report.artifacts.flatMap((a) =>
    a.signers.flatMap((s) => (s.provenance ? [s.provenance] : []))
  )
}
