/**
 * One signed file -> what is written for it (bundle, and with legacy-sig a
 * cosign-style .sig and .crt) and what is reported about it.
 */
import { X509Certificate } from 'node:crypto'
import path from 'node:path'
import { bundleToJSON } from '@sigstore/bundle'
import type { CertificateIdentity } from '../../lib/sign/identity.js'
import type { SigstoreChoice } from '../../lib/sign/instance.js'
import type { OutputPaths } from '../../lib/sign/paths.js'
import { buildVerifyCommands } from '../../lib/sign/verify-commands.js'
import type { FileToWrite } from '../fs/atomic-write.js'
import type { SignedArtifact } from './session.js'

export interface SignedFile {
  /** Absolute (symlinks resolved). */
  file: string
  /** Relative to the workspace, for logs and summaries. */
  relativePath: string
  sha256: string
  size: number
  bundle: string
  signature: string | undefined
  certificate: string | undefined
  logIndex: string | undefined
  verifyCommands: string[]
}

/** In keyed mode the verify commands name the public key by this file. */
export const PUBLIC_KEY_PLACEHOLDER = 'key.pub'

export function toWrites(
  artifact: SignedArtifact,
  out: OutputPaths
): FileToWrite[] {
  const key = artifact.signature.key
  const writes: FileToWrite[] = [
    { path: out.bundle, content: JSON.stringify(bundleToJSON(artifact.bundle)) }
  ]
  if (out.signature) {
    // As `cosign sign-blob --output-signature`: base64 of the DER signature.
    writes.push({
      path: out.signature,
      content: artifact.signature.signature.toString('base64')
    })
  }
  if (out.certificate && key.$case === 'x509Certificate') {
    // Canonical PEM (64-character lines), as openssl writes it.
    writes.push({
      path: out.certificate,
      content: new X509Certificate(key.certificate).toString()
    })
  }
  return writes
}

export function toSignedFile(
  artifact: SignedArtifact,
  context: {
    file: string
    workspace: string
    out: OutputPaths
    who: CertificateIdentity | undefined
    instance: SigstoreChoice
    trustedRoot: string | undefined
  }
): SignedFile {
  const { file, out, who } = context
  return {
    file,
    relativePath: path.relative(context.workspace, file),
    sha256: artifact.digest.toString('hex'),
    size: artifact.size,
    bundle: out.bundle,
    signature: out.signature,
    certificate: out.certificate,
    logIndex: artifact.bundle.verificationMaterial.tlogEntries[0]?.logIndex,
    verifyCommands: buildVerifyCommands({
      file: path.basename(file),
      bundle: path.basename(out.bundle),
      subject: who
        ? { kind: 'certificate', ...who }
        : { kind: 'key', publicKeyPath: PUBLIC_KEY_PLACEHOLDER },
      instance: context.instance,
      ...(who?.repository ? { repository: who.repository } : {}),
      ...(context.trustedRoot ? { trustedRoot: context.trustedRoot } : {})
    })
  }
}
