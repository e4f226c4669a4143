/**
 * Attestations of images: each resolved image is a subject
 * (`<registry>/<repository>` and its manifest digest, as actions/attest
 * names them) and, with push-to-registry, every signed statement naming an
 * image is stored beside it (cosign's `.att` and/or a bundle referrer).
 */
import type { SerializedBundle } from '@sigstore/bundle'
import type { OciFormat } from '../../lib/oci/format.js'
import type { Logger } from '../../lib/ports.js'
import type { Subject } from '../../lib/subject/subject.js'
import type { ResolvedImage } from './registries.js'
import { imageSubject } from './registries.js'
import { storeDsseBundle } from './store.js'

export interface PushedAttestation {
  image: string
  predicateType: string
  tag?: string
  referrer?: string
}

/** The images as statement subjects, leaving out those already given. */
export function imageSubjects(
  images: readonly ResolvedImage[],
  given: readonly Subject[]
): Subject[] {
  return images
    .map(imageSubject)
    .filter(
      (s) =>
        !given.some(
          (g) => g.name === s.name && g.digest.sha256 === s.digest.sha256
        )
    )
}

/** Every signed statement stored beside each image it names, one image at a time per statement. */
export async function pushImageAttestations(
  images: readonly ResolvedImage[],
  signed: readonly {
    statement: { subject: readonly Subject[]; predicateType: string }
    bundle: object
  }[],
  options: { format: OciFormat; now: () => Date; logger: Logger }
): Promise<PushedAttestation[]> {
  const pushed: PushedAttestation[] = []
  for (const image of images) {
    const hex = image.digest.slice('sha256:'.length)
    for (const s of signed) {
      if (!s.statement.subject.some((subject) => subject.digest.sha256 === hex))
        continue
      const stored = await storeDsseBundle(
        image,
        s.bundle as SerializedBundle,
        s.statement.predicateType,
        options.format,
        options.now()
      )
      pushed.push({
        image: `${image.name}@${image.digest}`,
        predicateType: s.statement.predicateType,
        ...stored
      })
      options.logger.info(
        `pushed the ${s.statement.predicateType} attestation of ${image.name}@${image.digest}${stored.tag ? ` to ${stored.tag}` : ''}${stored.referrer ? ` and as referrer ${stored.referrer}` : ''}`
      )
    }
  }
  return pushed
}
