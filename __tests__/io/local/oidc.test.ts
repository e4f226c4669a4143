import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { getIDToken } from '@actions/core'
import {
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
  type JWTPayload
} from 'jose'
import { startOidcIssuer, type OidcIssuer } from '../../../src/local/oidc.js'

const REQUEST_ENV = [
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
] as const

/** Points @actions/core at the issuer, as the runner does for a job. */
function useIssuer(issuer: OidcIssuer, token = issuer.requestToken): void {
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = issuer.requestUrl
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = token
}

interface Discovery {
  issuer: string
  jwks_uri: string
  claims_supported: string[]
  [key: string]: unknown
}

async function fetchDiscovery(issuer: OidcIssuer): Promise<Discovery> {
  const res = await fetch(`${issuer.url}/.well-known/openid-configuration`)
  expect(res.status).toBe(200)
  return (await res.json()) as Discovery
}

/** Verifies as a relying party would: discovery, then the JWKS it names. */
async function verify(
  issuer: OidcIssuer,
  token: string,
  audience: string,
  currentDate?: Date
): Promise<JWTPayload> {
  const discovery = await fetchDiscovery(issuer)
  const keys = createRemoteJWKSet(new URL(discovery.jwks_uri))
  const { payload } = await jwtVerify(token, keys, {
    issuer: discovery.issuer,
    audience,
    algorithms: ['RS256'],
    ...(currentDate ? { currentDate } : {})
  })
  return payload
}

async function getToken(
  issuer: OidcIssuer,
  query: string,
  authorization?: string
): Promise<Response> {
  return fetch(`${issuer.requestUrl}${query}`, {
    headers: authorization ? { authorization } : {}
  })
}

