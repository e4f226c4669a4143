/**
 * A small JSON-over-HTTP client for the per-file calls (Rekor, TSA, the
 * OIDC token): node:http(s) with keep-alive agents, a timeout per request,
 * and HTTP(S)_PROXY / NO_PROXY honoured (Node's `proxyEnv`). It costs about
 * a third of the CPU per request of make-fetch-happen, which @sigstore/sign
 * uses, and that is most of the client's cost when a run signs many files.
 *
 * Failures keep the shapes classifyFailure reads: HttpStatusError
 * (statusCode), Node's network errors (code), and a TimeoutError.
 */
import http from 'node:http'
import https from 'node:https'

export class HttpStatusError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** The Location header, e.g. of Rekor's 409 "already exists". */
    readonly location: string | undefined,
    /** The Retry-After header of a 429 or 503, in milliseconds. */
    readonly retryAfterMs?: number,
    /** Every response header (a registry's WWW-Authenticate challenge). */
    readonly headers: http.IncomingHttpHeaders = {}
  ) {
    super(`(${statusCode}) ${message}`)
    this.name = 'HttpStatusError'
  }
}

export interface HttpResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface RequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'HEAD'
  headers?: Record<string, string>
  body?: string | Buffer
  timeoutMs: number
}

const PROXY_VARIABLES = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy'
]
const agents = new Map<string, http.Agent>()

/** One keep-alive agent per protocol and proxy settings (read when first needed). */
function agentFor(url: URL): http.Agent {
  const proxyEnv = Object.fromEntries(
    PROXY_VARIABLES.flatMap((name) => {
      const value = process.env[name]
      return value ? [[name, value]] : []
    })
  )
  const key = `${url.protocol}${JSON.stringify(proxyEnv)}`
  let agent = agents.get(key)
  if (!agent) {
    const options = { keepAlive: true, proxyEnv }
    agent =
      url.protocol === 'https:'
        ? new https.Agent(options)
        : new http.Agent(options)
    agents.set(key, agent)
  }
  return agent
}

/** Sends one request; resolves for 2xx, rejects with HttpStatusError otherwise. */
export function request(
  target: string | URL,
  options: RequestOptions
): Promise<HttpResponse> {
  const url = new URL(target)
  const transport = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: options.method,
        headers: {
          'user-agent': 'provenant',
          ...(options.body !== undefined
            ? { 'content-length': String(Buffer.byteLength(options.body)) }
            : {}),
          ...options.headers
        },
        agent: agentFor(url),
        signal: AbortSignal.timeout(options.timeoutMs)
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.once('error', reject)
        res.once('end', () => {
          const body = Buffer.concat(chunks)
          const status = res.statusCode ?? 0
          if (status >= 200 && status < 300) {
            resolve({ status, headers: res.headers, body })
            return
          }
          reject(
            new HttpStatusError(
              status,
              messageOf(body) ?? res.statusMessage ?? '',
              res.headers.location,
              retryAfterMs(res.headers['retry-after']),
              res.headers
            )
          )
        })
      }
    )
    req.once('error', (error: Error) => {
      // A timeout surfaces as an AbortError whose cause is the TimeoutError.
      // (Compared by name: a DOMException may come from another realm.)
      const cause = error.cause as Error | undefined
      reject(cause?.name === 'TimeoutError' ? cause : error)
    })
    req.end(options.body)
  })
}

export async function requestJson<T>(
  target: string | URL,
  options: RequestOptions
): Promise<T> {
  const response = await request(target, {
    ...options,
    headers: {
      accept: 'application/json',
      ...(options.body !== undefined
        ? { 'content-type': 'application/json' }
        : {}),
      ...options.headers
    }
  })
  return JSON.parse(response.body.toString('utf8')) as T
}

/** Retry-After: delay-seconds or an HTTP-date. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

/** Sigstore services answer errors as `{ "code": 409, "message": "..." }`. */
function messageOf(body: Buffer): string | undefined {
  try {
    const message = (JSON.parse(body.toString('utf8')) as { message?: unknown })
      .message
    return typeof message === 'string' ? message : undefined
  } catch {
    return undefined
  }
}
