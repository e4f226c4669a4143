/**
 * A small OCI distribution (Docker Registry HTTP API v2) client: manifests
 * and blobs by GET, every byte checked against its digest; a `Bearer`
 * challenge answered with a token from the registry's realm (anonymous, or
 * with the user's credentials), a `Basic` one with the credentials;
 * redirects to blob storage followed without the registry's credentials;
 * network faults and 5xx/429 retried with backoff, bounded.
 *
 * Plain HTTP only for loopback registries (or when `insecure` is asked).
 */
import { sha256Digest } from '../../lib/digest.js'
import { InputError, ServiceError } from '../../lib/errors.js'
import { MANIFEST_ACCEPT } from '../../lib/oci/image.js'
import { SILENT_LOGGER } from '../../lib/ports.js'
import { DEFAULT_RETRY_POLICY } from '../../lib/net/retry.js'
import { HttpStatusError, request, type HttpResponse } from '../net/http.js'
import { withRetry, type RetryContext } from '../net/retry.js'
import { parseChallenge, type Challenge } from './challenge.js'
import type { RegistryCredentials } from './credentials.js'

export interface RegistryClientOptions {
  /** host[:port], e.g. ghcr.io or 127.0.0.1:5000. */
  registry: string
  credentials?: RegistryCredentials
  /** Plain HTTP for a registry that is not on the loopback interface. */
  insecure?: boolean
  retry?: RetryContext
}

export interface RegistryCall {
  method?: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'HEAD'
  /** Under /v2/<repository>/, e.g. `manifests/latest`. */
  path?: string
  /** An absolute URL instead (an upload session's Location). */
  url?: string
  headers?: Record<string, string>
  body?: Buffer
}

export interface FetchedManifest {
  bytes: Buffer
  digest: string
  mediaType: string
}

const REQUEST_TIMEOUT_MS = 60_000
const MAX_REDIRECTS = 5
const DOCKER_HUB = 'docker.io'

const DEFAULT_RETRY: RetryContext = {
  policy: DEFAULT_RETRY_POLICY,
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  logger: SILENT_LOGGER,
  env: {
    now: () => new Date(),
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  }
}

export function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\./.test(host)
}

