/**
 * The vex row (`--require vex`): every HIGH or CRITICAL finding of the
 * release's shipped SBOMs must be covered by a VEX statement (not_affected
 * or fixed) from an OpenVEX attestation whose signature holds and whose
 * signer passes the identity policy. An unsigned VEX document, or one signed
 * by anyone else, covers nothing. The advisory index and the SBOMs come in
 * from the I/O side (ctx.vex), loaded once per run.
 */
import type { GatedFinding } from '../scan/gate.js'
import type { ScannedSbom } from '../scan/sbom-input.js'
import type { VexStatement } from '../scan/vex.js'
import { isOpenVex, readOpenVex } from '../scan/vex.js'
import { catchVerification } from './codes.js'
import type { AttestationEvidence } from './evidence.js'
import { assertIdentity } from './identity.js'
import type { IdentityPolicy } from './policy.js'
import type { CheckResult } from './report.js'

export const OPENVEX_PREDICATE_PREFIX = 'https://openvex.dev/ns'

/**
 * What the I/O side loaded for the vex row: the shipped SBOMs, and their
 * HIGH/CRITICAL findings that the given statements leave uncovered (the
 * advisory matching comes with it, so verify loads it only for
 * --require vex).
 */
export interface VexContext {
  /** The release's SBOMs, by the file they came from. */
  sboms: readonly ScannedSbom[]
  uncovered(statements: readonly VexStatement[]): GatedFinding[]
}

export function vexRow(
  attestations: readonly AttestationEvidence[],
  policy: IdentityPolicy,
  vex: VexContext | undefined
): CheckResult {
  if (!vex) {
    return {
      status: 'absent',
      reason: 'not checked: --require vex holds the shipped SBOMs to signed VEX'
    }
  }
  if (vex.sboms.length === 0) {
    return { status: 'absent', reason: 'no SBOM shipped with the release' }
  }
  const { statements, signed, ignored } = signedStatements(attestations, policy)
  const uncovered = vex.uncovered(statements)
  if (uncovered.length > 0) {
    const listed = [
      ...new Set(
        uncovered.map((f) => `${f.id} (${f.severity.level}) in ${f.purl}`)
      )
    ]
    return {
      status: 'fail',
      code: 'VERIFY_VEX_UNCOVERED',
      reason: `${listed.length} HIGH/CRITICAL finding(s) of the shipped SBOMs have no signed VEX statement: ${listed.join(', ')}${signed.length === 0 ? '; no OpenVEX attestation signed by the expected identity was found' : ''}${ignored.length > 0 ? `; not counted: ${ignored.join('; ')}` : ''}`
    }
  }
  return {
    status: 'pass',
    reason:
      signed.length > 0
        ? `every HIGH/CRITICAL finding of the shipped SBOMs is covered by signed VEX (${signed.join(', ')})`
        : 'the shipped SBOMs have no HIGH or CRITICAL finding'
  }
}

function signedStatements(
  attestations: readonly AttestationEvidence[],
  policy: IdentityPolicy
): { statements: VexStatement[]; signed: string[]; ignored: string[] } {
  const statements: VexStatement[] = []
  const signed: string[] = []
  const ignored: string[] = []
  const seen = new Set<string>()
  for (const a of attestations) {
    const statement = a.statement
    if (!statement?.predicateType.startsWith(OPENVEX_PREDICATE_PREFIX)) continue
    if (seen.has(a.source)) continue
    seen.add(a.source)
    if (!a.result.ok) {
      ignored.push(`${a.source}: ${a.result.reason}`)
      continue
    }
    const { signer } = a.result
    const mismatch = catchVerification(() => assertIdentity(signer, policy))
    if (mismatch) {
      ignored.push(`${a.source}: ${mismatch.reason}`)
      continue
    }
    if (!isOpenVex(statement.predicate)) {
      ignored.push(`${a.source}: the predicate is not an OpenVEX document`)
      continue
    }
    statements.push(...readOpenVex(statement.predicate, a.source))
    signed.push(a.source)
  }
  return { statements, signed, ignored }
}
