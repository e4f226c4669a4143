/**
 * Fulcio's `POST /api/v2/signingCert` through the network kernel: the
 * identity token and our public key, with the proof of possession (the
 * token's subject signed by the key) that Fulcio checks. The token travels
 * in the body only and is masked in any error.
 */
import { ServiceError } from '../../lib/errors.js'
import { requestJson } from '../net/http.js'
import type { SigningKey } from './keys.js'

interface SigningCertificateAnswer {
  signedCertificateEmbeddedSct?: { chain?: { certificates?: string[] } }
  signedCertificateDetachedSct?: { chain?: { certificates?: string[] } }
}

/** One attempt: the leaf certificate (PEM) Fulcio issues for `key`. */
export async function requestSigningCertificate(options: {
  fulcioUrl: string
  token: string
  /** What the proof of possession signs: the token's email, else its sub. */
  subject: string
  key: SigningKey
  timeoutMs: number
}): Promise<string> {
  const { fulcioUrl, token, key } = options
  const answer = await requestJson<SigningCertificateAnswer>(
    `${fulcioUrl.replace(/\/+$/, '')}/api/v2/signingCert`,
    {
      method: 'POST',
      body: JSON.stringify({
        credentials: { oidcIdentityToken: token },
        publicKeyRequest: {
          publicKey: { algorithm: 'ECDSA', content: key.publicKeyPem },
          proofOfPossession: key
            .sign(Buffer.from(options.subject))
            .toString('base64')
        }
      }),
      timeoutMs: options.timeoutMs,
      secrets: [token]
    }
  )
  const signed =
    answer.signedCertificateEmbeddedSct ?? answer.signedCertificateDetachedSct
  const leaf = signed?.chain?.certificates?.[0]
  if (typeof leaf !== 'string') {
    throw new ServiceError('fulcio', 'Fulcio returned no certificate')
  }
  return leaf
}
