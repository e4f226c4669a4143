/**
 * The commands a consumer runs to verify a signed image: Provenant's
 * (`verify oci://…`, both layouts) and cosign's (`cosign verify`, which
 * reads the `.sig` tag; v3 with --new-bundle-format reads the referrer).
 */
import type { SigstoreChoice } from '../sign/instance.js'
import type { VerifySubject } from '../sign/verify-commands.js'
import {
  provenantCommandPrefix,
  toCommand,
  toSubjectFlags
} from '../sign/verify-commands.js'

export interface ImageVerifyCommandInput {
  /** registry/repository@sha256:<hex> */
  reference: string
  subject: VerifySubject
  instance: SigstoreChoice
  trustedRoot?: string
  /** owner/name of the signing run's repository (GitHub workflow identities). */
  repository?: string
}

export function buildImageVerifyCommands(
  input: ImageVerifyCommandInput
): string[] {
  const subjectFlags = toSubjectFlags(input.subject)
  const trustFlags = input.trustedRoot
    ? ['--trusted-root', input.trustedRoot]
    : []
  const staging = input.instance === 'staging' ? ['--staging'] : []
  const repo = input.repository ? ['--repo', input.repository] : []
  return [
    toCommand([
      ...provenantCommandPrefix(),
      'verify',
      `oci://${input.reference}`,
      ...staging,
      ...subjectFlags,
      ...(input.subject.kind === 'certificate' ? repo : []),
      ...trustFlags
    ]),
    toCommand([
      'cosign',
      'verify',
      ...subjectFlags,
      ...(input.subject.kind === 'certificate' && input.repository
        ? ['--certificate-github-workflow-repository', input.repository]
        : []),
      ...trustFlags,
      ...(input.instance === 'github' ? ['--use-signed-timestamps'] : []),
      input.reference
    ])
  ]
}
