/**
 * A small node:http server for the embedded local stack: a route table with
 * `:param` segments, fault injection in front of every route, a record of the
 * requests it served, and a close() that leaves no socket behind.
 */
import http from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import type { AddressInfo } from 'node:net'
import { FaultPlan } from './faults.js'

/** How long an idle connection stays open: Node's default. */
const KEEP_ALIVE_MS = 5000

export interface LocalRequest {
  method: string
  path: string
  query: URLSearchParams
  params: Record<string, string>
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface LocalResponse {
  status: number
  body?: string | Uint8Array | object
  contentType?: string
  headers?: Record<string, string>
}

export type RouteHandler = (
  req: LocalRequest
) => Promise<LocalResponse> | LocalResponse

interface Route {
  method: string
  segments: string[]
  handler: RouteHandler
}

export interface ServedRequest {
  method: string
  path: string
  status: number
  authorization: string | undefined
}

export class LocalServer {
  readonly faults = new FaultPlan()
  /** Every request answered (faults included), for tests to assert on. */
  readonly served: ServedRequest[] = []
  private readonly routes: Route[] = []
  private readonly server: http.Server
  /** Aborts injected delays when the server closes, so no timer outlives it. */
  private readonly closing = new AbortController()
  private baseUrl = ''
  private notFound: RouteHandler = () => ({
    status: 404,
    body: { message: 'Not Found' }
  })

  constructor(readonly name: string) {
    this.server = http.createServer((req, res) => {
      this.dispatch(req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          send(res, { status: 500, body: { message: String(error) } })
        } else res.destroy()
      })
    })
    // Clients drop a kept-alive socket a second before the server's timeout
    // (Node's agent keeps that margin): at 1 s or less, no connection would
    // ever be reused. close() ends idle connections itself.
    this.server.keepAliveTimeout = KEEP_ALIVE_MS
  }

  route(method: string, pattern: string, handler: RouteHandler): this {
    this.routes.push({
      method: method.toUpperCase(),
      segments: pattern.split('/').filter(Boolean),
      handler
    })
    return this
  }

  fallback(handler: RouteHandler): this {
    this.notFound = handler
    return this
  }

  /** Listens on 127.0.0.1 with a port the system chooses. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = this.server.address() as AddressInfo
    this.baseUrl = `http://127.0.0.1:${port}`
    return this.baseUrl
  }

  get url(): string {
    if (!this.baseUrl) throw new Error(`${this.name} is not listening`)
    return this.baseUrl
  }

  async close(): Promise<void> {
    if (!this.server.listening) return
    const closed = new Promise<void>((resolve) =>
      this.server.close(() => resolve())
    )
    this.closing.abort()
    this.server.closeAllConnections()
    await closed
  }

  private async dispatch(
    req: http.IncomingMessage,
    res: http.ServerResponse
  ): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const record = (status: number): void => {
      this.served.push({
        method,
        path: url.pathname,
        status,
        authorization: req.headers.authorization
      })
    }

    const fault = this.faults.take(method, url.pathname)
    if (fault?.kind === 'drop') {
      record(0)
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'status') {
      record(fault.status)
      const headers: Record<string, string> = { ...fault.headers }
      if (fault.retryAfterSeconds !== undefined) {
        headers['retry-after'] = String(fault.retryAfterSeconds)
      }
      send(res, {
        status: fault.status,
        body: { message: `injected fault: ${fault.status}` },
        headers
      })
      return
    }
    if (fault?.kind === 'delay') {
      const aborted = await sleep(fault.ms, false, {
        signal: this.closing.signal
      }).catch(() => true)
      if (aborted) return
    }

    const request: LocalRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      params: {},
      headers: req.headers,
      body
    }
    const handler = this.match(method, url.pathname, request.params)
    const response = await (handler ?? this.notFound)(request)
    if (fault?.kind === 'lost-response') {
      record(0)
      req.socket.destroy()
      return
    }
    record(response.status)
    send(res, response)
  }

  private match(
    method: string,
    path: string,
    params: Record<string, string>
  ): RouteHandler | undefined {
    const parts = path.split('/').filter(Boolean)
    for (const route of this.routes) {
      if (route.method !== method) continue
      if (route.segments.length !== parts.length) continue
      const found: Record<string, string> = {}
      const ok = route.segments.every((segment, i) => {
        const part = decodeURIComponent(parts[i]!)
        if (segment.startsWith(':')) {
          found[segment.slice(1)] = part
          return true
        }
        return segment === part
      })
      if (ok) {
        Object.assign(params, found)
        return route.handler
      }
    }
    return undefined
  }
}

function send(res: http.ServerResponse, response: LocalResponse): void {
  let payload: string | Uint8Array = ''
  let contentType = response.contentType
  if (
    typeof response.body === 'string' ||
    response.body instanceof Uint8Array
  ) {
    payload = response.body
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body)
    contentType ??= 'application/json'
  }
  res.writeHead(response.status, {
    ...(contentType ? { 'content-type': contentType } : {}),
    'content-length': Buffer.byteLength(payload),
    ...response.headers
  })
  res.end(payload)
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
