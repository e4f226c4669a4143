import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { fetchVerifiedClaims } from '../../../src/io/provenance/claims.js'
import {
  createRunnerTokenSource,
  createStaticTokenSource
} from '../../../src/io/sign/oidc.js'
import { InputError, VerificationError } from '../../../src/lib/errors.js'
import type { OidcIssuer } from '../../../src/local/oidc.js'
import { startOidcIssuer } from '../../../src/local/oidc.js'
import { fastRetry } from '../../helpers/retry-context.js'

describe('fetchVerifiedClaims', () => {
  let issuer: OidcIssuer
  let other: OidcIssuer

  beforeAll(async () => {
    issuer = await startOidcIssuer()
    other = await startOidcIssuer()
  })
  afterAll(async () => {
    await Promise.all([issuer.close(), other.close()])
  })

  const fetchFrom = (token: string, expected = issuer.url) =>
    fetchVerifiedClaims({
      tokens: createStaticTokenSource(token),
      issuer: expected,
      audience: 'sigstore',
      retry: fastRetry()
    })

  it('returns the claims of a token that verifies against the issuer’s JWKS', async () => {
    const claims = await fetchFrom(await issuer.mintToken('sigstore'))
    expect(claims).toMatchObject({
      iss: issuer.url,
      repository: issuer.claims.repository,
      job_workflow_ref: issuer.claims.job_workflow_ref,
      run_attempt: issuer.claims.run_attempt
    })
  })

  it('gets the token through the runner’s token service, as the signing core does', async () => {
    const seen: string[] = []
    const claims = await fetchVerifiedClaims({
      tokens: createRunnerTokenSource({
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken
        },
        retry: fastRetry(),
        onToken: (t) => seen.push(t)
      }),
      issuer: issuer.url,
      audience: 'sigstore',
      retry: fastRetry()
    })
    expect(claims.sha).toBe(issuer.claims.sha)
    expect(seen).toHaveLength(1)
  })

  it.each([
    [
      'a token signed by another issuer',
      async () => other.mintToken('sigstore'),
      VerificationError,
      'PROVENANCE_TOKEN_UNVERIFIED'
    ],
    [
      'a tampered token',
      async () => tamper(await issuer.mintToken('sigstore')),
      VerificationError,
      'PROVENANCE_TOKEN_UNVERIFIED'
    ],
    [
      'another audience',
      async () => issuer.mintToken('nobody'),
      InputError,
      'PROVENANCE_TOKEN_AUDIENCE'
    ],
    [
      'a token without job_workflow_ref',
      async () => issuer.mintToken('sigstore', { job_workflow_ref: '' }),
      InputError,
      'PROVENANCE_CLAIMS_MISSING'
    ]
  ])('refuses %s', async (_, mint, kind, code) => {
    const token = await mint()
    const error = await fetchFrom(token).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(kind)
    expect(error).toMatchObject({ code })
  })

  it('refuses a token that expired by the clock it is given', async () => {
    const retry = fastRetry()
    retry.env.now = () => new Date(Date.now() + 3600_000)
    const error = await fetchVerifiedClaims({
      tokens: createStaticTokenSource(await issuer.mintToken('sigstore')),
      issuer: issuer.url,
      audience: 'sigstore',
      retry
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect(error).toMatchObject({ code: 'PROVENANCE_TOKEN_EXPIRED' })
  })

  it('refuses a token from an issuer other than the expected one', async () => {
    const token = await issuer.mintToken('sigstore')
    const error = await fetchFrom(token, other.url).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VerificationError)
  })

  it('retries the discovery document on 503', async () => {
    issuer.server.faults.inject({
      route: '/.well-known/openid-configuration',
      kind: 'status',
      status: 503,
      times: 2
    })
    await expect(
      fetchFrom(await issuer.mintToken('sigstore'))
    ).resolves.toMatchObject({ iss: issuer.url })
    expect(issuer.server.faults.pending).toBe(0)
  })
})

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.')
  const claims = JSON.parse(
    Buffer.from(payload!, 'base64url').toString()
  ) as Record<string, unknown>
  claims.repository = 'evil/repo'
  return [
    header,
    Buffer.from(JSON.stringify(claims)).toString('base64url'),
    signature
  ].join('.')
}