export class RegistryClient {
  readonly registry: string
  readonly #base: string
  readonly #credentials: RegistryCredentials | undefined
  readonly #retry: RetryContext
  /** Authorization header values by scope. */
  readonly #authorization = new Map<string, string>()

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry
    const host =
      options.registry === DOCKER_HUB
        ? 'registry-1.docker.io'
        : options.registry
    const plain = options.insecure === true || isLoopback(options.registry)
    this.#base = `${plain ? 'http' : 'https'}://${host}/v2/`
    this.#credentials = options.credentials
    this.#retry = options.retry ?? DEFAULT_RETRY
  }

  /** A manifest or index by tag or digest; by digest, its bytes are checked. */
  async getManifest(
    repository: string,
    reference: string,
    accept: readonly string[] = MANIFEST_ACCEPT
  ): Promise<FetchedManifest> {
    const response = await this.send(repository, {
      path: `manifests/${reference}`,
      headers: { accept: accept.join(', ') }
    })
    const digest = sha256Digest(response.body)
    const where = `${this.registry}/${repository}@${reference}`
    if (reference.startsWith('sha256:') && digest !== reference)
      throw mismatch(where, reference, digest)
    const claimed = header(response, 'docker-content-digest')
    if (claimed?.startsWith('sha256:') && claimed !== digest)
      throw mismatch(where, claimed, digest)
    return {
      bytes: response.body,
      digest,
      mediaType: header(response, 'content-type')?.split(';')[0]?.trim() ?? ''
    }
  }

  /** A blob by digest, its bytes checked. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.send(repository, { path: `blobs/${digest}` })
    const actual = sha256Digest(response.body)
    if (actual !== digest)
      throw mismatch(`${this.registry}/${repository}@${digest}`, digest, actual)
    return response.body
  }

  /**
   * One call to the repository's API (`path` under /v2/<repository>/, or
   * an absolute `url` an upload session named), authorised for pull, or
   * pull and push: retried, a challenge answered once, statuses explained.
   */
  async send(repository: string, call: RegistryCall): Promise<HttpResponse> {
    const method = call.method ?? 'GET'
    const scope = `repository:${repository}:${method === 'GET' || method === 'HEAD' ? 'pull' : 'pull,push'}`
    const where = call.url ?? `${this.#base}${repository}/${call.path ?? ''}`
    const headers = call.headers ?? {}
    const attempt = (timeoutMs: number): Promise<HttpResponse> =>
      method === 'GET'
        ? this.#follow(new URL(where), scope, headers, timeoutMs)
        : request(where, {
            method,
            timeoutMs,
            headers: { ...headers, ...this.#authHeader(scope) },
            ...(call.body !== undefined ? { body: call.body } : {})
          })
    return withRetry('registry', where, this.#retry, async ({ timeoutMs }) => {
      try {
        return await attempt(timeoutMs)
      } catch (error) {
        if (!(error instanceof HttpStatusError) || error.statusCode !== 401)
          throw error
        // Answer the challenge once, then ask again.
        await this.#authorize(scope, error, timeoutMs)
        return attempt(timeoutMs)
      }
    }).catch((error: unknown) => {
      throw this.#explain(error, repository)
    })
  }

  /** The API's base URL: http:// only for loopback or `insecure` registries. */
  get baseUrl(): string {
    return this.#base
  }

  /** The absolute URL of a Location header the registry sent. */
  resolveLocation(location: string): string {
    return new URL(location, this.#base).toString()
  }

  #authHeader(scope: string): Record<string, string> {
    const auth = this.#authorization.get(scope)
    return auth ? { authorization: auth } : {}
  }

  async #follow(
    url: URL,
    scope: string,
    headers: Record<string, string>,
    timeoutMs: number
  ): Promise<HttpResponse> {
    let target = url
    for (let hop = 0; ; hop++) {
      const auth =
        target.host === url.host ? this.#authorization.get(scope) : undefined
      try {
        return await request(target, {
          method: 'GET',
          timeoutMs,
          headers: { ...headers, ...(auth ? { authorization: auth } : {}) }
        })
      } catch (error) {
        const redirect =
          error instanceof HttpStatusError &&
          [301, 302, 303, 307, 308].includes(error.statusCode) &&
          error.location
        if (!redirect || hop >= MAX_REDIRECTS) throw error
        target = new URL(redirect, target)
      }
    }
  }

  async #authorize(
    scope: string,
    error: HttpStatusError,
    timeoutMs: number
  ): Promise<void> {
    const challenge = parseChallenge(error.headers['www-authenticate'])
    if (!challenge) throw error
    if (challenge.scheme === 'basic') {
      if (this.#credentials?.kind !== 'basic') throw error
      const { username, password } = this.#credentials
      this.#authorization.set(
        scope,
        `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
      )
      return
    }
    this.#authorization.set(
      scope,
      `Bearer ${await this.#token(challenge, scope, timeoutMs)}`
    )
  }

  /** The token endpoint of a Bearer challenge (docker's token authentication). */
  async #token(
    challenge: Challenge,
    scope: string,
    timeoutMs: number
  ): Promise<string> {
    const realm = challenge.params.realm
    if (!realm)
      throw new ServiceError(
        'registry',
        `${this.registry} sent a Bearer challenge without a realm`
      )
    const url = new URL(realm)
    if (challenge.params.service)
      url.searchParams.set('service', challenge.params.service)
    url.searchParams.set('scope', challenge.params.scope ?? scope)
    const headers: Record<string, string> = { accept: 'application/json' }
    const credentials = this.#credentials
    let response: HttpResponse
    if (credentials?.kind === 'identity-token') {
      const body = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.token,
        service: challenge.params.service ?? '',
        scope: challenge.params.scope ?? scope,
        client_id: 'provenant'
      }).toString()
      response = await request(url.origin + url.pathname, {
        method: 'POST',
        timeoutMs,
        headers: {
          ...headers,
          'content-type': 'application/x-www-form-urlencoded'
        },
        body
      })
    } else {
      if (credentials?.kind === 'basic') {
        const basic = Buffer.from(
          `${credentials.username}:${credentials.password}`
        ).toString('base64')
        headers.authorization = `Basic ${basic}`
      }
      response = await request(url, { method: 'GET', timeoutMs, headers })
    }
    const json = JSON.parse(response.body.toString('utf8')) as {
      token?: unknown
      access_token?: unknown
    }
    const token =
      typeof json.token === 'string' ? json.token : json.access_token
    if (typeof token !== 'string' || token === '')
      throw new ServiceError(
        'registry',
        `the token service of ${this.registry} (${url.origin}) answered without a token`
      )
    return token
  }

  #explain(error: unknown, repository: string): unknown {
    const status = statusOf(error)
    const name = `${this.registry}/${repository}`
    if (status === 401 || status === 403) {
      return new InputError(
        'OCI_UNAUTHORIZED',
        `the registry ${this.registry} refused access to ${name} (HTTP ${status})${this.#credentials ? ' with the credentials found' : ' without credentials'}: log in (docker login or skopeo login ${this.registry}), or set DOCKER_CONFIG or REGISTRY_AUTH_FILE`,
        { cause: error }
      )
    }
    if (status === 404) {
      return new InputError(
        'OCI_NOT_FOUND',
        `the registry ${this.registry} has no ${name} with that tag or digest (HTTP 404): check the reference`,
        { cause: error }
      )
    }
    return error
  }
}

function statusOf(error: unknown): number | undefined {
  for (let e = error; e; e = (e as { cause?: unknown }).cause) {
    if (e instanceof HttpStatusError) return e.statusCode
  }
  return undefined
}

function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function mismatch(where: string, expected: string, actual: string): InputError {
  return new InputError(
    'OCI_DIGEST_MISMATCH',
    `${where}: the registry sent bytes whose digest is ${actual}, not ${expected}: the registry or a proxy altered them; do not use this image`
  )
}

/** Whether a registry call failed because the tag, digest or blob is not there (HTTP 404). */
export function isNotFound(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'OCI_NOT_FOUND'
}
