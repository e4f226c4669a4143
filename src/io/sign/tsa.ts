/**
 * An RFC 3161 timestamp authority as a witness (Sigstore's timestamp-authority
 * JSON API: `POST /api/v1/timestamp`), over our light HTTP client. The
 * timestamp is over the SHA-256 of the signature, as @sigstore/sign's
 * TSAWitness asks for it.
 */
import crypto from 'node:crypto'
import type {
  SignatureBundle,
  VerificationMaterial,
  Witness
} from '@sigstore/sign'
import { request } from '../net/http.js'

export class TsaWitness implements Witness {
  private readonly url: string

  constructor(
    baseUrl: string,
    private readonly timeoutMs: number
  ) {
    // A signing config names the full endpoint; a bare host gets the API path.
    this.url =
      new URL(baseUrl).pathname === '/'
        ? `${baseUrl.replace(/\/+$/, '')}/api/v1/timestamp`
        : baseUrl
  }

  async testify(content: SignatureBundle): Promise<VerificationMaterial> {
    const signature =
      content.$case === 'dsseEnvelope'
        ? content.dsseEnvelope.signatures[0]!.sig
        : content.messageSignature.signature
    const response = await request(this.url, {
      method: 'POST',
      timeoutMs: this.timeoutMs,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        artifactHash: crypto
          .createHash('sha256')
          .update(signature)
          .digest('base64'),
        hashAlgorithm: 'sha256'
      })
    })
    return { rfc3161Timestamps: [{ signedTimestamp: response.body }] }
  }
}
