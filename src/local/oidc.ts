/**
 * The embedded OIDC issuer that stands in for GitHub Actions' token service:
 * OpenID discovery, a JWKS, and the runner's token endpoint (the protocol
 * `@actions/core` getIDToken speaks), minting RS256 JWTs with every claim a
 * GitHub Actions token carries.
 */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import {
  SignJWT,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  type JSONWebKeySet
} from 'jose'
import {
  LocalServer,
  type LocalRequest,
  type LocalResponse
} from './http-server.js'
import {
  CLAIMS_SUPPORTED,
  DEFAULT_GITHUB_CLAIMS,
  buildTokenPayload,
  claimsFromEnv,
  defaultAudience,
  type GitHubClaims
} from './oidc-claims.js'

export {
  DEFAULT_GITHUB_CLAIMS,
  buildSubject,
  buildTokenPayload,
  claimsFromEnv,
  defaultAudience,
  type GitHubClaims
} from './oidc-claims.js'

export const DEFAULT_TOKEN_LIFETIME_SECONDS = 300
const SIGNING_ALG = 'RS256'

export interface OidcIssuerOptions {
  /** Claims that win over the environment and the defaults. */
  claims?: Partial<GitHubClaims>
  /** The runner environment (GITHUB_*) to take claims from; none by default. */
  env?: Readonly<Record<string, string | undefined>>
  now?: () => Date
  tokenLifetimeSeconds?: number
}

export interface OidcIssuer {
  /** The issuer URL, no trailing slash; every token's `iss`. */
  readonly url: string
  readonly server: LocalServer
  /** For ACTIONS_ID_TOKEN_REQUEST_URL: already has a `?`, as the runner's does. */
  readonly requestUrl: string
  /** For ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer secret /token requires. */
  readonly requestToken: string
  readonly claims: Readonly<GitHubClaims>
  readonly jwks: JSONWebKeySet
  mintToken(
    audience: string,
    overrides?: Partial<GitHubClaims>
  ): Promise<string>
  /**
   * A request token of its own for one job, whose tokens carry these
   * claims (repository, job_workflow_ref, ...); revoked when the job ends.
   */
  grant(overrides: Partial<GitHubClaims>): OidcGrant
  close(): Promise<void>
}

export interface OidcGrant {
  /** For ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly requestToken: string
  revoke(): void
}

export async function startOidcIssuer(
  options: OidcIssuerOptions = {}
): Promise<OidcIssuer> {
  const now = options.now ?? (() => new Date())
  const lifetimeSeconds =
    options.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS
  const claims: Readonly<GitHubClaims> = Object.freeze({
    ...claimsFromEnv(options.env ?? {}, DEFAULT_GITHUB_CLAIMS),
    ...options.claims
  })
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG)
  const publicJwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(publicJwk)
  const jwks: JSONWebKeySet = {
    keys: [{ ...publicJwk, kid, alg: SIGNING_ALG, use: 'sig' }]
  }
  const requestToken = randomBytes(32).toString('base64url')

  const grants = new Map<string, Partial<GitHubClaims>>()
  const server = new LocalServer('oidc')
  const url = await server.listen()

  const mintToken = async (
    audience: string,
    overrides: Partial<GitHubClaims> = {}
  ): Promise<string> => {
    const payload = buildTokenPayload(
      { ...claims, ...overrides },
      {
        issuer: url,
        audience,
        issuedAt: now(),
        lifetimeSeconds,
        jti: randomUUID()
      }
    )
    return new SignJWT(payload)
      .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: 'JWT' })
      .sign(privateKey)
  }

  server
    .route('GET', '/.well-known/openid-configuration', () => ({
      status: 200,
      body: discoveryDocument(url)
    }))
    .route('GET', '/.well-known/jwks', () => ({ status: 200, body: jwks }))
    .route('GET', '/token', async (req) => {
      const overrides = hasBearer(req, requestToken)
        ? {}
        : [...grants.entries()].find(([secret]) => hasBearer(req, secret))?.[1]
      if (!overrides) return unauthorized()
      const merged = { ...claims, ...overrides }
      const audience = req.query.get('audience') || defaultAudience(merged)
      return {
        status: 200,
        body: { value: await mintToken(audience, overrides) }
      }
    })

  return {
    url,
    server,
    requestUrl: `${url}/token?api-version=2.0`,
    requestToken,
    claims,
    jwks,
    mintToken,
    grant: (overrides) => {
      const secret = randomBytes(32).toString('base64url')
      grants.set(secret, overrides)
      return { requestToken: secret, revoke: () => grants.delete(secret) }
    },
    close: () => server.close()
  }
}

function discoveryDocument(issuer: string): object {
  return {
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks`,
    subject_types_supported: ['public', 'pairwise'],
    response_types_supported: ['id_token'],
    claims_supported: CLAIMS_SUPPORTED,
    id_token_signing_alg_values_supported: [SIGNING_ALG],
    scopes_supported: ['openid']
  }
}

function hasBearer(req: LocalRequest, secret: string): boolean {
  const match = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')
  if (!match) return false
  const given = Buffer.from(match[1]!)
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function unauthorized(): LocalResponse {
  return {
    status: 401,
    body: {
      message:
        'Bad credentials: send `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>`'
    },
    headers: { 'www-authenticate': 'Bearer' }
  }
}
