/**
 * One artifact's evidence held to the policy: the nine rows of the report,
 * then the requirements (a required row that is absent fails). An artifact
 * is verified when no row fails: evidence that is present is always
 * checked, required or not.
 */
import type { VerifyCode } from './codes.js'
import type { ArtifactEvidence, ArtifactSubject } from './evidence.js'
import { provenanceRows, relatedAttestations } from './evaluate-attestations.js'
import { checksumRow, reproducibleRow, sbomRow } from './evaluate-files.js'
import type { EvaluationContext } from './evaluate-signature.js'
import { identityRow, signatureRow } from './evaluate-signature.js'
import { builderRow, sourceRow } from './evaluate-certificate.js'
import { vexRow } from './evaluate-vex.js'
import type { CheckName, Requirement, VerifyPolicy } from './policy.js'
import { CHECK_NAMES } from './policy.js'
import { collectSigners } from './signer-records.js'
import type { ArtifactReport, CheckResult } from './report.js'

export type { EvaluationContext } from './evaluate-signature.js'

const ABSENT_CODES: Record<Requirement, VerifyCode> = {
  signature: 'VERIFY_SIGNATURE_ABSENT',
  provenance: 'VERIFY_PROVENANCE_ABSENT',
  sbom: 'VERIFY_SBOM_ABSENT',
  checksum: 'VERIFY_CHECKSUM_ABSENT',
  reproducible: 'VERIFY_REPRODUCIBLE_ABSENT',
  vex: 'VERIFY_VEX_ABSENT'
}

export function evaluateArtifact(
  subject: ArtifactSubject,
  evidence: ArtifactEvidence,
  policy: VerifyPolicy,
  ctx: EvaluationContext
): ArtifactReport {
  const related = relatedAttestations(subject, evidence.attestations)
  const covering = related
    .filter((r) => r.relation.kind === 'match')
    .map((r) => r.evidence)
  const prov = provenanceRows(related, subject, policy)
  const signers = collectSigners(evidence, covering)
  const checks: Record<CheckName, CheckResult> = {
    signature: signatureRow(
      evidence.signatures,
      covering,
      policy,
      ctx,
      subject.digests.sha256
    ),
    identity: identityRow(signers, policy),
    provenance: prov.provenance,
    source: sourceRow(signers, policy, prov.verified),
    builder: builderRow(prov.verified, policy),
    sbom: sbomRow(related, subject, evidence),
    checksum: checksumRow(subject, evidence),
    reproducible: reproducibleRow(related, subject, evidence, policy),
    vex: vexRow(evidence.attestations, policy, ctx.vex)
  }
  for (const requirement of policy.require) {
    const row = checks[requirement]
    if (row.status !== 'absent') continue
    checks[requirement] = {
      status: 'fail',
      code:
        requirement === 'provenance'
          ? prov.absentCode
          : ABSENT_CODES[requirement],
      reason: `required (--require ${requirement}) but absent: ${row.reason}`
    }
  }
  return {
    artifact: subject.label,
    ...(subject.name !== undefined ? { name: subject.name } : {}),
    digests: subject.digests,
    verified: CHECK_NAMES.every((c) => checks[c].status !== 'fail'),
    checks,
    signers: signers.map((s) => s.record),
    notes: evidence.notes
  }
}
