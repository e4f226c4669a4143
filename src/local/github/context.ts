/** What every group of local GitHub API routes is mounted with. */
import type { RouteHandler } from '../http-server.js'
import type { GitHubStore } from './store.js'

export interface GitHubRouteContext {
  /** Adds a route that answers 401 unless the request carries the token. */
  route: (method: string, pattern: string, handler: RouteHandler) => void
  store: GitHubStore
  now: () => Date
  /** The server's base URL, known once it listens. */
  baseUrl: () => string
}

/** Path parameters of `/repos/:owner/:repo/releases/:release_id/...`. */
export type ReleaseParams = Record<'owner' | 'repo' | 'release_id', string>
