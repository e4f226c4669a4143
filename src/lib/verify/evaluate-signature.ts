/**
 * The signature and identity rows: every signature file about the artifact
 * must hold; a legacy .sig/.crt pair alone needs --insecure-ignore-tlog; an
 * artifact with no signature file is signed when a verified attestation
 * names its digest. Every verified signer is held to the identity policy.
 */
import type { VerifyCode } from './codes.js'
import { catchVerification } from './codes.js'
import type {
  AttestationEvidence,
  Failure,
  SignatureEvidence
} from './evidence.js'
import { assertIdentity } from './identity.js'
import type { VerifyPolicy } from './policy.js'
import { hasIdentityPolicy, isSlsaVerifierPolicy } from './policy.js'
import type { CheckResult } from './report.js'
import type { VexContext } from './evaluate-vex.js'
import type { SignerInfo } from './signer.js'
import { describeSigner } from './signer.js'

export interface EvaluationContext {
  /** sha256 hex -> label of every artifact in this run (to name swapped bundles). */
  artifactsBySha256: ReadonlyMap<string, string>
  /** With --require vex: the advisory index and the shipped SBOMs. */
  vex?: VexContext
}

export function fail(
  code: VerifyCode,
  reason: string,
  sources?: string[]
): CheckResult {
  return { status: 'fail', code, reason, ...(sources ? { sources } : {}) }
}

export function fromFailures(
  failures: (Failure & { source: string })[]
): CheckResult {
  const first = failures[0]!
  const reason = failures.map((f) => `${f.source}: ${f.reason}`).join('; ')
  return fail(
    first.code,
    reason,
    failures.map((f) => f.source)
  )
}

export function signatureRow(
  signatures: readonly SignatureEvidence[],
  coveringAttestations: readonly AttestationEvidence[],
  policy: VerifyPolicy,
  ctx: EvaluationContext,
  ownSha256: string
): CheckResult {
  const failures: (Failure & { source: string })[] = []
  const passes: string[] = []
  for (const s of signatures) {
    const r = s.result
    if (!r.ok) {
      const other = r.signedDigest
        ? ctx.artifactsBySha256.get(r.signedDigest)
        : undefined
      if (
        r.code === 'VERIFY_DIGEST_MISMATCH' &&
        other &&
        r.signedDigest !== ownSha256
      ) {
        failures.push({
          source: s.source,
          code: 'VERIFY_BUNDLE_OF_OTHER_ARTIFACT',
          reason: `signs ${other} (sha256:${r.signedDigest}), not this file: a bundle of another artifact`
        })
      } else failures.push({ source: s.source, code: r.code, reason: r.reason })
      continue
    }
    passes.push(`${s.source}: ${r.details ?? describeForm(s)}`)
  }
  const unlogged = signatures.filter((s) => s.form === 'legacy' && s.result.ok)
  const logged = signatures.some((s) => s.form !== 'legacy' && s.result.ok)
  if (unlogged.length > 0 && !logged && !policy.insecureIgnoreTlog) {
    for (const s of unlogged) {
      failures.push({
        source: s.source,
        code: 'VERIFY_SIGNATURE_UNLOGGED',
        reason:
          'the .sig/.crt pair verifies but carries no transparency-log proof; ship the Sigstore bundle (<file>.sigstore.json) or pass --insecure-ignore-tlog to accept it'
      })
    }
  }
  const sources = signatures.map((s) => s.source)
  if (failures.length > 0) return fromFailures(failures)
  if (passes.length > 0)
    return { status: 'pass', reason: passes.join('; '), sources }
  const attested = coveringAttestations.filter((a) => a.result.ok)
  if (attested.length > 0) {
    return {
      status: 'pass',
      reason: `no signature file; signed through the attestation ${attested.map((a) => a.source).join(', ')} over its digest`,
      sources: attested.map((a) => a.source)
    }
  }
  return {
    status: 'absent',
    reason:
      'no <file>.sigstore.json (.sigstore, .bundle), .sig/.crt pair, or attestation naming its digest'
  }
}

function describeForm(s: SignatureEvidence): string {
  if (s.form === 'legacy') {
    return 'legacy .sig/.crt pair verified (no transparency-log proof: accepted by --insecure-ignore-tlog)'
  }
  if (s.form === 'minisign')
    return 'minisign signature verified with --minisign-key'
  return 'Sigstore bundle verified'
}

export function identityRow(
  signers: readonly { source: string; signer: SignerInfo }[],
  policy: VerifyPolicy
): CheckResult {
  const sources = signers.map((s) => s.source)
  if (signers.length === 0) {
    return {
      status: 'absent',
      reason: 'no verified signature or attestation to take a signer from'
    }
  }
  if (!hasIdentityPolicy(policy) && !isSlsaVerifierPolicy(policy)) {
    return {
      status: 'skipped',
      reason: `signed by ${unique(signers.map((s) => describeSigner(s.signer)))} (no identity policy given)`,
      sources
    }
  }
  const failures: (Failure & { source: string })[] = []
  for (const { source, signer } of signers) {
    const failure = catchVerification(() => assertIdentity(signer, policy))
    if (failure) failures.push({ source, ...failure })
  }
  if (failures.length > 0) return fromFailures(failures)
  const issuers = unique(
    signers.filter((s) => !s.signer.keyed).map((s) => s.signer.issuer ?? '')
  )
  return {
    status: 'pass',
    reason: `signed by ${unique(signers.map((s) => describeSigner(s.signer)))}${issuers ? ` (issuer ${issuers})` : ''}`,
    sources
  }
}

function unique(values: string[]): string {
  return [...new Set(values.filter((v) => v !== ''))].join(', ')
}
