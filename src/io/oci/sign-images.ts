/**
 * Images signed through the run's signing session (the same key and
 * certificate as the files): per image, cosign's simple-signing payload
 * signed and stored in `sha256-<hex>.sig` (legacy), and/or an in-toto
 * statement of cosign's sign predicate as a Sigstore bundle referrer
 * (bundle), as cosign v3 does.
 */
import { bundleToJSON } from '@sigstore/bundle'
import { mapWithConcurrency } from '../../lib/sign/concurrency.js'
import { buildSimpleSigningPayload } from '../../lib/oci/cosign.js'
import type { OciFormat } from '../../lib/oci/format.js'
import type { Logger } from '../../lib/ports.js'
import {
  buildStatement,
  toStatementPayload
} from '../../lib/intoto/statement.js'
import { IN_TOTO_PAYLOAD_TYPE } from '../../lib/verify/statement.js'
import type { CertificateIdentity } from '../../lib/sign/identity.js'
import type { SigstoreChoice } from '../../lib/sign/instance.js'
import { buildImageVerifyCommands } from '../../lib/oci/verify-commands.js'
import type { SigningSession } from '../sign/session.js'
import { PUBLIC_KEY_PLACEHOLDER } from '../sign/signed-file.js'
import type { ResolvedImage } from './registries.js'
import { imageSubject } from './registries.js'
import {
  SIGN_PREDICATE_TYPE,
  storeDsseBundle,
  storeSimpleSignature
} from './store.js'

export interface SignedImage {
  /** As the user wrote it. */
  image: string
  /** registry/repository@sha256:<hex>: what was signed. */
  reference: string
  digest: string
  /** cosign's `.sig` tag, when written. */
  signatureTag?: string
  /** The bundle referrer's manifest digest, when written. */
  referrer?: string
  logIndex?: string
  /** provenant and cosign commands that verify it. */
  verifyCommands: string[]
}

export interface SignImagesOptions {
  session: SigningSession
  /** Who the certificate names (undefined when keyed). */
  who: CertificateIdentity | undefined
  instance: SigstoreChoice
  trustedRoot: string | undefined
  format: OciFormat
  concurrency: number
  logger: Logger
  now: () => Date
}

export async function signImages(
  images: readonly ResolvedImage[],
  options: SignImagesOptions
): Promise<SignedImage[]> {
  const { session, format, logger } = options
  return mapWithConcurrency(images, options.concurrency, async (image) => {
    const reference = `${image.name}@${image.digest}`
    const who = options.who
    const signed: SignedImage = {
      image: image.label,
      reference,
      digest: image.digest,
      verifyCommands: buildImageVerifyCommands({
        reference,
        subject: who
          ? { kind: 'certificate', ...who }
          : { kind: 'key', publicKeyPath: PUBLIC_KEY_PLACEHOLDER },
        instance: options.instance,
        ...(who?.repository ? { repository: who.repository } : {}),
        ...(options.trustedRoot ? { trustedRoot: options.trustedRoot } : {})
      })
    }
    if (format !== 'bundle') {
      const payload = buildSimpleSigningPayload(image.name, image.digest)
      const artifact = await session.signBytes(payload)
      signed.signatureTag = await storeSimpleSignature(
        image,
        payload,
        artifact.bundle
      )
      const entry = artifact.bundle.verificationMaterial.tlogEntries[0]
      if (entry) signed.logIndex = entry.logIndex
    }
    if (format !== 'legacy') {
      const statement = signStatement(image)
      const bundle = await session.signDsse(statement, IN_TOTO_PAYLOAD_TYPE)
      const stored = await storeDsseBundle(
        image,
        bundleToJSON(bundle),
        SIGN_PREDICATE_TYPE,
        'bundle',
        options.now()
      )
      if (stored.referrer) signed.referrer = stored.referrer
      signed.logIndex ??= bundle.verificationMaterial.tlogEntries[0]?.logIndex
    }
    logger.info(
      `signed ${reference}${signed.signatureTag ? ` (${signed.signatureTag})` : ''}${signed.referrer ? ` (referrer ${signed.referrer})` : ''}`
    )
    return signed
  })
}

/** The in-toto statement cosign v3 signs for an image: its sign predicate, empty. */
function signStatement(image: ResolvedImage): Buffer {
  return toStatementPayload(
    buildStatement([imageSubject(image)], SIGN_PREDICATE_TYPE, {})
  )
}
