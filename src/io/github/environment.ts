/**
 * What the environment says about GitHub, without the client (so a command
 * that may never call GitHub does not load the network stack to read it):
 * the REST base (GITHUB_API_URL, a GitHub Enterprise Server's too), the web
 * base (GITHUB_SERVER_URL) and the token gh and the runner's shell export.
 */

import { GITHUB_COM_SERVER_URL } from '../../lib/provenance/claims.js'

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

/** The API base of the runner's environment: GITHUB_API_URL, without a trailing slash. */
export function githubApiUrl(
  env: Readonly<Record<string, string | undefined>>
): string {
  return trimSlashes(env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL)
}

/** The GitHub web base of the runner's environment: GITHUB_SERVER_URL, github.com when unset. */
export function githubServerUrl(
  env: Readonly<Record<string, string | undefined>>
): string {
  return env.GITHUB_SERVER_URL || GITHUB_COM_SERVER_URL
}

/** A token given as a flag, else the one gh and the runner's shell export (GITHUB_TOKEN, GH_TOKEN). */
export function githubTokenOf(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>
): string | undefined {
  return flag ?? env.GITHUB_TOKEN ?? env.GH_TOKEN
}

/** The URL without trailing slashes. */
export function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '')
}
