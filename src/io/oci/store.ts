/**
 * A signature or an attestation of an image, stored where verifiers look
 * (`oci-format`): cosign's tag layout (`legacy`: `.sig` simple-signing
 * layers, `.att` DSSE layers, the certificate and the Rekor entry in
 * annotations), the Sigstore bundle as an OCI 1.1 referrer (`bundle`), or
 * both.
 */
import type { Bundle, SerializedBundle } from '@sigstore/bundle'
import { bundleToJSON } from '@sigstore/bundle'
import {
  BUNDLE_ANNOTATIONS,
  BUNDLE_ARTIFACT_TYPE
} from '../../lib/oci/artifact.js'
import type { TlogEntryJson } from '../../lib/oci/cosign.js'
import {
  COSIGN_ANNOTATIONS,
  DSSE_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  toCosignBundleAnnotation
} from '../../lib/oci/cosign.js'
import type { OciFormat } from '../../lib/oci/format.js'
import { attachCosignLayer, attachReferrer } from './attach.js'
import type { ResolvedImage } from './registries.js'

export interface StoredImageEvidence {
  /** cosign's tag, when written. */
  tag?: string
  /** The referrer manifest's digest, when written. */
  referrer?: string
}

/** cosign's annotations for a bundle's verification material: certificate and Rekor entry. */
function materialAnnotations(json: SerializedBundle): Record<string, string> {
  const material = json.verificationMaterial
  const annotations: Record<string, string> = {}
  const der =
    material.certificate?.rawBytes ??
    material.x509CertificateChain?.certificates[0]?.rawBytes
  if (der) annotations[COSIGN_ANNOTATIONS.certificate] = toPem(der)
  const entry = material.tlogEntries[0] as TlogEntryJson | undefined
  const cosignBundle = entry && toCosignBundleAnnotation(entry)
  if (cosignBundle) annotations[COSIGN_ANNOTATIONS.bundle] = cosignBundle
  return annotations
}

function toPem(base64Der: string): string {
  const lines = base64Der.match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}

/** A message-signature bundle over the image's simple-signing payload, as a `.sig` layer. */
export async function storeSimpleSignature(
  image: ResolvedImage,
  payload: Buffer,
  bundle: Bundle
): Promise<string> {
  if (bundle.content.$case !== 'messageSignature')
    throw new Error('a simple signature is a message signature')
  const signature = bundle.content.messageSignature.signature
  return attachCosignLayer(
    image.client,
    image.reference.repository,
    image.digest,
    'sig',
    {
      mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
      bytes: payload,
      annotations: {
        [COSIGN_ANNOTATIONS.signature]:
          Buffer.from(signature).toString('base64'),
        ...materialAnnotations(bundleToJSON(bundle))
      }
    }
  )
}

/** A DSSE bundle about the image: a `.att` layer and/or a referrer, as `format` says. */
export async function storeDsseBundle(
  image: ResolvedImage,
  json: SerializedBundle,
  predicateType: string,
  format: OciFormat,
  now: Date
): Promise<StoredImageEvidence> {
  if (!json.dsseEnvelope) throw new Error('an attestation is a DSSE envelope')
  const stored: StoredImageEvidence = {}
  if (format !== 'bundle' && predicateType !== SIGN_PREDICATE_TYPE) {
    stored.tag = await attachCosignLayer(
      image.client,
      image.reference.repository,
      image.digest,
      'att',
      {
        mediaType: DSSE_MEDIA_TYPE,
        bytes: Buffer.from(JSON.stringify(json.dsseEnvelope)),
        annotations: {
          [COSIGN_ANNOTATIONS.signature]: '',
          [COSIGN_ANNOTATIONS.predicateType]: predicateType,
          ...materialAnnotations(json)
        }
      }
    )
  }
  if (format !== 'legacy') {
    stored.referrer = await attachReferrer(
      image.client,
      image.reference.repository,
      image.descriptor,
      {
        artifactType: BUNDLE_ARTIFACT_TYPE,
        bytes: Buffer.from(JSON.stringify(json)),
        annotations: {
          [BUNDLE_ANNOTATIONS.content]: 'dsse-envelope',
          [BUNDLE_ANNOTATIONS.predicateType]: predicateType,
          [BUNDLE_ANNOTATIONS.created]: now.toISOString()
        }
      }
    )
  }
  return stored
}

/** cosign v3's predicate for an image signature carried in a bundle. */
export const SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1'
