/**
 * Verification with sigstore-js (@sigstore/verify), given only a
 * trusted_root.json file: the check nobody here wrote.
 */
import { readFile } from 'node:fs/promises'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import type { Signer, VerificationPolicy } from '@sigstore/verify'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'

export async function verifyWithTrustedRootFile(
  trustedRootPath: string,
  bundleJson: unknown,
  data: Buffer | undefined,
  policy: VerificationPolicy
): Promise<Signer> {
  const root = TrustedRoot.fromJSON(
    JSON.parse(await readFile(trustedRootPath, 'utf8'))
  )
  const verifier = new Verifier(toTrustMaterial(root), {
    tlogThreshold: 1,
    ctlogThreshold: 1,
    timestampThreshold: 1
  })
  return verifier.verify(
    toSignedEntity(bundleFromJSON(bundleJson), data),
    policy
  )
}
