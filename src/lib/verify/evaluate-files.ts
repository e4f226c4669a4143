/**
 * The SBOM, checksum and reproducible rows: SBOM attestations and SBOM
 * files, checksum-file lines, and rebuild verdicts about the artifact.
 */
import { catchVerification } from './codes.js'
import type {
  ArtifactSubject,
  ArtifactEvidence,
  Failure,
  SignatureEvidence
} from './evidence.js'
import type { RelatedAttestation } from './evaluate-attestations.js'
import { attestationFailures } from './evaluate-attestations.js'
import { fromFailures } from './evaluate-signature.js'
import { assertChecksumEntry, entriesFor } from './checksums.js'
import { assertRebuilder } from './identity.js'
import type { VerifyPolicy } from './policy.js'
import {
  fromStatement,
  isRebuildStatement,
  rebuildEntriesFor
} from './rebuild.js'
import type { CheckResult } from './report.js'
import {
  assertSbom,
  describeSbom,
  isSbomPredicateType,
  sbomApplies
} from './sbom.js'

type SourcedFailure = Failure & { source: string }

/** A detached signature over a file that failed, as the row's failure. */
function signatureFailure(
  signature: SignatureEvidence | undefined
): SourcedFailure | undefined {
  const result = signature?.result
  if (!result || result.ok) return undefined
  return { source: signature.source, code: result.code, reason: result.reason }
}

export function sbomRow(
  related: readonly RelatedAttestation[],
  own: ArtifactSubject,
  evidence: ArtifactEvidence
): CheckResult {
  const attestations = related.filter((r) =>
    isSbomPredicateType(r.evidence.statement!.predicateType)
  )
  const failures: SourcedFailure[] = attestationFailures(
    attestations,
    own,
    'VERIFY_SBOM_SUBJECT_MISMATCH'
  )
  const passes: string[] = []
  for (const { evidence: a, relation } of attestations) {
    if (relation.kind !== 'match' || !a.result.ok) continue
    let summary = ''
    const failure = catchVerification(() => {
      summary = describeSbom(
        assertSbom(a.statement!.predicate, `the predicate of ${a.source}`)
      )
    })
    if (failure) failures.push({ source: a.source, ...failure })
    else passes.push(`${a.source}: signed SBOM attestation (${summary})`)
  }
  for (const file of evidence.sboms) {
    if (file.problem) {
      failures.push({ source: file.source, ...file.problem })
      continue
    }
    const signature = file.signature?.result
    const unsigned = signatureFailure(file.signature)
    if (unsigned) {
      failures.push(unsigned)
      continue
    }
    if (file.sbom && sbomApplies(file.sbom, own.digests)) {
      passes.push(
        `${file.source}: ${describeSbom(file.sbom)}${signature ? ', signed' : ''}`
      )
    }
  }
  if (failures.length > 0) return fromFailures(failures)
  if (passes.length > 0) return { status: 'pass', reason: passes.join('; ') }
  return {
    status: 'absent',
    reason:
      'no SBOM file (sbom-*.json, *.cdx.json, *.spdx.json) or SBOM attestation about it'
  }
}

export function checksumRow(
  own: ArtifactSubject,
  evidence: ArtifactEvidence
): CheckResult {
  const failures: SourcedFailure[] = []
  const passes: string[] = []
  for (const c of evidence.checksums) {
    const entries = entriesFor(c.file, own.name, own.digests, c.target)
    if (entries.length === 0) continue
    const signature = c.signature?.result
    const unsigned = signatureFailure(c.signature)
    if (unsigned) failures.push(unsigned)
    for (const entry of entries) {
      const failure = catchVerification(() =>
        assertChecksumEntry(entry, own.digests)
      )
      if (failure) failures.push({ source: c.source, ...failure })
      else
        passes.push(
          `${c.source} line ${entry.line} (${entry.algorithm})${signature?.ok ? ', signed' : ''}`
        )
    }
  }
  if (failures.length > 0) return fromFailures(failures)
  if (passes.length > 0)
    return {
      status: 'pass',
      reason: `listed with its digest in ${passes.join(', ')}`
    }
  return {
    status: 'absent',
    reason: 'no SHA256SUMS, checksums.txt or *.sha256 line names it'
  }
}

export function reproducibleRow(
  related: readonly RelatedAttestation[],
  own: ArtifactSubject,
  evidence: ArtifactEvidence,
  policy: Pick<VerifyPolicy, 'rebuilder' | 'issuer'>
): CheckResult {
  const verdicts: { source: string; reproducible: boolean; signed: boolean }[] =
    []
  const failures: SourcedFailure[] = []
  const ignored: string[] = []
  for (const r of evidence.rebuilds) {
    const entries = rebuildEntriesFor(r.entries, own.digests)
    // Asked for a signed verdict, an unsigned report is not evidence.
    if (policy.rebuilder && !r.signed) {
      if (entries.length > 0) ignored.push(r.source)
      continue
    }
    for (const e of entries) {
      verdicts.push({
        source: r.source,
        reproducible: e.reproducible,
        signed: r.signed
      })
    }
  }
  for (const { evidence: a, relation } of related) {
    if (!isRebuildStatement(a.statement!) || relation.kind !== 'match') continue
    if (!a.result.ok) {
      failures.push({
        source: a.source,
        code: a.result.code,
        reason: a.result.reason
      })
      continue
    }
    const { signer } = a.result
    const rebuilder = policy.rebuilder
    const mismatch =
      rebuilder &&
      catchVerification(() => assertRebuilder(signer, rebuilder, policy.issuer))
    if (mismatch) {
      failures.push({ source: a.source, ...mismatch })
      continue
    }
    for (const e of rebuildEntriesFor(
      fromStatement(a.statement!),
      own.digests
    )) {
      verdicts.push({
        source: a.source,
        reproducible: e.reproducible,
        signed: true
      })
    }
  }
  for (const v of verdicts.filter((v) => !v.reproducible)) {
    failures.push({
      source: v.source,
      code: 'VERIFY_NOT_REPRODUCIBLE',
      reason: 'the rebuild verdict says this digest was not reproduced'
    })
  }
  if (failures.length > 0) return fromFailures(failures)
  if (verdicts.length > 0) {
    return {
      status: 'pass',
      reason: `reproduced: ${verdicts.map((v) => `${v.source}${v.signed ? ' (signed)' : ' (unsigned report)'}`).join(', ')}`
    }
  }
  return {
    status: 'absent',
    reason:
      ignored.length > 0
        ? `no signed rebuild verdict names its digest; unsigned ${ignored.join(', ')} not counted (--rebuilder-identity asks for a signed one)`
        : 'no rebuild verdict (report.json, rebuild.intoto.json) names its digest'
  }
}
