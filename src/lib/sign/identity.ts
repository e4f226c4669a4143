/**
 * Who signed: the identity and issuer a Fulcio certificate binds, and the
 * few claims of an identity token read without checking it (Fulcio checks
 * it). Nothing here ever puts a token's text into a message.
 */
import { X509Certificate } from '@sigstore/core'
import { InputError } from '../errors.js'

const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1'
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8'

export interface CertificateIdentity {
  /** The SAN: a workflow URL for GitHub Actions, an email for people. */
  identity: string
  issuer: string
  /**
   * owner/name of the repository the signing run belonged to, from a
   * GitHub Actions certificate (its source repository); undefined otherwise.
   */
  repository?: string
}

const OID_GITHUB_WORKFLOW_REPOSITORY = '1.3.6.1.4.1.57264.1.5'

/** `certificate`: PEM. */
export function toCertificateIdentity(
  certificate: string
): CertificateIdentity {
  const cert = X509Certificate.parse(certificate)
  const v2 = cert.extension(OID_FULCIO_ISSUER_V2)
  const issuer = v2
    ? v2.valueObj.subs[0]?.value.toString('ascii')
    : cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii')
  const repository = cert
    .extension(OID_GITHUB_WORKFLOW_REPOSITORY)
    ?.value.toString('ascii')
  return {
    identity: cert.subjectAltName ?? '',
    issuer: issuer ?? '',
    ...(repository && /^[\w.-]+\/[\w.-]+$/.test(repository)
      ? { repository }
      : {})
  }
}

export interface TokenClaims {
  issuer: string
  /** What Fulcio's challenge signs: the email when there is one, else sub. */
  subject: string
  expiresAt: Date | undefined
}

export function readTokenClaims(token: string, inputName: string): TokenClaims {
  let payload: Record<string, unknown>
  try {
    const part = token.split('.')[1] ?? ''
    payload = JSON.parse(
      Buffer.from(part, 'base64url').toString('utf8')
    ) as Record<string, unknown>
  } catch {
    throw unreadable(inputName, 'its payload is not base64url JSON')
  }
  const issuer = typeof payload.iss === 'string' ? payload.iss : undefined
  const subject =
    typeof payload.email === 'string'
      ? payload.email
      : typeof payload.sub === 'string'
        ? payload.sub
        : undefined
  if (!issuer || !subject) {
    throw unreadable(inputName, 'it has no "iss" and "sub" (or "email") claims')
  }
  if (typeof payload.email === 'string' && payload.email_verified !== true) {
    throw unreadable(inputName, 'its "email" claim is not verified')
  }
  return {
    issuer,
    subject,
    expiresAt:
      typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : undefined
  }
}

function unreadable(inputName: string, why: string): InputError {
  return new InputError(
    'SIGN_TOKEN_UNREADABLE',
    `the identity token from ${inputName} cannot be used: ${why}`
  )
}
