/**
 * One ephemeral key and one Fulcio certificate for a whole run: Fulcio is
 * asked once (through the network kernel, ./fulcio.ts), then every
 * signature is made locally with the same key.
 * The certificate is renewed before its ~10 minutes run out, early enough
 * that a witness call retried for its whole budget still lands inside it.
 */
import crypto from 'node:crypto'
import type { Signature, Signer } from '@sigstore/sign'
import { ServiceError } from '../../lib/errors.js'
import { readTokenClaims } from '../../lib/sign/identity.js'
import { requestSigningCertificate } from './fulcio.js'
import type { SigningKey } from './keys.js'
import type { TokenSource } from './oidc.js'
import type { RetryContext } from '../net/retry.js'
import { withRetry } from '../net/retry.js'

export interface IssuedCertificate {
  pem: string
  notBefore: Date
  notAfter: Date
}

/** Slack on top of the retry budget when deciding to renew. */
const RENEW_SLACK_MS = 30_000

export class CertificateSigner implements Signer {
  /** Certificates Fulcio issued to this signer (tests and the bench count them). */
  issued = 0
  private current: IssuedCertificate | undefined
  private renewing: Promise<IssuedCertificate> | undefined

  constructor(
    private readonly options: {
      fulcioUrl: string
      key: SigningKey
      tokens: TokenSource
      retry: RetryContext
    }
  ) {}

  /** The certificate to sign with now; asks Fulcio only when there is none usable. */
  async certificate(): Promise<IssuedCertificate> {
    const current = this.current
    if (current && !this.expiresSoon(current)) return current
    this.renewing ??= this.request().finally(() => {
      this.renewing = undefined
    })
    this.current = await this.renewing
    return this.current
  }

  /** @sigstore/sign's Signer: used by DSSEBundleBuilder and the like. */
  async sign(data: Buffer): Promise<Signature> {
    const { pem } = await this.certificate()
    return {
      signature: this.options.key.sign(data),
      key: { $case: 'x509Certificate', certificate: pem }
    }
  }

  private expiresSoon(cert: IssuedCertificate): boolean {
    const { policy, env } = this.options.retry
    const lifetime = cert.notAfter.getTime() - cert.notBefore.getTime()
    // Half the lifetime at most, so short certificates still serve a while.
    const margin = Math.min(policy.budgetMs + RENEW_SLACK_MS, lifetime / 2)
    return env.now().getTime() >= cert.notAfter.getTime() - margin
  }

  private async request(): Promise<IssuedCertificate> {
    const { fulcioUrl, key, tokens, retry } = this.options
    const token = await tokens.getToken()
    // Reads the claims without ever quoting the token: an InputError when
    // they are unreadable.
    const { subject } = readTokenClaims(token, tokens.origin)
    const pem = await withRetry('fulcio', fulcioUrl, retry, (attempt) =>
      requestSigningCertificate({
        fulcioUrl,
        token,
        subject,
        key,
        timeoutMs: attempt.timeoutMs
      })
    )
    const cert = new crypto.X509Certificate(pem)
    if (!cert.publicKey.equals(key.publicKey)) {
      throw new ServiceError(
        'fulcio',
        `Fulcio (${fulcioUrl}) issued a certificate for another key`
      )
    }
    this.issued += 1
    return {
      pem,
      notBefore: new Date(cert.validFrom),
      notAfter: new Date(cert.validTo)
    }
  }
}