/** Saves the request variables; the returned function puts them back. */
function saveRequestEnv(): () => void {
  const saved = REQUEST_ENV.map((name) => [name, process.env[name]] as const)
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

let restoreEnv: () => void
beforeEach(() => {
  restoreEnv = saveRequestEnv()
})
afterEach(() => restoreEnv())

describe('a token from the runner protocol (@actions/core getIDToken)', () => {
  let issuer: OidcIssuer
  let token: string
  let payload: JWTPayload

  beforeAll(async () => {
    issuer = await startOidcIssuer()
    const restore = saveRequestEnv()
    try {
      useIssuer(issuer)
      token = await getIDToken('sigstore')
    } finally {
      restore()
    }
    payload = await verify(issuer, token, 'sigstore')
  })
  afterAll(async () => issuer.close())

  it('was requested with the bearer secret and an audience', () => {
    const [request] = issuer.server.served
    expect(request).toEqual({
      method: 'GET',
      path: '/token',
      status: 200,
      authorization: `Bearer ${issuer.requestToken}`
    })
    expect(issuer.requestUrl).toContain('?')
  })

  it('is RS256 with the kid of the served JWKS', () => {
    const header = decodeProtectedHeader(token)
    expect(header).toEqual({
      alg: 'RS256',
      kid: expect.any(String),
      typ: 'JWT'
    })
    expect(issuer.jwks.keys.map((k) => k.kid)).toEqual([header.kid])
  })

  const SHA = '3f786850e387550fdab836ed7e6dc881de23001b'
  const WORKFLOW_REF =
    'provenant-demo/hello/.github/workflows/release.yml@refs/heads/main'
  it.each<[string, unknown]>([
    ['iss', expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/)],
    ['sub', 'repo:provenant-demo/hello:ref:refs/heads/main'],
    ['aud', 'sigstore'],
    ['exp', expect.any(Number)],
    ['iat', expect.any(Number)],
    ['nbf', expect.any(Number)],
    ['jti', expect.stringMatching(/^[0-9a-f-]{36}$/)],
    ['ref', 'refs/heads/main'],
    ['ref_type', 'branch'],
    ['ref_protected', 'true'],
    ['sha', SHA],
    ['repository', 'provenant-demo/hello'],
    ['repository_id', expect.stringMatching(/^\d+$/)],
    ['repository_owner', 'provenant-demo'],
    ['repository_owner_id', expect.stringMatching(/^\d+$/)],
    ['repository_visibility', 'public'],
    ['actor', expect.any(String)],
    ['actor_id', expect.stringMatching(/^\d+$/)],
    ['workflow', 'release'],
    ['workflow_ref', WORKFLOW_REF],
    ['workflow_sha', SHA],
    ['job_workflow_ref', WORKFLOW_REF],
    ['job_workflow_sha', SHA],
    ['job_workflow_url', `https://github.com/${WORKFLOW_REF}`],
    ['event_name', 'push'],
    ['head_ref', ''],
    ['base_ref', ''],
    ['run_id', expect.stringMatching(/^\d+$/)],
    ['run_number', '1'],
    ['run_attempt', '1'],
    ['runner_environment', 'github-hosted']
  ])('carries %s', (claim, expected) => {
    expect(payload[claim]).toEqual(expected)
  })

  it('leaves out environment and enterprise, and lives 300 seconds', () => {
    expect(payload).not.toHaveProperty('environment')
    expect(payload).not.toHaveProperty('enterprise')
    expect(payload.iat).toBe(payload.nbf)
    expect(payload.exp! - payload.iat!).toBe(300)
  })

  it('names every claim it carries in the discovery document', async () => {
    const discovery = await fetchDiscovery(issuer)
    expect(discovery).toMatchObject({
      issuer: issuer.url,
      jwks_uri: `${issuer.url}/.well-known/jwks`,
      response_types_supported: ['id_token'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid']
    })
    expect(discovery.subject_types_supported).toContain('public')
    for (const claim of Object.keys(payload)) {
      expect(discovery.claims_supported).toContain(claim)
    }
    expect(discovery.claims_supported).toContain('environment')
  })
})

describe('the token endpoint', () => {
  let issuer: OidcIssuer
  afterEach(async () => issuer.close())

  it('defaults the audience to the repository owner URL', async () => {
    issuer = await startOidcIssuer()
    const res = await getToken(issuer, '', `Bearer ${issuer.requestToken}`)
    expect(res.status).toBe(200)
    const { value } = (await res.json()) as { value: string }
    const payload = await verify(
      issuer,
      value,
      'https://github.com/provenant-demo'
    )
    expect(payload.aud).toBe('https://github.com/provenant-demo')
  })

  it.each<[string, string | undefined]>([
    ['a missing bearer', undefined],
    ['a wrong bearer', 'Bearer not-the-secret'],
    ['another scheme', 'Basic dXNlcjpwYXNz']
  ])('answers 401 to %s', async (_, authorization) => {
    issuer = await startOidcIssuer()
    const res = await getToken(issuer, '&audience=sigstore', authorization)
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(await res.json()).toEqual({
      message: expect.stringMatching(/Bearer/)
    })
  })

  it('fails getIDToken with a wrong request token', async () => {
    issuer = await startOidcIssuer()
    useIssuer(issuer, 'not-the-secret')
    await expect(getIDToken('sigstore')).rejects.toThrow(/Error Code : 401/)
  })

  it('takes claims from the environment, then from options', async () => {
    issuer = await startOidcIssuer({
      env: {
        GITHUB_REPOSITORY: 'acme/widget',
        GITHUB_REPOSITORY_ID: '42',
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_SHA: 'b'.repeat(40),
        GITHUB_WORKFLOW_REF:
          'acme/widget/.github/workflows/publish.yml@refs/tags/v1.2.3',
        GITHUB_RUN_ATTEMPT: '3',
        PATH: '/usr/bin'
      },
      claims: { environment: 'production', run_attempt: '4' }
    })
    useIssuer(issuer)
    const payload = await verify(
      issuer,
      await getIDToken('sigstore'),
      'sigstore'
    )
    expect(payload).toMatchObject({
      sub: 'repo:acme/widget:environment:production',
      repository: 'acme/widget',
      repository_id: '42',
      repository_owner: 'acme',
      ref: 'refs/tags/v1.2.3',
      ref_type: 'tag',
      sha: 'b'.repeat(40),
      job_workflow_ref:
        'acme/widget/.github/workflows/publish.yml@refs/tags/v1.2.3',
      job_workflow_url:
        'https://github.com/acme/widget/.github/workflows/publish.yml@refs/tags/v1.2.3',
      environment: 'production',
      run_attempt: '4',
      event_name: 'push'
    })
    expect(issuer.claims.repository).toBe('acme/widget')
  })

  it('shows an injected 503 to the client', async () => {
    issuer = await startOidcIssuer()
    issuer.server.faults.inject({
      route: '/token',
      kind: 'status',
      status: 503,
      times: 2
    })
    const res = await getToken(issuer, '', `Bearer ${issuer.requestToken}`)
    expect(res.status).toBe(503)
    // @actions/core retries a 503 and gets the token on the next attempt.
    useIssuer(issuer)
    expect(decodeJwt(await getIDToken('sigstore')).aud).toBe('sigstore')
    expect(issuer.server.served.map((r) => r.status)).toEqual([503, 503, 200])
  })

  it('fails getIDToken on an injected 500, which is not retried', async () => {
    issuer = await startOidcIssuer()
    issuer.server.faults.inject({
      route: '/token',
      kind: 'status',
      status: 500,
      times: 1
    })
    useIssuer(issuer)
    await expect(getIDToken('sigstore')).rejects.toThrow(/Error Code : 500/)
    expect(issuer.server.faults.pending).toBe(0)
  })
})

describe('mintToken and the clock', () => {
  let issuer: OidcIssuer
  afterEach(async () => issuer.close())

  it('stamps times from `now` and the configured lifetime', async () => {
    const now = new Date('2024-06-01T12:00:00.900Z')
    issuer = await startOidcIssuer({ now: () => now, tokenLifetimeSeconds: 60 })
    const token = await issuer.mintToken('nobody')
    const iat = Date.parse('2024-06-01T12:00:00Z') / 1000
    expect(decodeJwt(token)).toMatchObject({ iat, nbf: iat, exp: iat + 60 })
    await expect(verify(issuer, token, 'nobody', now)).resolves.toMatchObject({
      aud: 'nobody'
    })
    await expect(
      verify(issuer, token, 'nobody', new Date('2024-06-01T12:02:00Z'))
    ).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' })
  })

  it('applies per-token overrides without changing the base claims', async () => {
    issuer = await startOidcIssuer()
    const token = await issuer.mintToken('sigstore', {
      job_workflow_ref: 'evil/fork/.github/workflows/x.yml@refs/heads/main'
    })
    const payload = await verify(issuer, token, 'sigstore')
    expect(payload.job_workflow_url).toBe(
      'https://github.com/evil/fork/.github/workflows/x.yml@refs/heads/main'
    )
    expect(issuer.claims.job_workflow_ref).toBe(
      'provenant-demo/hello/.github/workflows/release.yml@refs/heads/main'
    )
  })

  it('rejects a token whose audience differs', async () => {
    issuer = await startOidcIssuer()
    const token = await issuer.mintToken('someone-else')
    await expect(verify(issuer, token, 'sigstore')).rejects.toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED'
    })
  })
})

describe('close', () => {
  it('stops answering and can be called twice', async () => {
    const issuer = await startOidcIssuer()
    const { url } = issuer
    expect((await fetch(`${url}/.well-known/jwks`)).status).toBe(200)
    await issuer.close()
    await issuer.close()
    await expect(fetch(`${url}/.well-known/jwks`)).rejects.toThrow(
      /fetch failed/
    )
  })
})
