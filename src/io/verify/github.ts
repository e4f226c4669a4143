/**
 * GitHub's attestation store, by digest:
 * `GET {api}/repos/{owner}/{repo}/attestations/sha256:<hex>`. No token is
 * needed for public repositories; a token is sent when given. A 404 means
 * nothing was attested for that digest.
 */
import { ServiceError } from '../../lib/errors.js'
import { isObject } from '../../lib/verify/statement.js'

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'
const TIMEOUT_MS = 30_000

export interface GitHubAttestationQuery {
  apiUrl: string
  repo: string
  sha256: string
  token?: string
  fetch?: typeof fetch
}

export interface FetchedAttestation {
  source: string
  bundle: unknown
}

export async function fetchGitHubAttestations(
  query: GitHubAttestationQuery
): Promise<{ attestations: FetchedAttestation[]; notes: string[] }> {
  const doFetch = query.fetch ?? fetch
  const url = `${query.apiUrl.replace(/\/+$/, '')}/repos/${query.repo}/attestations/sha256:${query.sha256}?per_page=100`
  let response: Response
  try {
    response = await doFetch(url, {
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        ...(query.token ? { authorization: `Bearer ${query.token}` } : {})
      },
      signal: AbortSignal.timeout(TIMEOUT_MS)
    })
  } catch (error) {
    throw new ServiceError(
      'github',
      `cannot reach ${query.apiUrl} for attestations: ${(error as Error).message}`,
      {
        cause: error,
        retryable: true
      }
    )
  }
  if (response.status === 404) return { attestations: [], notes: [] }
  if (!response.ok) {
    throw new ServiceError(
      'github',
      `GitHub answered ${response.status} for the attestations of sha256:${query.sha256} in ${query.repo}${response.status === 401 || response.status === 403 ? ' (a private repository needs github-token with attestations: read)' : ''}`,
      { status: response.status, retryable: response.status >= 500 }
    )
  }
  const body: unknown = await response.json()
  const list =
    isObject(body) && Array.isArray(body.attestations)
      ? body.attestations.filter(isObject)
      : []
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
