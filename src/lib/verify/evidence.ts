/**
 * What the I/O side found and checked cryptographically for one artifact,
 * as plain data: the evaluation (pure) holds it to the policy.
 */
import type { ChecksumFile } from './checksums.js'
import type { VerifyCode } from './codes.js'
import type { ArtifactDigests } from './digests.js'
import type { RebuildEntry } from './rebuild.js'
import type { SbomSummary } from './sbom.js'
import type { SignerInfo } from './signer.js'
import type { Statement } from './statement.js'

export interface Failure {
  code: VerifyCode
  reason: string
}

/** A signature check's outcome: the signer when it held, else why not. */
export type SignatureResult =
  | {
      ok: true
      signer: SignerInfo
      /** Recorded in a transparency log (a legacy .sig/.crt pair is not). */
      logged: boolean
      /** What a Sigstore bundle says it signs, e.g. "transparency log, RFC 3161 timestamp". */
      details?: string
      /** The bundle's verified time evidence. */
      timestamps?: SignatureTimestamps
    }
  | ({ ok: false; signedDigest?: string } & Failure)

export interface SignatureTimestamps {
  /** Transparency-log entries: index and integrated time (ISO 8601). */
  tlog: { logIndex: string; integratedTime?: string }[]
  /** How many RFC 3161 timestamps the bundle carries. */
  rfc3161: number
}

export interface SignatureEvidence {
  /** The file, as the report names it. */
  source: string
  form: 'bundle' | 'legacy' | 'minisign'
  result: SignatureResult
}

export interface AttestationEvidence {
  /** e.g. `multiple.intoto.jsonl#2`, `github:attestation/123`. */
  source: string
  /** Undefined when the envelope held no readable statement. */
  statement?: Statement
  result: SignatureResult
}

export interface SbomFileEvidence {
  source: string
  sbom?: SbomSummary
  problem?: Failure
  /** A bundle over the SBOM file itself, when one is beside it. */
  signature?: SignatureEvidence
}

export interface ChecksumEvidence {
  source: string
  file: ChecksumFile
  /** For `<name>.sha256`: the file a bare digest is about. */
  target?: string
  signature?: SignatureEvidence
}

export interface RebuildEvidence {
  source: string
  entries: RebuildEntry[]
  signed: boolean
}

export interface ArtifactSubject {
  /** The asset name (its file name), undefined for a bare digest. */
  name?: string
  /** As the user named it (path or sha256:<hex>). */
  label: string
  digests: ArtifactDigests
}

export interface ArtifactEvidence {
  signatures: SignatureEvidence[]
  attestations: AttestationEvidence[]
  sboms: SbomFileEvidence[]
  checksums: ChecksumEvidence[]
  rebuilds: RebuildEvidence[]
  /** Things worth saying that are not checks (e.g. a minisig with no key given). */
  notes: string[]
}

export function emptyEvidence(): ArtifactEvidence {
  return {
    signatures: [],
    attestations: [],
    sboms: [],
    checksums: [],
    rebuilds: [],
    notes: []
  }
}
