/**
 * The sigstore-conformance client protocol's verify-bundle: one bundle,
 * one artifact (a path, or `sha256:<hex>` that is not a path on disk), the
 * exact certificate identity and OIDC issuer (or a --key). Message
 * signatures are checked over the artifact; a DSSE bundle's in-toto
 * statement must name the artifact's digest.
 */
import { createPublicKey } from 'node:crypto'
import type crypto from 'node:crypto'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { verificationFailure } from '../../lib/verify/codes.js'
import { matchesDigest, parseDigestArgument } from '../../lib/verify/digests.js'
import type { SignatureResult } from '../../lib/verify/evidence.js'
import { assertIdentity } from '../../lib/verify/identity.js'
import { IN_TOTO_PAYLOAD_TYPE } from '../../lib/verify/statement.js'
import type { Bundle } from '@sigstore/bundle'
import type { SignerInfo } from '../../lib/verify/signer.js'
import { digestsOf, hashFile, readJsonValue, readRegularFile } from './files.js'
import { BundleChecker } from './sigstore.js'
import type { VerifyBundleRequest } from '../../lib/verify/bundle-inputs.js'
import type { GatheredTrust, TrustOptions } from './trust.js'
import { gatherTrust } from './trust.js'

/** What to verify (lib/verify/bundle-inputs.ts), with the folder paths are relative to. */
export interface VerifyBundleOptions extends VerifyBundleRequest {
  cwd: string
  /** Trust already gathered (tests, batches); gathered from the options otherwise. */
  trust?: GatheredTrust
  tufCachePath?: string
}

export async function verifyBundleFile(
  options: VerifyBundleOptions
): Promise<SignerInfo> {
  const full = path.resolve(options.cwd, options.artifact)
  const exists = (await stat(full).catch(() => undefined)) !== undefined
  const digest = parseDigestArgument(options.artifact, exists)
  if (!digest && !exists) {
    throw new InputError(
      'VERIFY_ARTIFACT_MISSING',
      `${options.artifact}: no such file (give a file or sha256:<64 hex digits>)`
    )
  }
  const read = await readJsonValue(path.resolve(options.cwd, options.bundle))
  if (!read.ok) {
    throw new InputError(
      'VERIFY_BUNDLE_UNREADABLE',
      `--bundle ${options.bundle}: ${read.reason}`
    )
  }
  const publicKey = options.key
    ? await readPublicKey(path.resolve(options.cwd, options.key))
    : undefined
  const trustOptions: TrustOptions = {
    offline: options.offline,
    staging: options.staging,
    ...(options.trustedRoot
      ? { trustedRoot: path.resolve(options.cwd, options.trustedRoot) }
      : {}),
    ...(publicKey ? { publicKey } : {}),
    ...(options.tufCachePath ? { tufCachePath: options.tufCachePath } : {})
  }
  const trust = options.trust ?? (await gatherTrust(trustOptions))
  const checker = new BundleChecker(trust)
  const parsed = checker.parse(read.value)
  if (!parsed.ok) throw verificationFailure(parsed.code, parsed.reason)
  const hashed = digest ? undefined : await hashFile(full, true)
  const sha256 = digest ?? hashed!.digests.sha256
  let result: SignatureResult
  if (parsed.bundle.content.$case === 'dsseEnvelope') {
    result = checkEnvelopeAbout(checker, parsed.bundle, sha256)
  } else {
    result = checker.checkMessage(parsed.bundle, {
      sha256,
      ...(hashed?.bytes ? { bytes: hashed.bytes } : {})
    })
  }
  if (!result.ok) throw verificationFailure(result.code, result.reason)
  assertIdentity(result.signer, {
    ...(options.identity !== undefined ? { identity: options.identity } : {}),
    ...(options.identityRegexp
      ? { identityRegexp: options.identityRegexp }
      : {}),
    ...(options.issuerRegexp ? { issuerRegexp: options.issuerRegexp } : {}),
    issuer: options.issuer ?? '',
    denySelfHostedRunners: false,
    keyed: publicKey !== undefined
  })
  return result.signer
}

/**
 * An in-toto statement must name the artifact's digest; any other payload
 * must be the artifact itself (the envelope then signs its bytes).
 */
function checkEnvelopeAbout(
  checker: BundleChecker,
  bundle: Bundle,
  sha256: string
): SignatureResult {
  const envelope = checker.checkEnvelopeSignature(bundle)
  if (!envelope.result.ok || !envelope.payload) return envelope.result
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    const payloadDigest = digestsOf(envelope.payload).sha256
    if (payloadDigest !== sha256) {
      throw verificationFailure(
        'VERIFY_DIGEST_MISMATCH',
        `the envelope's ${envelope.payloadType || 'untyped'} payload is sha256:${payloadDigest}, the artifact is sha256:${sha256}`
      )
    }
    return envelope.result
  }
  const check = checker.checkEnvelope(bundle)
  if (!check.result.ok) return check.result
  if (
    !check.statement!.subjects.some((s) => matchesDigest({ sha256 }, s.digest))
  ) {
    throw verificationFailure(
      'VERIFY_SUBJECT_MISMATCH',
      `the statement names no subject with sha256:${sha256}`
    )
  }
  return check.result
}

export async function readPublicKey(file: string): Promise<crypto.KeyObject> {
  let text: string
  try {
    text = (await readRegularFile(file, `--key ${file}`)).toString('utf8')
  } catch (error) {
    throw new InputError('VERIFY_KEY_MISSING', `cannot read --key ${file}`, {
      cause: error
    })
  }
  try {
    return createPublicKey(text)
  } catch (error) {
    throw new InputError(
      'VERIFY_KEY_INVALID',
      `--key ${file} is not a PEM public key`,
      { cause: error }
    )
  }
}
