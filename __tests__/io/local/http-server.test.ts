import http from 'node:http'
import { afterEach, describe, expect, it } from '@jest/globals'
import { LocalServer } from '../../../src/local/http-server.js'

describe('LocalServer', () => {
  let server: LocalServer
  afterEach(async () => server.close())

  async function start(): Promise<string> {
    server = new LocalServer('test')
    server.route('GET', '/items/:id', (req) => ({
      status: 200,
      body: { id: req.params.id }
    }))
    return server.listen()
  }

  it('routes with params and answers 404 for unknown routes', async () => {
    const url = await start()
    const ok = await fetch(`${url}/items/42`)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ id: '42' })
    const missing = await fetch(`${url}/nope`)
    expect(missing.status).toBe(404)
    expect(server.served.map((r) => r.status)).toEqual([200, 404])
  })

  it('keeps connections alive long enough for a client to reuse them', async () => {
    const url = await start()
    const agent = new http.Agent({ keepAlive: true })
    const ports: number[] = []
    for (let i = 0; i < 4; i++) {
      await new Promise<void>((resolve, reject) => {
        http
          .get(`${url}/items/${i}`, { agent }, (res) => {
            ports.push(res.socket.localPort!)
            res.resume()
            res.once('end', () => setImmediate(resolve))
          })
          .once('error', reject)
      })
    }
    agent.destroy()
    // One connection: its client port is the same for every request.
    expect(new Set(ports).size).toBe(1)
  })

  it('injects status faults for the next N requests only', async () => {
    const url = await start()
    server.faults.inject({
      route: '/items',
      kind: 'status',
      status: 503,
      times: 2
    })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) {
      statuses.push((await fetch(`${url}/items/1`)).status)
    }
    expect(statuses).toEqual([503, 503, 200])
    expect(server.faults.hits).toHaveLength(2)
    expect(server.faults.pending).toBe(0)
  })

  it('injects 429 with retry-after', async () => {
    const url = await start()
    server.faults.inject({
      route: '*',
      kind: 'status',
      status: 429,
      retryAfterSeconds: 1,
      times: 1
    })
    const res = await fetch(`${url}/items/1`)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('1')
  })

  it('injects delays', async () => {
    const url = await start()
    server.faults.inject({ route: '/items', kind: 'delay', ms: 300, times: 1 })
    const started = Date.now()
    const res = await fetch(`${url}/items/7`)
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })

  it('drops the connection', async () => {
    const url = await start()
    server.faults.inject({ route: '/items', kind: 'drop', times: 1 })
    await expect(fetch(`${url}/items/1`)).rejects.toThrow()
    expect((await fetch(`${url}/items/1`)).status).toBe(200)
  })

  it('only matches the method it names', async () => {
    const url = await start()
    server.faults.inject({
      route: '/items',
      method: 'POST',
      kind: 'status',
      status: 500,
      times: 1
    })
    expect((await fetch(`${url}/items/1`)).status).toBe(200)
    expect(server.faults.pending).toBe(1)
  })

  it('closes while a delayed request is pending without leaking a timer', async () => {
    const url = await start()
    server.faults.inject({ route: '*', kind: 'delay', ms: 60000, times: 1 })
    const pending = fetch(`${url}/items/1`).catch((e: unknown) => e)
    await new Promise((r) => setTimeout(r, 50))
    await server.close()
    expect(String(await pending)).toMatch(/fetch failed/)
  })
})
