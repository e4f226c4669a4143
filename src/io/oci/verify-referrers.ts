/**
 * Sigstore bundles attached to an image as OCI 1.1 referrers (listed by
 * the referrers API, else the referrers tag): each referrer's manifest must
 * name this image as its subject; its bundle is checked as any attestation
 * (cosign v3's signature is a statement of the sign predicate).
 */
import { BUNDLE_ARTIFACT_TYPE } from '../../lib/oci/artifact.js'
import { parseImageDocument } from '../../lib/oci/image.js'
import type { ArtifactEvidence } from '../../lib/verify/evidence.js'
import { listReferrers } from './attach.js'
import { unreadable } from './verify-cosign.js'
import type { ImageCheckContext, ImageUnderTest } from './verify-image.js'

export async function checkReferrers(
  image: ImageUnderTest,
  ctx: ImageCheckContext,
  evidence: ArtifactEvidence
): Promise<void> {
  const referrers = (
    await listReferrers(image.client, image.repository, image.digest)
  ).filter((d) => d.artifactType === BUNDLE_ARTIFACT_TYPE)
  await Promise.all(
    referrers.map(async (descriptor) => {
      const source = `${image.name}@${descriptor.digest}`
      try {
        const bundle = await readReferredBundle(image, descriptor.digest)
        const parsed = ctx.checker.parse(bundle)
        if (!parsed.ok) {
          evidence.attestations.push({ source, result: parsed })
        } else if (parsed.bundle.content.$case === 'dsseEnvelope') {
          evidence.attestations.push({
            source,
            ...ctx.checker.checkEnvelope(parsed.bundle)
          })
        } else {
          evidence.notes.push(
            `${source}: a message-signature bundle without its payload, not checked`
          )
        }
      } catch (error) {
        evidence.attestations.push({ source, result: unreadable(error) })
      }
    })
  )
}

/** The bundle a referrer carries, once its manifest is shown to refer to this image. */
async function readReferredBundle(
  image: ImageUnderTest,
  digest: string
): Promise<unknown> {
  const fetched = await image.client.getManifest(image.repository, digest)
  const manifest = parseImageDocument(
    fetched.bytes.toString('utf8'),
    `${image.name}@${digest}`
  )
  const subject = manifest.kind === 'manifest' ? manifest.subject : undefined
  if (manifest.kind !== 'manifest' || subject !== image.digest) {
    throw new Error(
      `${image.name}@${digest} is listed as a referrer of ${image.digest} but names ${subject ?? 'no subject'}`
    )
  }
  const layer = manifest.layers.find(
    (l) => l.mediaType === BUNDLE_ARTIFACT_TYPE
  )
  if (!layer) throw new Error(`${image.name}@${digest} holds no bundle layer`)
  const blob = await image.client.getBlob(image.repository, layer.digest)
  return JSON.parse(blob.toString('utf8')) as unknown
}
