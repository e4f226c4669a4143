/**
 * Sigstore bundles checked by @sigstore/verify with the trust material
 * gathered once: one Verifier for every bundle of the run (thresholds: one
 * transparency-log entry, one timestamp, one SCT when the trusted root has
 * CT logs). Message signatures are checked over the artifact's bytes, or
 * over its digest when only `sha256:<hex>` is known; DSSE envelopes carry
 * their statement. Provenant's identity policy is applied afterwards, on
 * the signer returned here.
 *
 * Work that bundles of one release share is done once per run, memoised on
 * exact bytes (never on what a bundle claims): a certificate is parsed once
 * per distinct DER, a chain's shape checked once per distinct chain, a
 * signer described once (the Verifier's own caches are in verifier.ts).
 */
import type { Bundle } from '@sigstore/bundle'
import { bundleFromJSON } from '@sigstore/bundle'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import type { SignedEntity, Signer } from '@sigstore/verify'
import type { Verifier } from '@sigstore/verify'
import type {
  SignatureResult,
  SignatureTimestamps
} from '../../lib/verify/evidence.js'
import {
  ChainShapeMemo,
  bundleShapeProblems,
  timestampWindowProblems
} from '../../lib/verify/bundle-checks.js'
import { normalizeBundleJson } from '../../lib/verify/normalize-bundle.js'
import { verifyDigestSignature } from '../../lib/verify/digest-signature.js'
import type { SignerInfo } from '../../lib/verify/signer.js'
import { toFulcioExtensions } from '../../lib/verify/signer.js'
import type { Statement } from '../../lib/verify/statement.js'
import { parseStatement } from '../../lib/verify/statement.js'
import { catchVerification } from '../../lib/verify/codes.js'
import type { GatheredTrust } from './trust.js'
import { createEntityBuilder } from './entity.js'
import { checkDeferred } from './signature-checks.js'
import { createRunVerifier } from './verifier.js'

export interface ArtifactBytes {
  sha256: string
  /** The file's bytes; without them the signature is checked over the digest. */
  bytes?: Buffer
}

export type ParsedBundle =
  { ok: true; bundle: Bundle } | Extract<SignatureResult, { ok: false }>

export interface EnvelopeCheck {
  statement?: Statement
  result: SignatureResult
}

export class BundleChecker {
  private readonly verifier: Verifier
  private readonly hasTimestampAuthorities: boolean
  private readonly toEntity = createEntityBuilder()
  private readonly chainShapes = new ChainShapeMemo()
  private readonly signers = new WeakMap<Signer, SignerInfo>()

  constructor(trust: GatheredTrust) {
    this.hasTimestampAuthorities =
      trust.material.timestampAuthorities.length > 0
    // A root with no transparency log (GitHub's private instance: Fulcio
    // and a timestamp authority) asks for timestamps only; a root with one
    // still needs every bundle's entry.
    this.verifier = createRunVerifier(trust.material, {
      tlogThreshold: trust.material.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: trust.ctlogCount > 0 ? 1 : 0,
      timestampThreshold: 1
    })
  }

  parse(json: unknown): ParsedBundle {
    const invalid = (problems: string[]): ParsedBundle => ({
      ok: false,
      code: 'VERIFY_BUNDLE_INVALID',
      reason: problems.join('; ')
    })
    const shape = bundleShapeProblems(json, this.chainShapes)
    if (shape.length > 0) return invalid(shape)
    const keepRfc3161 = this.hasTimestampAuthorities
    const normalized = normalizeBundleJson(json, { keepRfc3161: true })
    try {
      const window = keepRfc3161 ? [] : timestampWindowProblems(normalized)
      if (window.length > 0) return invalid(window)
      const usable = keepRfc3161
        ? normalized
        : normalizeBundleJson(normalized, { keepRfc3161 })
      return { ok: true, bundle: bundleFromJSON(usable) }
    } catch (error) {
      return invalid([`not a Sigstore bundle: ${(error as Error).message}`])
    }
  }

  /** A message-signature bundle over the artifact. */
  checkMessage(bundle: Bundle, artifact: ArtifactBytes): SignatureResult {
    const entity = this.messageEntity(bundle, artifact)
    return 'ok' in entity ? entity : this.run(bundle, entity)
  }

