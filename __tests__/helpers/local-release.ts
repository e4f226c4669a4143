/**
 * Signing on the embedded local stack as the sign and provenance features
 * do, with @sigstore/sign: message-signature bundles, DSSE bundles of
 * in-toto statements, and cosign-style .sig/.crt pairs. One certificate
 * and one key serve every signature of a signer (as Provenant's sign does).
 */
import crypto from 'node:crypto'
import type { SerializedBundle } from '@sigstore/bundle'
import { bundleToJSON } from '@sigstore/bundle'
import type { Signature, Signer } from '@sigstore/sign'
import {
  CIContextProvider,
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness
} from '@sigstore/sign'
import type { LocalStack } from '../../src/local/stack.js'

/** An ephemeral P-256 key whose private half the test keeps (for .sig files). */
class KeptKey implements Signer {
  readonly keyPair = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })
  sign(data: Buffer): Promise<Signature> {
    return Promise.resolve({
      signature: crypto.sign('sha256', data, this.keyPair.privateKey),
      key: {
        $case: 'publicKey',
        publicKey: this.keyPair.publicKey
          .export({ format: 'pem', type: 'spki' })
          .toString()
      }
    })
  }
}

/** Asks Fulcio once, then signs everything with the same key and certificate. */
class OneCertificateSigner implements Signer {
  private certificate: Promise<string> | undefined
  constructor(
    private readonly fulcio: FulcioSigner,
    readonly key: KeptKey
  ) {}
  async sign(data: Buffer): Promise<Signature> {
    this.certificate ??= this.fulcio.sign(Buffer.from('warm-up')).then((s) => {
      if (s.key.$case !== 'x509Certificate') throw new Error('no certificate')
      return s.key.certificate
    })
    const certificate = await this.certificate
    const { signature } = await this.key.sign(data)
    return { signature, key: { $case: 'x509Certificate', certificate } }
  }
  pemCertificate(): Promise<string> {
    return (
      this.certificate ??
      this.sign(Buffer.alloc(0)).then(() => this.certificate!)
    )
  }
}

export interface ReleaseSigner {
  /** The SAN of the certificate (https://github.com/<job_workflow_ref>). */
  identity: string
  issuer: string
  /**
   * A message-signature bundle for `data`; with `signedBytes`, the key
   * signs those instead (a logged, timestamped signature that is not over
   * the file).
   */
  message(data: Buffer, signedBytes?: Buffer): Promise<SerializedBundle>
  attest(statement: object): Promise<SerializedBundle>
  /** A cosign-style pair: base64 DER signature and PEM certificate. */
  legacy(data: Buffer): Promise<{ sig: string; crt: string }>
}

/**
 * A signer on `stack` whose identity token comes from the stack's OIDC
 * issuer with `claims` (e.g. another repository or workflow).
 */
export function createReleaseSigner(
  stack: LocalStack,
  claims: Record<string, string> = {},
  { tlog = true }: { tlog?: boolean } = {}
): ReleaseSigner {
  const identityProvider = Object.keys(claims).length
    ? { getToken: () => stack.oidc.mintToken('sigstore', claims) }
    : new CIContextProvider('sigstore')
  const key = new KeptKey()
  const signer = new OneCertificateSigner(
    new FulcioSigner({
      fulcioBaseURL: stack.fulcioUrl,
      identityProvider,
      keyHolder: key
    }),
    key
  )
  // Without tlog: as GitHub's private instance signs (Fulcio and a TSA).
  const witnesses = [
    ...(tlog
      ? [
          new RekorWitness({
            rekorBaseURL: stack.rekorUrl,
            fetchOnConflict: true
          })
        ]
      : []),
    new TSAWitness({ tsaBaseURL: stack.tsaUrl })
  ]
  const jobWorkflowRef =
    claims.job_workflow_ref ?? stack.oidc.claims.job_workflow_ref
  return {
    identity: `https://github.com/${jobWorkflowRef}`,
    issuer: stack.oidc.url,
    message: async (data, signedBytes) =>
      bundleToJSON(
        await new MessageSignatureBundleBuilder({
          signer: signedBytes
            ? { sign: () => signer.sign(signedBytes) }
            : signer,
          witnesses
        }).create({ data })
      ),
    attest: async (statement) =>
      bundleToJSON(
        await new DSSEBundleBuilder({ signer, witnesses }).create({
          data: Buffer.from(JSON.stringify(statement)),
          type: 'application/vnd.in-toto+json'
        })
      ),
    legacy: async (data) => ({
      sig: crypto
        .sign('sha256', data, key.keyPair.privateKey)
        .toString('base64'),
      crt: await signer.pemCertificate()
    })
  }
}
