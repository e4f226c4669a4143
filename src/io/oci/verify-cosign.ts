/**
 * cosign's tag layout of one image, checked: each `.sig` layer's signature
 * over its simple-signing payload (as a Sigstore bundle rebuilt from the
 * annotations when a Rekor entry is there; with the key or the
 * certificate chain alone otherwise, unlogged), then what the payload
 * names; each `.att` layer's DSSE envelope the same way.
 */
import crypto from 'node:crypto'
import type { ImageManifest } from '../../lib/oci/image.js'
import type { TlogEntryJson } from '../../lib/oci/cosign.js'
import {
  buildLegacyBundleJson,
  COSIGN_ANNOTATIONS,
  cosignTag,
  DSSE_MEDIA_TYPE,
  fromCosignBundleAnnotation,
  parseSimpleSigningPayload,
  repositoryOf,
  SIMPLE_SIGNING_MEDIA_TYPE
} from '../../lib/oci/cosign.js'
import type {
  ArtifactEvidence,
  SignatureResult
} from '../../lib/verify/evidence.js'
import { checkLegacyPair, verifyWithKey } from '../verify/legacy.js'
import { readCosignManifest } from './attach.js'
import type { ImageCheckContext, ImageUnderTest } from './verify-image.js'

export async function checkCosignLayers(
  image: ImageUnderTest,
  ctx: ImageCheckContext,
  evidence: ArtifactEvidence
): Promise<void> {
  for (const suffix of ['sig', 'att'] as const) {
    const found = await readCosignManifest(
      image.client,
      image.repository,
      image.digest,
      suffix
    )
    if (!found) continue
    await Promise.all(
      layersOf(found.manifest, suffix).map(async ({ layer, index }) => {
        const source = `${image.name}:${cosignTag(image.digest, suffix)}#${index}`
        let bytes: Buffer
        try {
          bytes = await image.client.getBlob(image.repository, layer.digest)
        } catch (error) {
          const result = unreadable(error)
          if (suffix === 'sig')
            evidence.signatures.push({ source, form: 'bundle', result })
          else evidence.attestations.push({ source, result })
          return
        }
        const annotations = layer.annotations ?? {}
        if (suffix === 'sig') {
          const result = checkSimpleSigning(image, bytes, annotations, ctx)
          const form = result.ok && !result.logged ? 'legacy' : 'bundle'
          evidence.signatures.push({ source, form, result })
        } else {
          evidence.attestations.push({
            source,
            ...checkAttestationLayer(bytes, annotations, ctx)
          })
        }
      })
    )
  }
}

function layersOf(
  manifest: ImageManifest,
  suffix: 'sig' | 'att'
): { layer: ImageManifest['layers'][number]; index: number }[] {
  const mediaType =
    suffix === 'sig' ? SIMPLE_SIGNING_MEDIA_TYPE : DSSE_MEDIA_TYPE
  return manifest.layers
    .map((layer, index) => ({ layer, index }))
    .filter(({ layer }) => layer.mediaType === mediaType)
}

function tlogEntryOf(
  annotations: Record<string, string>,
  where: string
): TlogEntryJson | undefined {
  const text = annotations[COSIGN_ANNOTATIONS.bundle]
  return text ? fromCosignBundleAnnotation(text, where) : undefined
}

