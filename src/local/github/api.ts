/**
 * The embedded local GitHub REST API subset: releases and their assets
 * (with GitHub's immutable-release rule), and artifact attestations. Every
 * route wants the server's token; unknown routes answer GitHub's 404.
 * One server per test run; its state lives in memory and is readable.
 */
import { randomBytes } from 'node:crypto'
import type { RouteHandler } from '../http-server.js'
import { LocalServer } from '../http-server.js'
import type { GitHubRouteContext } from './context.js'
import type { GitHubApiState } from './store.js'
import { GitHubStore } from './store.js'
import { badCredentials, notFound } from './responses.js'
import { mountReleaseRoutes } from './releases.js'
import { mountAssetRoutes } from './assets.js'
import { mountAttestationRoutes } from './attestations.js'

export interface GitHubApiOptions {
  /** The token requests must carry; random when absent. */
  token?: string
  /** GET without any Authorization header is allowed, as for a public repository (default true). */
  publicRead?: boolean
  now?: () => Date
}

export interface LocalGitHubApi {
  /** For GITHUB_API_URL. */
  readonly url: string
  /** Base of upload URLs, as https://uploads.github.com is on GitHub. */
  readonly uploadUrl: string
  readonly token: string
  /** For fault injection and the `served` record. */
  readonly server: LocalServer
  readonly state: GitHubApiState
  close(): Promise<void>
}

export async function startGitHubApi(
  options: GitHubApiOptions = {}
): Promise<LocalGitHubApi> {
  const token = options.token ?? `ghs_${randomBytes(18).toString('hex')}`
  const server = new LocalServer('github')
  const store = new GitHubStore()
  const publicRead = options.publicRead ?? true
  // Like a public repository on GitHub: reads need no token, writes do, and
  // a wrong token is refused everywhere.
  const guard = (handler: RouteHandler): RouteHandler => {
    return (req) => {
      const header = req.headers.authorization
      const anonymousRead =
        publicRead && header === undefined && req.method === 'GET'
      return anonymousRead || isAuthorized(header, token)
        ? handler(req)
        : badCredentials()
    }
  }
  const ctx: GitHubRouteContext = {
    route: (method, pattern, handler) => {
      server.route(method, pattern, guard(handler))
    },
    store,
    now: options.now ?? (() => new Date()),
    baseUrl: () => server.url
  }
  mountReleaseRoutes(ctx)
  mountAssetRoutes(ctx)
  mountAttestationRoutes(ctx)
  server.fallback(guard(notFound))

  const url = await server.listen()
  return {
    url,
    uploadUrl: `${url}/uploads`,
    token,
    server,
    state: store,
    close: () => server.close()
  }
}

/** `Authorization: Bearer <token>` or `token <token>`, as GitHub accepts. */
export function isAuthorized(
  header: string | undefined,
  token: string
): boolean {
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] === token
}
