/**
 * The signing core: one key and (keyless) one certificate for a run, used
 * for every file and every DSSE statement signed through the session.
 * sign and provenance both sign through it.
 *
 *   const session = createSigningSession({ credentials, endpoints, retry })
 *   await session.start()                 // token + certificate, fails fast
 *   const file = await session.signFile('dist/app.tgz')   // message signature
 *   const att = await session.signDsse(statement, 'application/vnd.in-toto+json')
 */
import { createHash, type KeyObject } from 'node:crypto'
import type { Bundle } from '@sigstore/bundle'
import type { Signature, Signer, Witness } from '@sigstore/sign'
import { DSSEBundleBuilder } from '@sigstore/sign'
import type { CertificateIdentity } from '../../lib/sign/identity.js'
import { toCertificateIdentity } from '../../lib/sign/identity.js'
import { toMessageBundle, witness } from './bundles.js'
import { CertificateSigner } from './certificate-signer.js'
import type { SigningKey } from './keys.js'
import { createEphemeralKey } from './keys.js'
import type { TokenSource } from './oidc.js'
import { readChunks } from './read-chunks.js'
import type { RetryContext } from '../net/retry.js'
import type { WitnessEndpoints } from './witnesses.js'
import { createWitnesses } from './witnesses.js'

export type Credentials =
  | { kind: 'fulcio'; fulcioUrl: string; tokens: TokenSource }
  | { kind: 'key'; key: SigningKey }

export interface SigningSessionOptions {
  credentials: Credentials
  /** The witnesses (Rekor, TSA); the Fulcio URL is in credentials. */
  endpoints: WitnessEndpoints
  retry: RetryContext
}

export interface SignedArtifact {
  /** SHA-256 of the artifact. */
  digest: Buffer
  size: number
  signature: Signature
  bundle: Bundle
}

export interface SigningSession {
  readonly keyed: boolean
  /** @sigstore/sign's Signer: one certificate per run (keyless), or the key. */
  readonly signer: Signer
  readonly witnesses: readonly Witness[]
  readonly publicKey: KeyObject
  /** Certificates Fulcio issued so far (0 in keyed mode). */
  readonly certificatesIssued: number
  /** Gets the token and certificate now, so a bad token fails before any work. */
  start(): Promise<void>
  /** The certificate's identity and issuer; undefined in keyed mode. */
  identity(): Promise<CertificateIdentity | undefined>
  signFile(path: string): Promise<SignedArtifact>
  signBytes(data: Buffer): Promise<SignedArtifact>
  signDsse(payload: Buffer, payloadType: string): Promise<Bundle>
}

export function createSigningSession(
  options: SigningSessionOptions
): SigningSession {
  const { credentials, retry } = options
  const key =
    credentials.kind === 'key' ? credentials.key : createEphemeralKey()
  const certificates = certificateSignerFor(credentials, key, retry)
  const signer: Signer = certificates ?? {
    sign: (data) => Promise.resolve(signWithKey(key, key.sign(data)))
  }
  const witnesses = createWitnesses(options.endpoints, retry)

  /** Signs with the certificate current now, so the pair always matches. */
  const signDigested = async (
    produce: () => Promise<Buffer>
  ): Promise<Signature> => {
    if (!certificates) return signWithKey(key, await produce())
    const { pem } = await certificates.certificate()
    return {
      signature: await produce(),
      key: { $case: 'x509Certificate', certificate: pem }
    }
  }

  const finish = async (
    digest: Buffer,
    size: number,
    signature: Signature
  ): Promise<SignedArtifact> => {
    const bundle = await witness(
      toMessageBundle(digest, signature),
      signature.key,
      witnesses
    )
    return { digest, size, signature, bundle }
  }

  return {
    keyed: certificates === undefined,
    signer,
    witnesses,
    publicKey: key.publicKey,
    get certificatesIssued() {
      return certificates?.issued ?? 0
    },
    start: async () => {
      await certificates?.certificate()
    },
    identity: async () =>
      certificates
        ? toCertificateIdentity((await certificates.certificate()).pem)
        : undefined,
    signBytes: async (data) => {
      const digest = createHash('sha256').update(data).digest()
      const signature = await signDigested(() =>
        Promise.resolve(key.sign(data))
      )
      return finish(digest, data.length, signature)
    },
    signFile: async (path) => {
      let read: FileSignature | undefined
      const signature = await signDigested(async () => {
        read = await hashAndSign(key, path)
        return read.signature
      })
      return finish(read!.digest, read!.size, signature)
    },
    signDsse: (payload, payloadType) =>
      new DSSEBundleBuilder({ signer, witnesses: [...witnesses] }).create({
        data: payload,
        type: payloadType
      })
  }
}

/** Fulcio's certificates for the key; none in keyed mode. */
function certificateSignerFor(
  credentials: Credentials,
  key: SigningKey,
  retry: RetryContext
): CertificateSigner | undefined {
  return credentials.kind === 'fulcio'
    ? new CertificateSigner({
        fulcioUrl: credentials.fulcioUrl,
        key,
        tokens: credentials.tokens,
        retry
      })
    : undefined
}

interface FileSignature {
  digest: Buffer
  size: number
  signature: Buffer
}

/**
 * The file read once: its SHA-256, its size and the key's signature. ECDSA
 * is fed chunk by chunk, so memory stays flat for any size. Node cannot
 * sign a precomputed digest, so the signer hashes the chunks too: the file
 * is read once and hashed twice. Ed25519 signs the message itself, not a
 * digest: it needs the whole file.
 */
async function hashAndSign(
  key: SigningKey,
  path: string
): Promise<FileSignature> {
  const hash = createHash('sha256')
  let size = 0
  const streaming = key.createStreamingSigner()
  const whole: Buffer[] = []
  for await (const chunk of readChunks(path)) {
    hash.update(chunk)
    size += chunk.length
    if (streaming) streaming.update(chunk)
    else whole.push(chunk)
  }
  const signature = streaming
    ? streaming.sign()
    : key.sign(Buffer.concat(whole))
  return { digest: hash.digest(), size, signature }
}

function signWithKey(key: SigningKey, signature: Buffer): Signature {
  return {
    signature,
    key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint }
  }
}