  /** checkMessage with the signature checks on another core (signature-checks.ts). */
  async checkMessageAsync(
    bundle: Bundle,
    artifact: ArtifactBytes
  ): Promise<SignatureResult> {
    const entity = this.messageEntity(bundle, artifact)
    if ('ok' in entity) return entity
    return this.runDeferred(bundle, entity, () =>
      this.messageEntity(bundle, artifact)
    )
  }

  /** A DSSE bundle: its signature and its in-toto statement. */
  checkEnvelope(bundle: Bundle): EnvelopeCheck {
    return withStatement(this.checkEnvelopeSignature(bundle))
  }

  /** checkEnvelope with the signature checks on another core. */
  async checkEnvelopeAsync(bundle: Bundle): Promise<EnvelopeCheck> {
    const parts = envelopeOf(bundle)
    if (!parts) return { result: NOT_DSSE }
    const result = await this.runDeferred(bundle, this.toEntity(bundle), () =>
      this.toEntity(bundle)
    )
    return withStatement({ ...parts, result })
  }

  /** A DSSE bundle's signature, whatever its payload. */
  checkEnvelopeSignature(bundle: Bundle): EnvelopeSignature {
    const parts = envelopeOf(bundle)
    if (!parts) return { payloadType: '', result: NOT_DSSE }
    return { ...parts, result: this.run(bundle, this.toEntity(bundle)) }
  }

  /** The entity to verify, or why the bundle cannot sign this artifact. */
  private messageEntity(
    bundle: Bundle,
    artifact: ArtifactBytes
  ): SignedEntity | SignatureResult {
    if (bundle.content.$case !== 'messageSignature') {
      return {
        ok: false,
        code: 'VERIFY_BUNDLE_INVALID',
        reason: 'not a message signature'
      }
    }
    const message = bundle.content.messageSignature
    const signed = Buffer.from(message.messageDigest.digest).toString('hex')
    const sha256Signed =
      message.messageDigest.algorithm === HashAlgorithm.SHA2_256 ||
      message.messageDigest.algorithm ===
        HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED
    if (sha256Signed && signed !== artifact.sha256) {
      return {
        ok: false,
        code: 'VERIFY_DIGEST_MISMATCH',
        signedDigest: signed,
        reason: `the bundle signs sha256:${signed}, the file is sha256:${artifact.sha256} (changed since it was signed, or the bundle of another file)`
      }
    }
    const entity = this.toEntity(bundle, artifact.bytes ?? Buffer.alloc(0))
    if (!artifact.bytes) {
      if (!sha256Signed) {
        return {
          ok: false,
          code: 'VERIFY_DIGEST_MISMATCH',
          reason: 'the bundle signs a non-SHA-256 digest; give the file'
        }
      }
      entity.signature = prehashedContent(
        message.signature,
        message.messageDigest.digest,
        artifact.sha256
      )
    }
    return entity
  }

  private run(bundle: Bundle, entity: SignedEntity): SignatureResult {
    let signer: Signer
    try {
      signer = this.verifier.verify(entity)
    } catch (error) {
      return failureOf(error)
    }
    return this.verified(bundle, signer)
  }

  /**
   * run, its signature checks answered on the signature thread: a run
   * whose checks were all valid is the synchronous run; any other is
   * decided again synchronously on a fresh entity from `again` (the memo
   * answers at once), for the exact error. Only the verdict and `again`
   * are kept while the checks are under way, not the entity's parsed
   * timestamps and log entries: a release's thousand bundles in flight
   * stay small.
   */
  private runDeferred(
    bundle: Bundle,
    entity: SignedEntity,
    again: () => SignedEntity | SignatureResult
  ): Promise<SignatureResult> {
    const run = checkDeferred(() => this.verifier.verify(entity))
    // Built in its own scope, so that it does not keep `entity` alive.
    const recheck = this.recheck(bundle, again)
    if (!run.ok) return Promise.resolve(recheck())
    return settle(this.verified(bundle, run.value), run.allValid, recheck)
  }

  private recheck(
    bundle: Bundle,
    again: () => SignedEntity | SignatureResult
  ): () => SignatureResult {
    return () => {
      const fresh = again()
      return 'ok' in fresh ? fresh : this.run(bundle, fresh)
    }
  }

