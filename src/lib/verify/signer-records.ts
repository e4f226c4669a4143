/**
 * Every verified signer of one artifact: its signature files, the signed
 * SBOM and checksum files about it, and the attestations naming its digest
 * (not rebuild verdicts: the rebuilder is held to --rebuilder-identity).
 * Each with the record `--json` prints: the certificate-bound facts,
 * predicate type, log index and timestamps.
 */
import { toCertificateFacts } from './certificate-facts.js'
import type {
  ArtifactEvidence,
  AttestationEvidence,
  SignatureResult
} from './evidence.js'
import { isSlsaProvenance, toProvenanceFacts } from './provenance.js'
import { isRebuildStatement } from './rebuild.js'
import type { SignerRecord } from './report.js'
import type { SignerInfo } from './signer.js'

export interface VerifiedSigner {
  source: string
  signer: SignerInfo
  record: SignerRecord
}

type Verified = Extract<SignatureResult, { ok: true }>

export function collectSigners(
  evidence: ArtifactEvidence,
  covering: readonly AttestationEvidence[]
): VerifiedSigner[] {
  const files = [
    ...evidence.signatures.flatMap((s) =>
      s.form !== 'minisign' ? [{ source: s.source, result: s.result }] : []
    ),
    ...[...evidence.sboms, ...evidence.checksums].flatMap((e) =>
      e.signature ? [e.signature] : []
    )
  ]
  const signers: VerifiedSigner[] = []
  for (const { source, result } of files) {
    if (result.ok) signers.push(toVerified(source, 'signature', result))
  }
  for (const a of covering) {
    if (!a.result.ok || !a.statement || isRebuildStatement(a.statement))
      continue
    const verified = toVerified(a.source, 'attestation', a.result)
    const type = a.statement.predicateType
    verified.record.predicateType = type
    if (isSlsaProvenance(type)) {
      const buildType = toProvenanceFacts(a.statement).buildType
      if (buildType) verified.record.buildType = buildType
      // In in-toto's own field names, as the payload was signed.
      verified.record.provenance = {
        _type: a.statement.type,
        subject: a.statement.subjects,
        predicateType: type,
        predicate: a.statement.predicate
      }
    }
    signers.push(verified)
  }
  return signers
}

function toVerified(
  source: string,
  kind: SignerRecord['kind'],
  result: Verified
): VerifiedSigner {
  const keyed = result.signer.keyed === true
  return {
    source,
    signer: result.signer,
    record: {
      source,
      kind,
      keyed,
      ...(keyed ? {} : { certificate: toCertificateFacts(result.signer) }),
      ...(result.timestamps ? { timestamps: result.timestamps } : {})
    }
  }
}
