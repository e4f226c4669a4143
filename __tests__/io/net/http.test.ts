import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import { classifyFailure } from '../../../src/io/net/failure.js'
import {
  HttpStatusError,
  USER_AGENT,
  request,
  requestJson,
  requestStream
} from '../../../src/io/net/http.js'
import { PROVENANT_VERSION } from '../../../src/lib/version.js'
import { withEnv } from '../../helpers/env.js'

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    )
  )
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

describe('the light HTTP client', () => {
  const seen: string[] = []
  let origin: http.Server
  let originUrl: string
  let proxy: http.Server
  let proxyUrl: string
  let restoreEnv: () => void = () => undefined

  beforeAll(async () => {
    origin = http.createServer((req, res) => {
      seen.push(`origin ${req.method} ${req.url}`)
      if (req.url === '/slow')
        return void setTimeout(() => res.end('late'), 1000)
      if (req.url === '/conflict') {
        res.writeHead(409, {
          'content-type': 'application/json',
          location: '/api/v1/log/entries/abc'
        })
        return void res.end(
          JSON.stringify({
            code: 409,
            message: 'an equivalent entry already exists'
          })
        )
      }
      if (req.url === '/down') return void res.writeHead(503).end('no')
      if (req.url === '/busy')
        return void res.writeHead(429, { 'retry-after': '2' }).end()
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ value: 'ok' }))
    })
    originUrl = await listen(origin)
    // A forward proxy for plain http: absolute-form request target in, request to the origin out.
    proxy = http.createServer((req, res) => {
      seen.push(`proxy ${req.method} ${req.url}`)
      const upstream = http.request(
        req.url!,
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      req.pipe(upstream)
    })
    proxyUrl = await listen(proxy)
  })

  afterEach(() => {
    restoreEnv()
    seen.length = 0
  })

  afterAll(async () => {
    await close(origin)
    await close(proxy)
  })

  it('goes through HTTP_PROXY, and around it for NO_PROXY hosts', async () => {
    restoreEnv = withEnv({
      HTTP_PROXY: proxyUrl,
      http_proxy: undefined,
      NO_PROXY: undefined,
      no_proxy: undefined
    })
    await expect(
      requestJson(`${originUrl}/token`, { method: 'GET', timeoutMs: 2000 })
    ).resolves.toEqual({ value: 'ok' })
    expect(seen).toEqual([`proxy GET ${originUrl}/token`, 'origin GET /token'])
    restoreEnv()
    seen.length = 0
    restoreEnv = withEnv({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' })
    await requestJson(`${originUrl}/token`, { method: 'GET', timeoutMs: 2000 })
    expect(seen).toEqual(['origin GET /token'])
  })

  it('gives HTTP errors with the status, the message and the Location', async () => {
    const error = await request(`${originUrl}/conflict`, {
      method: 'POST',
      body: '{}',
      timeoutMs: 2000
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpStatusError)
    expect(error).toMatchObject({
      statusCode: 409,
      location: '/api/v1/log/entries/abc'
    })
    expect((error as Error).message).toBe(
      '(409) an equivalent entry already exists'
    )
    expect(classifyFailure(error)).toEqual({
      retryable: false,
      reason: 'HTTP 409 an equivalent entry already exists',
      status: 409
    })
    const down = await request(`${originUrl}/down`, {
      method: 'GET',
      timeoutMs: 2000
    }).catch((e: unknown) => e)
    const busy = await request(`${originUrl}/busy`, {
      method: 'GET',
      timeoutMs: 2000
    }).catch((e: unknown) => e)
    expect(classifyFailure(busy)).toEqual({
      retryable: true,
      reason: 'HTTP 429 Too Many Requests',
      status: 429,
      retryAfterMs: 2000
    })
    expect(classifyFailure(down)).toEqual({
      retryable: true,
      reason: 'HTTP 503 Service Unavailable',
      status: 503
    })
  })

  it('times out a slow answer as a retryable timeout', async () => {
    const started = Date.now()
    const error = await request(`${originUrl}/slow`, {
      method: 'GET',
      timeoutMs: 200
    }).catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(900)
    expect((error as Error).name).toBe('TimeoutError')
    expect(classifyFailure(error)).toEqual({
      retryable: true,
      reason: 'no answer before the request timeout'
    })
  })

  it('reports a refused connection as a retryable network error', async () => {
    const server = http.createServer()
    const url = await listen(server)
    await close(server)
    const error = await request(url, { method: 'GET', timeoutMs: 2000 }).catch(
      (e: unknown) => e
    )
    expect(classifyFailure(error)).toEqual({
      retryable: true,
      reason: 'network error ECONNREFUSED'
    })
  })
})

interface Seen {
  url: string
  userAgent: string | undefined
  authorization: string | undefined
  port: number
}

describe('the network kernel', () => {
  const seen: Seen[] = []
  let main: http.Server
  let other: http.Server
  let mainUrl: string
  let otherUrl: string

  beforeAll(async () => {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
      seen.push({
        url: req.url ?? '',
        userAgent: req.headers['user-agent'],
        authorization: req.headers.authorization,
        port: req.socket.remotePort ?? 0
      })
      if (req.url === '/echo-auth') {
        res.writeHead(400, { 'content-type': 'application/json' })
        return void res.end(
          JSON.stringify({ message: `refused ${req.headers.authorization}` })
        )
      }
      if (req.url === '/away') {
        return void res.writeHead(302, { location: `${otherUrl}/there` }).end()
      }
      if (req.url === '/here') {
        return void res.writeHead(307, { location: '/ok' }).end()
      }
      res.writeHead(200).end('fine')
    }
    main = http.createServer(handler)
    other = http.createServer(handler)
    mainUrl = await listen(main)
    otherUrl = await listen(other)
  })

  afterAll(async () => {
    await close(main)
    await close(other)
  })

  it('says who it is: provenant/<version>', async () => {
    seen.length = 0
    await request(`${mainUrl}/ok`, { method: 'GET', timeoutMs: 2000 })
    expect(USER_AGENT).toBe(`provenant/${PROVENANT_VERSION}`)
    expect(seen[0]?.userAgent).toBe(`provenant/${PROVENANT_VERSION}`)
  })

  it('keeps the connection alive between requests', async () => {
    seen.length = 0
    await request(`${mainUrl}/ok`, { method: 'GET', timeoutMs: 2000 })
    await request(`${mainUrl}/ok`, { method: 'GET', timeoutMs: 2000 })
    expect(seen).toHaveLength(2)
    expect(seen[1]?.port).toBe(seen[0]?.port)
  })

  it('follows redirects when asked, and drops the credentials at another origin', async () => {
    seen.length = 0
    const headers = { authorization: 'Bearer secret-token-123' }
    const same = await request(`${mainUrl}/here`, {
      method: 'GET',
      headers,
      timeoutMs: 2000,
      maxRedirects: 3
    })
    expect(same.body.toString()).toBe('fine')
    const away = await requestStream(`${mainUrl}/away`, {
      method: 'GET',
      headers,
      timeoutMs: 2000,
      maxRedirects: 3
    })
    away.body.resume()
    expect(seen.map((s) => [s.url, s.authorization])).toEqual([
      ['/here', 'Bearer secret-token-123'],
      ['/ok', 'Bearer secret-token-123'],
      ['/away', 'Bearer secret-token-123'],
      ['/there', undefined]
    ])
    const refused = await request(`${mainUrl}/away`, {
      method: 'GET',
      timeoutMs: 2000
    }).catch((e: unknown) => e)
    expect(refused).toMatchObject({ statusCode: 302 })
  })

  it('masks the Authorization header and given secrets in errors', async () => {
    const error = await request(`${mainUrl}/echo-auth`, {
      method: 'GET',
      headers: { authorization: 'Bearer ghs_secretvalue42' },
      timeoutMs: 2000
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpStatusError)
    expect((error as Error).message).toBe('(400) refused ***')
    expect((error as Error).stack).not.toContain('ghs_secretvalue42')
    const body = await request(`${mainUrl}/echo-auth`, {
      method: 'POST',
      body: '{"token":"a-body-secret-1"}',
      headers: { authorization: 'a-body-secret-1' },
      secrets: ['a-body-secret-1'],
      timeoutMs: 2000
    }).catch((e: unknown) => e)
    expect((body as Error).message).toBe('(400) refused ***')
  })
})
