/**
 * The embedded local GitHub REST API subset: releases and their assets
 * (with the repository setting for immutable releases), and artifact
 * attestations. Every
 * route wants the server's token; unknown routes answer GitHub's 404.
 * One server per test run; its state lives in memory and is readable.
 */
import { randomBytes } from 'node:crypto'
import type { RouteHandler } from '../http-server.js'
import { LocalServer } from '../http-server.js'
import type { GitHubRouteContext } from './context.js'
import type { GitHubApiState } from './store.js'
import { GitHubStore } from './store.js'
import { badCredentials, notAccessible, notFound } from './responses.js'
import { mountReleaseRoutes } from './releases.js'
import { mountAssetRoutes } from './assets.js'
import { mountAttestationRoutes } from './attestations.js'

export interface GitHubApiOptions {
  /** The token requests must carry; random when absent. */
  token?: string
  /** GET without any Authorization header is allowed, as for a public repository (default true). */
  publicRead?: boolean
  now?: () => Date
  /**
   * A path every route sits under, as GitHub Enterprise Server's `/api/v3`;
   * `url` includes it.
   */
  basePath?: string
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
  /**
   * A token for one job, as GitHub gives each workflow job: it reaches one
   * repository with exactly these scopes (contents, attestations: read or
   * write); revoked when the job ends.
   */
  issueToken(grant: TokenGrant): IssuedToken
  close(): Promise<void>
}

export interface TokenGrant {
  /** owner/name */
  repository: string
  permissions: Readonly<Record<string, 'none' | 'read' | 'write'>>
}

export interface IssuedToken {
  readonly token: string
  revoke(): void
}

export async function startGitHubApi(
  options: GitHubApiOptions = {}
): Promise<LocalGitHubApi> {
  const token = options.token ?? `ghs_${randomBytes(18).toString('hex')}`
  const server = new LocalServer('github')
  const store = new GitHubStore()
  const publicRead = options.publicRead ?? true
  const grants = new Map<string, TokenGrant>()
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')
  // Like a public repository on GitHub: reads need no token, writes do, and
  // a wrong token is refused everywhere. A job's token reaches its own
  // repository with its own scopes only.
  const guard = (pattern: string, handler: RouteHandler): RouteHandler => {
    return (req) => {
      const header = req.headers.authorization
      const anonymousRead =
        publicRead && header === undefined && req.method === 'GET'
      if (anonymousRead || isAuthorized(header, token)) return handler(req)
      const grant = [...grants.entries()].find(([t]) =>
        isAuthorized(header, t)
      )?.[1]
      if (!grant) return badCredentials()
      return grantAllows(grant, req.method, pattern, req.params)
        ? handler(req)
        : notAccessible()
    }
  }
  const ctx: GitHubRouteContext = {
    route: (method, pattern, handler) => {
      server.route(method, `${basePath}${pattern}`, guard(pattern, handler))
    },
    store,
    now: options.now ?? (() => new Date()),
    baseUrl: () => `${server.url}${basePath}`
  }
  mountReleaseRoutes(ctx)
  mountAssetRoutes(ctx)
  mountAttestationRoutes(ctx)
  server.fallback(guard('', notFound))

  const url = `${await server.listen()}${basePath}`
  return {
    url,
    uploadUrl: `${url}/uploads`,
    token,
    server,
    state: store,
    issueToken: (grant) => {
      const issued = `ghs_${randomBytes(18).toString('hex')}`
      grants.set(issued, grant)
      return { token: issued, revoke: () => grants.delete(issued) }
    },
    close: () => server.close()
  }
}

/**
 * The scope a route needs: attestations for storing them, administration
 * for the immutable-releases setting (no workflow job is granted it), and
 * contents for the rest.
 */
function grantAllows(
  grant: TokenGrant,
  method: string,
  pattern: string,
  params: Record<string, string>
): boolean {
  const repository = `${params.owner ?? params.org ?? ''}/${params.repo ?? ''}`
  if (
    params.repo !== undefined &&
    repository.toLowerCase() !== grant.repository.toLowerCase()
  ) {
    return false
  }
  const scope = pattern.includes('/attestations')
    ? 'attestations'
    : pattern.endsWith('/immutable-releases')
      ? 'administration'
      : 'contents'
  const needed = method === 'GET' ? 'read' : 'write'
  const access = grant.permissions[scope] ?? 'none'
  if (scope === 'attestations' && needed === 'read') {
    return (
      access !== 'none' || (grant.permissions.contents ?? 'none') !== 'none'
    )
  }
  return needed === 'read' ? access !== 'none' : access === 'write'
}

/** `Authorization: Bearer <token>` or `token <token>`, as GitHub accepts. */
export function isAuthorized(
  header: string | undefined,
  token: string
): boolean {
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] === token
}
