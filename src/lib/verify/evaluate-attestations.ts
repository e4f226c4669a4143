/**
 * Attestations about one artifact: which statements name it (by digest, or
 * by name with other bytes' digest: a mismatch), and the provenance,
 * source and builder rows from the verified SLSA provenance among them.
 */
import type { VerifyCode } from './codes.js'
import { catchVerification } from './codes.js'
import type {
  ArtifactSubject,
  AttestationEvidence,
  Failure
} from './evidence.js'
import { fromFailures } from './evaluate-signature.js'
import type { VerifyPolicy } from './policy.js'
import type { ProvenanceFacts } from './provenance.js'
import { isSlsaProvenance, toProvenanceFacts } from './provenance.js'
import type { SignerInfo } from './signer.js'
import { toCertificateFacts } from './certificate-facts.js'
import {
  assertClaimsMatchCertificate,
  describeClaims,
  isKnownBuildType
} from './claims.js'
import type { CheckResult } from './report.js'
import type { StatementSubject, SubjectRelation } from './statement.js'
import { relateSubject } from './statement.js'
import { shortDigest } from './digests.js'

export interface RelatedAttestation {
  evidence: AttestationEvidence
  relation: Exclude<SubjectRelation, { kind: 'none' }>
}

export function relatedAttestations(
  subject: ArtifactSubject,
  attestations: readonly AttestationEvidence[]
): RelatedAttestation[] {
  const related: RelatedAttestation[] = []
  for (const evidence of attestations) {
    if (!evidence.statement) continue
    const relation = relateSubject(
      evidence.statement,
      subject.digests,
      subject.name
    )
    if (relation.kind !== 'none') related.push({ evidence, relation })
  }
  return related
}

export function mismatchReason(
  subject: StatementSubject,
  own: ArtifactSubject
): string {
  const [algorithm, hex] = Object.entries(subject.digest)[0] ?? ['sha256', '']
  const mine = own.digests[algorithm as 'sha256'] ?? own.digests.sha256
  return `names ${subject.name} with ${shortDigest(algorithm, hex)}, but the file is ${shortDigest(algorithm, mine)}`
}

/** Failures of related attestations: subject mismatches and bad signatures. */
export function attestationFailures(
  related: readonly RelatedAttestation[],
  own: ArtifactSubject,
  mismatchCode: VerifyCode
): (Failure & { source: string })[] {
  const failures: (Failure & { source: string })[] = []
  for (const { evidence, relation } of related) {
    if (relation.kind === 'mismatch') {
      failures.push({
        source: evidence.source,
        code: mismatchCode,
        reason: mismatchReason(relation.subject, own)
      })
    } else if (!evidence.result.ok) {
      failures.push({
        source: evidence.source,
        code: evidence.result.code,
        reason: evidence.result.reason
      })
    }
  }
  return failures
}

export function isProvenanceType(type: string, policy: VerifyPolicy): boolean {
  return policy.predicateType !== undefined
    ? type === policy.predicateType
    : isSlsaProvenance(type)
}

/** A verified provenance: what it claims, and who signed it. */
export interface VerifiedProvenance {
  source: string
  facts: ProvenanceFacts
  signer: SignerInfo
}

export interface ProvenanceRows {
  provenance: CheckResult
  /** The code an absent provenance fails with when it is required. */
  absentCode: VerifyCode
  verified: VerifiedProvenance[]
}

export function provenanceRows(
  related: readonly RelatedAttestation[],
  own: ArtifactSubject,
  policy: VerifyPolicy
): ProvenanceRows {
  const provenance = related.filter((r) =>
    isProvenanceType(r.evidence.statement!.predicateType, policy)
  )
  const verified: VerifiedProvenance[] = provenance.flatMap((r) =>
    r.relation.kind === 'match' && r.evidence.result.ok
      ? [
          {
            source: r.evidence.source,
            facts: toProvenanceFacts(r.evidence.statement!),
            signer: r.evidence.result.signer
          }
        ]
      : []
  )
  const failures = attestationFailures(
    provenance,
    own,
    'VERIFY_SUBJECT_MISMATCH'
  )
  for (const v of verified) {
    if (v.signer.keyed) continue
    const failure = catchVerification(() =>
      assertClaimsMatchCertificate(v.facts, toCertificateFacts(v.signer))
    )
    if (failure) failures.push({ source: v.source, ...failure })
  }
  let absentCode: VerifyCode = 'VERIFY_PROVENANCE_ABSENT'
  let row: CheckResult
  if (failures.length > 0) row = fromFailures(failures)
  else if (verified.length > 0) {
    row = {
      status: 'pass',
      reason: verified.map(describeVerified).join('; '),
      sources: verified.map((v) => v.source)
    }
  } else {
    const others = [
      ...new Set(related.map((r) => r.evidence.statement!.predicateType))
    ]
    if (policy.predicateType !== undefined && others.length > 0) {
      absentCode = 'VERIFY_PREDICATE_TYPE_MISMATCH'
      row = {
        status: 'absent',
        reason: `attestations name it with predicate types ${others.join(', ')}; none is ${policy.predicateType} (--predicate-type)`
      }
    } else {
      row = {
        status: 'absent',
        reason:
          'no *.intoto.jsonl or attestation with SLSA provenance names its digest'
      }
    }
  }
  return { provenance: row, absentCode, verified }
}

function describeVerified(v: VerifiedProvenance): string {
  const f = v.facts
  const type = `${v.source}: ${f.predicateType}${f.buildType ? ` (${f.buildType})` : ''}`
  if (isKnownBuildType(f.buildType)) {
    return `${type}, its builder, source, commit and ref match the signing certificate`
  }
  return `${type}; ${describeClaims(f)}`
}
