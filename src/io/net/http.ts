/**
 * The HTTP client every service client goes through (Fulcio, Rekor, TSA,
 * OIDC, GitHub, OCI registries, vulnerability databases): node:http(s)
 * with one shared keep-alive agent per protocol, a timeout per request,
 * HTTP(S)_PROXY / NO_PROXY honoured (Node's `proxyEnv`), the user agent
 * `provenant/<version>`, and the request's secrets (Authorization header,
 * credential query parameters, a URL's password) masked in every error.
 * It costs about a third of the CPU per request of make-fetch-happen.
 *
 * Failures keep the shapes classifyFailure reads: HttpStatusError
 * (statusCode), Node's network errors (code), and a TimeoutError.
 * Retries are withRetry's business (./retry.ts), not this file's.
 */
import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import {
  scrubSecrets,
  secretsInHeaders,
  secretsInUrl
} from '../../lib/net/secrets.js'
import { PROVENANT_VERSION } from '../../lib/version.js'

export const USER_AGENT = `provenant/${PROVENANT_VERSION}`

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

export interface StreamingResponse {
  status: number
  headers: http.IncomingHttpHeaders
  /** The body, to be read (or destroyed) by the caller. */
  body: Readable
}

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestOptions {
  method: HttpMethod
  headers?: Record<string, string>
  body?: string | Uint8Array
  /** For a buffered request, the whole exchange; for a stream, the longest silence. */
  timeoutMs: number
  /** Redirects followed (default 0: a 3xx is an HttpStatusError with its Location). */
  maxRedirects?: number
  /** Values masked in errors besides those the request itself carries. */
  secrets?: readonly string[]
}

const PROXY_VARIABLES = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy'
]
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const MAX_ERROR_BODY_BYTES = 64 * 1024
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

/** Sends one request; resolves with the whole body for 2xx, rejects with HttpStatusError otherwise. */
export async function request(
  target: string | URL,
  options: RequestOptions
): Promise<HttpResponse> {
  return guard(target, options, async () => {
    const signal = AbortSignal.timeout(options.timeoutMs)
    const response = await follow(new URL(target), options, signal)
    const body = await readAll(response.body)
    return { status: response.status, headers: response.headers, body }
  })
}

/**
 * Sends one request and resolves once a 2xx answer's headers are in: the
 * body streams (a release asset, a database archive). The timeout is the
 * longest the server may stay silent.
 */
export function requestStream(
  target: string | URL,
  options: RequestOptions
): Promise<StreamingResponse> {
  return guard(target, options, () =>
    follow(new URL(target), options, undefined)
  )
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

/** Runs `send` with the request's secrets masked in whatever it throws. */
async function guard<T>(
  target: string | URL,
  options: RequestOptions,
  send: () => Promise<T>
): Promise<T> {
  try {
    return await send()
  } catch (error) {
    throw scrubSecrets(error, [
      ...secretsInHeaders(options.headers ?? {}),
      ...secretsInUrl(target),
      ...(options.secrets ?? [])
    ])
  }
}

/** One exchange, following redirects; credentials are not sent to another origin. */
async function follow(
  url: URL,
  options: RequestOptions,
  signal: AbortSignal | undefined
): Promise<StreamingResponse> {
  let current = url
  let headers = options.headers ?? {}
  let method = options.method
  let body = options.body
  for (let hops = 0; ; hops++) {
    const response = await exchange(current, method, headers, body, {
      timeoutMs: options.timeoutMs,
      signal
    })
    const status = response.statusCode ?? 0
    if (status >= 200 && status < 300) {
      return { status, headers: response.headers, body: response }
    }
    const location = response.headers.location
    if (
      REDIRECT_STATUSES.has(status) &&
      location !== undefined &&
      hops < (options.maxRedirects ?? 0)
    ) {
      response.resume()
      const next = new URL(location, current)
      if (next.origin !== current.origin) headers = withoutCredentials(headers)
      if (status === 303 || (status !== 307 && status !== 308)) {
        if (method !== 'HEAD') method = 'GET'
        body = undefined
      }
      current = next
      continue
    }
    throw await toStatusError(response)
  }
}

function exchange(
  url: URL,
  method: HttpMethod,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  limits: { timeoutMs: number; signal: AbortSignal | undefined }
): Promise<http.IncomingMessage> {
  const transport = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method,
      headers: {
        'user-agent': USER_AGENT,
        ...(body !== undefined
          ? {
              'content-length': String(
                typeof body === 'string'
                  ? Buffer.byteLength(body)
                  : body.byteLength
              )
            }
          : {}),
        ...headers
      },
      agent: agentFor(url),
      ...(limits.signal ? { signal: limits.signal } : {})
    })
    if (!limits.signal) {
      // A stream: the timeout is the longest silence of the socket.
      req.setTimeout(limits.timeoutMs, () => {
        const timeout = new Error(
          `no data for ${limits.timeoutMs} ms from ${url.host}`
        )
        timeout.name = 'TimeoutError'
        req.destroy(timeout)
      })
    }
    req.once('response', resolve)
    req.once('error', (error: Error) => {
      // A timeout surfaces as an AbortError whose cause is the TimeoutError.
      // (Compared by name: a DOMException may come from another realm.)
      const cause = error.cause as Error | undefined
      reject(cause?.name === 'TimeoutError' ? cause : error)
    })
    req.end(body)
  })
}

async function toStatusError(
  response: http.IncomingMessage
): Promise<HttpStatusError> {
  const body = await readAll(response, MAX_ERROR_BODY_BYTES).catch(() =>
    Buffer.alloc(0)
  )
  return new HttpStatusError(
    response.statusCode ?? 0,
    messageOf(body) ?? response.statusMessage ?? '',
    response.headers.location,
    retryAfterMs(response.headers['retry-after']),
    response.headers
  )
}

function readAll(stream: Readable, limit = Infinity): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    stream.once('error', reject)
    stream.once('end', () => resolve(Buffer.concat(chunks)))
  })
}

function withoutCredentials(
  headers: Record<string, string>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !/^(?:authorization|cookie)$/i.test(name)
    )
  )
}

/** Retry-After: delay-seconds or an HTTP-date. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

/** Sigstore services and GitHub answer errors as `{ "message": "..." }`. */
function messageOf(body: Buffer): string | undefined {
  try {
    const message = (JSON.parse(body.toString('utf8')) as { message?: unknown })
      .message
    return typeof message === 'string' ? message : undefined
  } catch {
    return undefined
  }
}