/** A `.sig` layer: the signature first, then that the payload names this image. */
function checkSimpleSigning(
  image: ImageUnderTest,
  payload: Buffer,
  annotations: Record<string, string>,
  ctx: ImageCheckContext
): SignatureResult {
  const signature = Buffer.from(
    annotations[COSIGN_ANNOTATIONS.signature] ?? '',
    'base64'
  )
  const certificate = annotations[COSIGN_ANNOTATIONS.certificate]
  let result: SignatureResult
  try {
    const entry = tlogEntryOf(annotations, image.name)
    const sha256 = crypto.createHash('sha256').update(payload).digest()
    if (entry) {
      const parsed = ctx.checker.parse(
        buildLegacyBundleJson({
          ...(certificate ? { certificatePem: certificate } : {}),
          ...(annotations[COSIGN_ANNOTATIONS.chain]
            ? { chainPem: annotations[COSIGN_ANNOTATIONS.chain] }
            : {}),
          tlogEntry: entry,
          content: { kind: 'message', payloadSha256: sha256, signature }
        })
      )
      result = parsed.ok
        ? ctx.checker.checkMessage(parsed.bundle, {
            sha256: sha256.toString('hex'),
            bytes: payload
          })
        : parsed
    } else if (certificate) {
      result = checkLegacyPair(
        Buffer.from(signature.toString('base64')),
        Buffer.from(certificate),
        payload,
        ctx.trust
      )
    } else {
      result = checkWithKey(payload, signature, ctx)
    }
  } catch (error) {
    return unreadable(error)
  }
  if (!result.ok) return result
  return checkPayloadNames(image, payload) ?? result
}

/** A failure result of a layer or referrer that could not be read. */
export function unreadable(error: unknown): SignatureResult {
  return {
    ok: false,
    code: 'VERIFY_IMAGE_ATTACHMENT_INVALID',
    reason: error instanceof Error ? error.message : String(error)
  }
}

/** A signature with no Rekor entry and no certificate: the --key's, unlogged. */
function checkWithKey(
  payload: Buffer,
  signature: Buffer,
  ctx: ImageCheckContext
): SignatureResult {
  let key: crypto.KeyObject
  try {
    key = ctx.trust.material.publicKey('').publicKey
  } catch {
    return {
      ok: false,
      code: 'VERIFY_CERTIFICATE_UNTRUSTED',
      reason:
        'a signature made with a key (no certificate, no transparency-log entry): give that key with --key'
    }
  }
  if (!verifyWithKey(key, payload, signature)) {
    return {
      ok: false,
      code: 'VERIFY_SIGNATURE_INVALID',
      reason: 'the signature does not verify over its payload with --key'
    }
  }
  return {
    ok: true,
    signer: { keyed: true, extensions: {} },
    logged: false,
    details:
      'image signature verified with --key (no transparency-log entry: accepted by --insecure-ignore-tlog)'
  }
}

/** The payload must name this digest and this repository; undefined when it does. */
function checkPayloadNames(
  image: ImageUnderTest,
  payload: Buffer
): SignatureResult | undefined {
  const claims = parseSimpleSigningPayload(payload)
  if (!claims) {
    return {
      ok: false,
      code: 'VERIFY_IMAGE_ATTACHMENT_INVALID',
      reason: 'the signed payload is not a cosign simple-signing payload'
    }
  }
  if (claims.digest !== image.digest) {
    return {
      ok: false,
      code: 'VERIFY_IMAGE_DIGEST_MISMATCH',
      reason: `the signature is over ${claims.digest}, not this image (${image.digest}): a signature of another image, copied or re-tagged`
    }
  }
  if (repositoryOf(claims.dockerReference) !== image.name) {
    return {
      ok: false,
      code: 'VERIFY_IMAGE_REPOSITORY_MISMATCH',
      reason: `the signature names the image ${claims.dockerReference}, not ${image.name}`
    }
  }
  return undefined
}

/** A `.att` layer: a DSSE envelope, its Rekor entry and certificate from the annotations. */
function checkAttestationLayer(
  bytes: Buffer,
  annotations: Record<string, string>,
  ctx: ImageCheckContext
): ReturnType<ImageCheckContext['checker']['checkEnvelope']> {
  try {
    const envelope = JSON.parse(bytes.toString('utf8')) as unknown
    const entry = tlogEntryOf(annotations, 'a .att layer')
    const certificate = annotations[COSIGN_ANNOTATIONS.certificate]
    const parsed = ctx.checker.parse(
      buildLegacyBundleJson({
        ...(certificate ? { certificatePem: certificate } : {}),
        ...(entry ? { tlogEntry: entry } : {}),
        content: { kind: 'dsse', envelope }
      })
    )
    if (!parsed.ok) return { result: parsed }
    return ctx.checker.checkEnvelope(parsed.bundle)
  } catch (error) {
    return { result: unreadable(error) }
  }
}