  private verified(bundle: Bundle, signer: Signer): SignatureResult {
    const keyed = bundle.verificationMaterial.content.$case === 'publicKey'
    let info = this.signers.get(signer)
    if (!info) {
      info = toSignerInfo(signer, keyed)
      this.signers.set(signer, info)
    }
    return {
      ok: true,
      signer: info,
      logged: true,
      details: describeBundle(bundle),
      timestamps: timestampsOf(bundle)
    }
  }
}

/** The verdict of a deferred run once its checks answer: kept when all were valid, else decided again. */
async function settle(
  verdict: SignatureResult,
  allValid: Promise<boolean>,
  recheck: () => SignatureResult
): Promise<SignatureResult> {
  return (await allValid) ? verdict : recheck()
}

export interface EnvelopeSignature {
  result: SignatureResult
  payloadType: string
  payload?: Buffer
}

const NOT_DSSE: SignatureResult = {
  ok: false,
  code: 'VERIFY_BUNDLE_INVALID',
  reason: 'not a DSSE envelope'
}

function envelopeOf(
  bundle: Bundle
): { payloadType: string; payload: Buffer } | undefined {
  if (bundle.content.$case !== 'dsseEnvelope') return undefined
  const { payloadType, payload } = bundle.content.dsseEnvelope
  return { payloadType, payload }
}

function withStatement(envelope: EnvelopeSignature): EnvelopeCheck {
  if (!envelope.payload) return { result: envelope.result }
  let statement: Statement | undefined
  const problem = catchVerification(() => {
    statement = parseStatement(envelope.payloadType, envelope.payload!)
  })
  const result = envelope.result
  if (problem && result.ok) return { result: { ok: false, ...problem } }
  return { ...(statement ? { statement } : {}), result }
}

function failureOf(error: unknown): SignatureResult {
  const code = (error as { code?: string }).code ?? 'ERROR'
  return {
    ok: false,
    code:
      code === 'CERTIFICATE_ERROR'
        ? 'VERIFY_CERTIFICATE_UNTRUSTED'
        : 'VERIFY_SIGNATURE_INVALID',
    reason: `${code}: ${(error as Error).message}${causeOf(error)}`
  }
}

export function toSignerInfo(signer: Signer, keyed: boolean): SignerInfo {
  const identity = signer.identity
  return {
    ...(identity?.subjectAlternativeName
      ? { identity: identity.subjectAlternativeName }
      : {}),
    ...(identity?.extensions?.issuer
      ? { issuer: identity.extensions.issuer }
      : {}),
    extensions: toFulcioExtensions(
      (identity?.oids ?? []).flatMap((o) =>
        o.oid ? [{ oid: o.oid, value: o.value }] : []
      )
    ),
    ...(keyed ? { keyed } : {})
  }
}

function prehashedContent(
  signature: Buffer,
  bundleDigest: Buffer,
  sha256: string
): SignedEntity['signature'] {
  const digest = Buffer.from(sha256, 'hex')
  return {
    signature,
    compareSignature: (other) => other.equals(signature),
    compareDigest: (other) => other.equals(bundleDigest),
    compareSignedDigest: (other) => other.equals(bundleDigest),
    verifySignature: (key) => verifyDigestSignature(key, digest, signature)
  }
}

function describeBundle(bundle: Bundle): string {
  const entries = bundle.verificationMaterial.tlogEntries
  const tsa =
    bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps
      .length ?? 0
  const parts = entries.map((e) => `transparency log entry ${e.logIndex}`)
  if (tsa > 0) parts.push(`${tsa} RFC 3161 timestamp(s)`)
  return `Sigstore bundle verified (${parts.join(', ')})`
}

function timestampsOf(bundle: Bundle): SignatureTimestamps {
  const material = bundle.verificationMaterial
  return {
    tlog: material.tlogEntries.map((e) => {
      const seconds = Number(e.integratedTime)
      return {
        logIndex: e.logIndex,
        ...(seconds > 0
          ? { integratedTime: new Date(seconds * 1000).toISOString() }
          : {})
      }
    }),
    rfc3161: material.timestampVerificationData?.rfc3161Timestamps.length ?? 0
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause
  return cause instanceof Error ? ` (${cause.message})` : ''
}
