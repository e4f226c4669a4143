/**
 * The network kernel over real HTTP on 127.0.0.1: its user agent, one
 * kept-alive connection for successive requests, redirects followed without
 * credentials to another origin, streamed answers, and the request's
 * secrets masked in the errors it throws.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  HttpStatusError,
  USER_AGENT,
  request,
  requestStream
} from '../../../src/io/net/http.js'
import { PROVENANT_VERSION } from '../../../src/lib/version.js'

interface Seen {
  url: string
  userAgent: string | undefined
  authorization: string | undefined
  port: number
}

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
