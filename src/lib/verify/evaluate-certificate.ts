/**
 * The source and builder rows, judged on the signing certificates: the
 * source flags on every verified signer of the artifact, the builder
 * (slsa-verifier's --builder-id, or its default trusted builders) on the
 * signers of its verified provenance.
 */
import {
  assertBuilderId,
  assertBuilderRef,
  assertTrustedBuilder,
  describeBuilder,
  isByobDelegator,
  signerBuilderOf
} from './builder.js'
import type { CertificateFacts } from './certificate-facts.js'
import { toCertificateFacts } from './certificate-facts.js'
import { isGithubAttestation, isKnownBuildType } from './claims.js'
import { catchVerification, verificationFailure } from './codes.js'
import type { Failure } from './evidence.js'
import type { VerifiedProvenance } from './evaluate-attestations.js'
import { fromFailures } from './evaluate-signature.js'
import type { VerifyPolicy } from './policy.js'
import { isSlsaVerifierPolicy } from './policy.js'
import type { CheckResult } from './report.js'
import type { SignerInfo } from './signer.js'
import {
  assertSourceFacts,
  describeCertificateSource,
  hasSourcePolicy
} from './source-policy.js'

type Sourced<T> = T & { source: string }

export function sourceRow(
  signers: readonly { source: string; signer: SignerInfo }[],
  policy: VerifyPolicy,
  provenance: readonly VerifiedProvenance[]
): CheckResult {
  if (signers.length === 0) {
    return {
      status: 'absent',
      reason: 'no verified signer to read a source from'
    }
  }
  const described = unique(
    signers.map((s) =>
      s.signer.keyed
        ? 'a key (no source)'
        : describeCertificateSource(toCertificateFacts(s.signer))
    )
  )
  if (!hasSourcePolicy(policy)) {
    return {
      status: 'skipped',
      reason: `${described} (no source policy given)`
    }
  }
  // Only a known builder's record of the branch a tag was cut from counts.
  const baseRef = provenance.find(
    (p) => isKnownBuildType(p.facts.buildType) && p.facts.baseRef
  )?.facts.baseRef
  const failures: Sourced<Failure>[] = []
  for (const { source, signer } of signers) {
    const failure = catchVerification(() =>
      assertSourceFacts(toCertificateFacts(signer), policy, {
        ...(baseRef ? { baseRef } : {})
      })
    )
    if (failure) failures.push({ source, ...failure })
  }
  if (failures.length > 0) return fromFailures(failures)
  return {
    status: 'pass',
    reason: `the certificate says ${described}`,
    sources: signers.map((s) => s.source)
  }
}

export function builderRow(
  provenance: readonly VerifiedProvenance[],
  policy: VerifyPolicy
): CheckResult {
  if (provenance.length === 0) {
    return { status: 'absent', reason: 'no verified provenance' }
  }
  const certs = provenance.map((p) => toCertificateFacts(p.signer))
  const described = unique(
    certs.map((c) => describeBuilder(signerBuilderOf(c)))
  )
  const slsaVerifier = isSlsaVerifierPolicy(policy)
  const constrained =
    slsaVerifier ||
    policy.builderId !== undefined ||
    policy.buildWorkflowInputs !== undefined
  if (!constrained) {
    return {
      status: 'skipped',
      reason: `signed by ${described} (no builder policy given)`
    }
  }
  const failures: Sourced<Failure>[] = []
  provenance.forEach((p, i) => {
    const failure = catchVerification(() =>
      assertBuilder(p, certs[i]!, policy, slsaVerifier)
    )
    if (failure) failures.push({ source: p.source, ...failure })
  })
  if (failures.length > 0) return fromFailures(failures)
  return { status: 'pass', reason: `signed by builder ${described}` }
}

function assertBuilder(
  p: VerifiedProvenance,
  cert: CertificateFacts,
  policy: VerifyPolicy,
  slsaVerifier: boolean
): void {
  if (p.signer.keyed) {
    throw verificationFailure(
      'VERIFY_BUILDER_MISMATCH',
      'signed with a key: no certificate names the builder'
    )
  }
  const builder = signerBuilderOf(cert)
  if (policy.builderId !== undefined) {
    assertBuilderId(cert, policy.builderId, p.facts.builderId)
    if (slsaVerifier) assertBuilderRef(builder)
  } else if (slsaVerifier) {
    if (isByobDelegator(builder)) {
      throw verificationFailure(
        'VERIFY_BUILDER_UNTRUSTED',
        `signed by the delegator ${describeBuilder(builder)}: name the builder that called it with --builder-id`
      )
    }
    assertTrustedBuilder(cert, isGithubAttestation(p.facts))
  }
  if (policy.buildWorkflowInputs !== undefined) {
    assertWorkflowInputs(p, cert, policy.buildWorkflowInputs)
  }
}

/** slsa-verifier --build-workflow-input: a workflow_dispatch run with those inputs. */
function assertWorkflowInputs(
  p: VerifiedProvenance,
  cert: CertificateFacts,
  wanted: Readonly<Record<string, string>>
): void {
  const fail = (message: string): never => {
    throw verificationFailure('VERIFY_WORKFLOW_INPUT_MISMATCH', message)
  }
  if (cert.buildTrigger !== 'workflow_dispatch') {
    fail(
      `the certificate says the run was triggered by ${cert.buildTrigger ?? '(unknown)'}, not workflow_dispatch (--build-workflow-input)`
    )
  }
  if (!isKnownBuildType(p.facts.buildType)) {
    fail(
      `build type ${p.facts.buildType ?? '(none)'} is not one Provenant reads workflow inputs from (--build-workflow-input)`
    )
  }
  const inputs = p.facts.workflowInputs ?? {}
  for (const [key, value] of Object.entries(wanted)) {
    const actual = inputs[key]
    const text =
      typeof actual === 'string'
        ? actual
        : actual === undefined
          ? undefined
          : JSON.stringify(actual)
    if (text !== value) {
      fail(
        `workflow input ${key} is ${text ?? '(not given)'}, not ${value} (--build-workflow-input)`
      )
    }
  }
}

function unique(values: string[]): string {
  return [...new Set(values)].join(', ')
}
