/**
 * GitHub's artifact attestation store: `POST /repos/{owner}/{repo}/attestations`
 * with `{ bundle }`, through the GitHub client (retries of 429, 5xx, rate
 * limits and network errors, with backoff and a budget). A 403 or 404 is
 * explained: what it usually means and how to fix it or skip storing.
 */
import { ServiceError } from '../../lib/errors.js'
import type { RetryContext } from '../net/retry.js'
import { GitHubClient, gitHubDetailOf, gitHubStatusOf } from './client.js'

export interface StoredAttestationRef {
  id: string
  /** Where people see it: `<server>/<owner>/<repo>/attestations/<id>`. */
  url: string
}

export interface AttestationStore {
  store(bundle: object): Promise<StoredAttestationRef>
}

export interface GitHubAttestationStoreOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string
  /** GITHUB_SERVER_URL, e.g. https://github.com. */
  serverUrl: string
  owner: string
  repo: string
  token: string
  retry: RetryContext
}

/** Statuses after which storing cannot work until something is changed. */
export const REFUSED_STATUSES = [403, 404] as const

export function createGitHubAttestationStore(
  options: GitHubAttestationStoreOptions
): AttestationStore {
  const client = new GitHubClient({
    apiUrl: options.apiUrl,
    token: options.token,
    retry: options.retry
  })
  const path = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/attestations`
  return {
    store: async (bundle) => {
      const answer = await client
        .call<{ id?: unknown }>(path, { method: 'POST', json: { bundle } })
        .catch((error: unknown) => {
          throw explainRefusal(error)
        })
      const id = answer.data.id
      if (typeof id !== 'number' && typeof id !== 'string') {
        throw new ServiceError('github', `POST ${path} answered without an id`)
      }
      const server = options.serverUrl.replace(/\/+$/, '')
      return {
        id: String(id),
        url: `${server}/${options.owner}/${options.repo}/attestations/${id}`
      }
    }
  }
}

/** A refusal GitHub will repeat, explained; anything else as it came. */
function explainRefusal(error: unknown): unknown {
  const status = gitHubStatusOf(error)
  if (
    !(error instanceof ServiceError) ||
    error.retryable ||
    status === undefined
  ) {
    return error
  }
  return new ServiceError('github', explain(status, gitHubDetailOf(error)), {
    status,
    retryable: false,
    cause: error
  })
}

/** What a refusal means and how to get past it. */
export function explain(status: number, detail: string): string {
  const skip =
    'or set `store: false` to only write the bundles (they verify offline), or `on-store-error: warn` to go on without storing'
  if (status === 403) {
    return `GitHub refused to store the attestation (HTTP 403${detail}): the token lacks \`permissions: attestations: write\`, or this repository cannot use artifact attestations (a private repository on a plan without them, or GitHub Enterprise Server). Add \`attestations: write\` to the job's permissions, ${skip}`
  }
  if (status === 404) {
    return `GitHub has no attestation store for this repository (HTTP 404${detail}): GitHub Enterprise Server without artifact attestations, a wrong GITHUB_API_URL or repository, or a token that cannot see the repository. Check GITHUB_API_URL and the token, ${skip}`
  }
  if (status === 401) {
    return `GitHub did not accept the token (HTTP 401${detail}): check "github-token"`
  }
  return `GitHub refused to store the attestation (HTTP ${status}${detail})`
}
