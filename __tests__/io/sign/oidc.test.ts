import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { decodeJwt } from 'jose'
import { createRunnerTokenSource } from '../../../src/io/sign/oidc.js'
import { InputError, ServiceError } from '../../../src/lib/errors.js'
import type { OidcIssuer } from '../../../src/local/oidc.js'
import { startOidcIssuer } from '../../../src/local/oidc.js'
import { recordingLogger } from '../../helpers/logger.js'
import { fastRetry } from './support.js'

describe("the runner's OIDC token", () => {
  let oidc: OidcIssuer

  beforeAll(async () => {
    oidc = await startOidcIssuer()
  })

  afterAll(async () => {
    await oidc.close()
  })

  it('asks for audience sigstore with the request token, and hands the token to onToken first', async () => {
    const seen: string[] = []
    const source = createRunnerTokenSource({
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken
      },
      retry: fastRetry(recordingLogger()),
      onToken: (t) => seen.push(t)
    })
    const token = await source.getToken()
    expect(seen).toEqual([token])
    const claims = decodeJwt(token)
    expect(claims.aud).toBe('sigstore')
    expect(claims.iss).toBe(oidc.url)
    const request = oidc.server.served.at(-1)!
    expect(request.authorization).toBe(`Bearer ${oidc.requestToken}`)
  })

  it.each([
    [{ GITHUB_ACTIONS: 'true' }],
    [
      {
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?x=1'
      }
    ],
    [{ GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' }]
  ])(
    'on a runner without the request variables (%j) says to add id-token: write',
    async (env) => {
      const error = await createRunnerTokenSource({
        env,
        retry: fastRetry(recordingLogger()),
        onToken: () => undefined
      })
        .getToken()
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).code).toBe('SIGN_NO_ID_TOKEN_PERMISSION')
      expect((error as Error).message).toContain(
        'add `permissions: id-token: write` to the job'
      )
    }
  )

  it('off a runner says how to sign there, and nothing of permissions', async () => {
    const error = await createRunnerTokenSource({
      env: {},
      retry: fastRetry(recordingLogger()),
      onToken: () => undefined
    })
      .getToken()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('SIGN_NO_ID_TOKEN')
    const message = (error as Error).message
    expect(message).toContain('--identity-token (or set SIGSTORE_ID_TOKEN)')
    expect(message).toContain('--key FILE')
    expect(message).not.toContain('permissions')
  })

  it('does not retry a refused request token', async () => {
    const logger = recordingLogger()
    const error = await createRunnerTokenSource({
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong'
      },
      retry: fastRetry(logger),
      onToken: () => undefined
    })
      .getToken()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).code).toBe('SERVICE_OIDC')
    expect((error as ServiceError).status).toBe(401)
    expect((error as Error).message).toBe(
      `OIDC token service (${oidc.url}) refused the request: HTTP 401 Unauthorized`
    )
    expect(logger.lines).toEqual([])
  })

  it('retries a token service that is down, then gives up naming it', async () => {
    oidc.server.faults.inject({
      route: '/token',
      kind: 'status',
      status: 500,
      times: 3
    })
    const logger = recordingLogger()
    const error = await createRunnerTokenSource({
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken
      },
      retry: fastRetry(logger, { maxAttempts: 3 }),
      onToken: () => undefined
    })
      .getToken()
      .catch((e: unknown) => e)
    expect((error as ServiceError).code).toBe('SERVICE_OIDC')
    expect((error as Error).message).toMatch(
      /failed after 3 attempts: HTTP 500/
    )
    expect(logger.lines).toHaveLength(2)
    expect(oidc.server.faults.pending).toBe(0)
  })
})
