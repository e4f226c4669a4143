/**
 * Fetching the claims provenance is built from: the OIDC token (through the
 * signing core's token source: the runner's, or the one given as
 * "identity-token"), verified against the expected issuer's keys (OpenID
 * discovery -> jwks_uri -> JWKS) with its audience and lifetime checked.
 * Turning the claims into a predicate is lib/provenance/slsa.ts's job.
 */
import { createLocalJWKSet, errors as joseErrors, jwtVerify } from 'jose'
import type { JSONWebKeySet, JWTPayload } from 'jose'
import {
  InputError,
  ServiceError,
  VerificationError
} from '../../lib/errors.js'
import type { ProvenanceClaims } from '../../lib/provenance/claims.js'
import { toProvenanceClaims } from '../../lib/provenance/claims.js'
import type { TokenSource } from '../sign/oidc.js'
import type { RetryContext } from '../net/retry.js'
import { withRetry } from '../net/retry.js'
import { request } from '../net/http.js'

/** Leeway for clocks that disagree a little between runner and issuer. */
export const CLOCK_TOLERANCE_SECONDS = 60

export interface FetchClaimsOptions {
  tokens: TokenSource
  /** The issuer tokens must come from (lib/provenance/claims.ts expectedIssuer). */
  issuer: string
  audience: string
  retry: RetryContext
}

export async function fetchVerifiedClaims(
  options: FetchClaimsOptions
): Promise<ProvenanceClaims> {
  const token = await options.tokens.getToken()
  const payload = await verifyIdToken(token, options)
  return toProvenanceClaims(payload)
}

export async function verifyIdToken(
  token: string,
  options: Omit<FetchClaimsOptions, 'tokens'>
): Promise<JWTPayload> {
  const { issuer, audience, retry } = options
  const discovery = await getJson(
    `${issuer}/.well-known/openid-configuration`,
    retry
  )
  const jwksUri = (discovery as { jwks_uri?: unknown }).jwks_uri
  if (typeof jwksUri !== 'string' || !sameTrustLevel(jwksUri, issuer)) {
    throw new ServiceError(
      'oidc',
      `the OpenID configuration of ${issuer} names no usable jwks_uri`
    )
  }
  const jwks = createLocalJWKSet(
    (await getJson(jwksUri, retry)) as JSONWebKeySet
  )
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer,
      audience,
      currentDate: retry.env.now(),
      clockTolerance: CLOCK_TOLERANCE_SECONDS
    })
    return payload
  } catch (error) {
    throw toTokenError(error, issuer, audience)
  }
}

function toTokenError(error: unknown, issuer: string, audience: string) {
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') {
      return new InputError(
        'PROVENANCE_TOKEN_ISSUER',
        `the OIDC token was not issued by ${issuer}: set "oidc-issuer" to the issuer of your tokens (GitHub Enterprise Server: https://<host>/_services/token)`,
        { cause: error }
      )
    }
    if (error.claim === 'aud') {
      return new InputError(
        'PROVENANCE_TOKEN_AUDIENCE',
        `the OIDC token's audience is not "${audience}": request it with that audience`,
        { cause: error }
      )
    }
  }
  if (error instanceof joseErrors.JWTExpired) {
    return new InputError(
      'PROVENANCE_TOKEN_EXPIRED',
      'the OIDC token has expired: tokens live minutes, so fetch it in the same job',
      { cause: error }
    )
  }
  return new VerificationError(
    'PROVENANCE_TOKEN_UNVERIFIED',
    `the OIDC token does not verify against the keys of ${issuer}: ${error instanceof Error ? error.message : String(error)}`,
    { cause: error }
  )
}

async function getJson(url: string, retry: RetryContext): Promise<unknown> {
  return withRetry('oidc', url, retry, async ({ timeoutMs }) => {
    const response = await request(url, {
      method: 'GET',
      headers: { accept: 'application/json' },
      timeoutMs
    })
    try {
      return JSON.parse(response.body.toString('utf8')) as unknown
    } catch (error) {
      throw new ServiceError('oidc', `${url} did not answer JSON`, {
        cause: error
      })
    }
  })
}

/** The JWKS must be https, or plain http only when the issuer itself is. */
function sameTrustLevel(jwksUri: string, issuer: string): boolean {
  try {
    const protocol = new URL(jwksUri).protocol
    return protocol === 'https:' || protocol === new URL(issuer).protocol
  } catch {
    return false
  }
}
