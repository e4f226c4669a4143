/**
 * What an image carries, checked: the tag resolved (and held to a digest
 * given with it), cosign's `.sig` layers (simple-signing payloads: the
 * signature over the payload, then the payload naming this digest and
 * this repository), `.att` layers (DSSE envelopes) and Sigstore bundle
 * referrers (API or referrers tag). Everything found becomes evidence for
 * the same evaluation files go through, so every policy flag applies.
 */
import type {
  ArtifactEvidence,
  ArtifactSubject
} from '../../lib/verify/evidence.js'
import { emptyEvidence } from '../../lib/verify/evidence.js'
import { parseImageReference } from '../../lib/oci/reference.js'
import type { BundleChecker } from '../verify/sigstore.js'
import type { GatheredTrust } from '../verify/trust.js'
import type { RegistryClient } from './client.js'
import type { RegistryClients } from './registries.js'
import { checkCosignLayers } from './verify-cosign.js'
import { checkReferrers } from './verify-referrers.js'

export interface ImageCheckContext {
  clients: RegistryClients
  checker: BundleChecker
  trust: GatheredTrust
}

/** The image as the evaluation sees it: registry/repository and the manifest digest. */
export interface ImageUnderTest {
  client: RegistryClient
  repository: string
  /** registry/repository */
  name: string
  digest: string
}

export async function collectImageEvidence(
  label: string,
  ctx: ImageCheckContext
): Promise<{ subject: ArtifactSubject; evidence: ArtifactEvidence }> {
  const reference = parseImageReference(label)
  const client = await ctx.clients(reference.registry)
  const evidence = emptyEvidence()
  const fetched = await client.getManifest(
    reference.repository,
    reference.tag ?? reference.digest!
  )
  const digest = reference.digest ?? fetched.digest
  if (reference.digest && reference.tag && fetched.digest !== digest) {
    evidence.signatures.push({
      source: `${reference.registry}/${reference.repository}:${reference.tag}`,
      form: 'bundle',
      result: {
        ok: false,
        code: 'VERIFY_IMAGE_TAG_MOVED',
        reason: `the tag ${reference.tag} points to ${fetched.digest}, not ${digest}: the image was re-tagged since`
      }
    })
  }
  const image: ImageUnderTest = {
    client,
    repository: reference.repository,
    name: `${reference.registry}/${reference.repository}`,
    digest
  }
  await checkCosignLayers(image, ctx, evidence)
  await checkReferrers(image, ctx, evidence)
  return {
    subject: {
      name: image.name,
      label,
      digests: { sha256: digest.slice('sha256:'.length) }
    },
    evidence
  }
}
