/**
 * GitHub's attestation store, by digest:
 * `GET {api}/repos/{owner}/{repo}/attestations/sha256:<hex>`, every page,
 * through the GitHub client (retries, rate limits). No token is needed for
 * public repositories; a token is sent when given. A 404 means nothing was
 * attested for that digest.
 */
import { ServiceError } from '../../lib/errors.js'
import { isObject } from '../../lib/verify/statement.js'
import type { RetryContext } from '../net/retry.js'
import { GitHubClient, gitHubStatusOf } from '../github/client.js'

export interface GitHubAttestationQuery {
  apiUrl: string
  repo: string
  sha256: string
  token?: string
  retry?: RetryContext
}

export interface FetchedAttestation {
  source: string
  bundle: unknown
}

export async function fetchGitHubAttestations(
  query: GitHubAttestationQuery
): Promise<{ attestations: FetchedAttestation[]; notes: string[] }> {
  const client = new GitHubClient({
    apiUrl: query.apiUrl,
    token: query.token,
    retry: query.retry
  })
  const path = `/repos/${query.repo}/attestations/sha256:${query.sha256}`
  const list = await client
    .paginate(path, (page) =>
      isObject(page) && Array.isArray(page.attestations)
        ? page.attestations.filter(isObject)
        : []
    )
    .catch((error: unknown) => {
      const status = gitHubStatusOf(error)
      if (status === 404) return []
      if (status === 401 || status === 403) {
        throw new ServiceError(
          'github',
          `GitHub answered ${status} for the attestations of sha256:${query.sha256} in ${query.repo} (a private repository needs github-token with attestations: read)`,
          { status, retryable: false, cause: error }
        )
      }
      throw error
    })
  const attestations: FetchedAttestation[] = []
  const notes: string[] = []
  list.forEach((item, index) => {
    const source = `github:${query.repo}/attestations/sha256:${query.sha256.slice(0, 12)}#${index + 1}`
    if (isObject(item.bundle))
      attestations.push({ source, bundle: item.bundle })
    else
      notes.push(
        `${source}: GitHub gave only a bundle_url (compressed), not fetched; download it with gh attestation download`
      )
  })
  return { attestations, notes }
}
