/**
 * The OIDC token claims provenance is built from, and the issuer a token
 * must come from. Checking a token's signature is src/io's job; this file
 * only says which claims are needed and whose tokens count.
 */
import { InputError } from '../errors.js'

/** The claims the actions/attest package requires, and job_workflow_ref for the builder id. */
export const PROVENANCE_CLAIMS = [
  'iss',
  'ref',
  'sha',
  'repository',
  'event_name',
  'workflow_ref',
  'job_workflow_ref',
  'repository_id',
  'repository_owner_id',
  'runner_environment',
  'run_id',
  'run_attempt'
] as const

export type ProvenanceClaim = (typeof PROVENANCE_CLAIMS)[number]
export type ProvenanceClaims = Readonly<Record<ProvenanceClaim, string>>

export const GITHUB_COM_SERVER_URL = 'https://github.com'
export const GITHUB_COM_ISSUER = 'https://token.actions.githubusercontent.com'

/**
 * The claims of a verified token payload, all present and strings (numbers
 * as GitHub may send them become strings); an InputError listing every
 * missing claim otherwise.
 */
export function toProvenanceClaims(
  payload: Readonly<Record<string, unknown>>
): ProvenanceClaims {
  const claims: Partial<Record<ProvenanceClaim, string>> = {}
  const missing: string[] = []
  for (const name of PROVENANCE_CLAIMS) {
    const value = payload[name]
    if (typeof value === 'string' && value !== '') claims[name] = value
    else if (typeof value === 'number') claims[name] = String(value)
    else missing.push(name)
  }
  if (missing.length > 0) {
    throw new InputError(
      'PROVENANCE_CLAIMS_MISSING',
      `the OIDC token lacks the claim(s) ${missing.join(', ')} that build provenance is made of: provenance needs a GitHub Actions token (run in a workflow with \`permissions: id-token: write\`, or pass one as "identity-token")`
    )
  }
  return claims as ProvenanceClaims
}

/**
 * The issuer whose tokens are trusted: `override` when given; else GitHub's
 * for the server the workflow runs on (github.com, GHE.com data residency
 * `<sub>.ghe.com`, or GitHub Enterprise Server's `/_services/token`).
 */
export function expectedIssuer(
  serverUrl: string,
  override: string | undefined
): string {
  if (override) return override.replace(/\/+$/, '')
  const url = new URL(serverUrl)
  if (url.origin === GITHUB_COM_SERVER_URL) return GITHUB_COM_ISSUER
  if (url.hostname.endsWith('.ghe.com')) {
    const subdomain = url.hostname.slice(0, -'.ghe.com'.length)
    return `https://token.actions.${subdomain}.ghe.com`
  }
  return `${url.origin}/_services/token`
}

/** `owner/repo` -> its two parts. */
export function splitRepository(repository: string): {
  owner: string
  repo: string
} {
  const [owner, repo, ...rest] = repository.split('/')
  if (!owner || !repo || rest.length > 0) {
    throw new InputError(
      'PROVENANCE_REPOSITORY_INVALID',
      `the repository "${repository}" is not "owner/name"; set GITHUB_REPOSITORY`
    )
  }
  return { owner, repo }
}
