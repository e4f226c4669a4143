/**
 * The claims of a GitHub Actions OIDC token, for the embedded local issuer:
 * defaults, the runner environment -> claims mapping, and the token payload.
 * Pure functions: the environment, the clock and the issuer URL are parameters.
 */

/** GitHub's own claims; the registered ones (iss, sub, aud, ...) come at minting. */
export interface GitHubClaims {
  ref: string
  ref_type: string
  ref_protected: string
  sha: string
  repository: string
  repository_id: string
  repository_owner: string
  repository_owner_id: string
  repository_visibility: string
  actor: string
  actor_id: string
  workflow: string
  workflow_ref: string
  workflow_sha: string
  job_workflow_ref: string
  job_workflow_sha: string
  event_name: string
  head_ref: string
  base_ref: string
  run_id: string
  run_number: string
  run_attempt: string
  runner_environment: string
  /** Deployment environment; the claim (and the `sub` form) only when set. */
  environment?: string
}

/** The server every URL-shaped claim points at, as for github.com tokens. */
export const GITHUB_SERVER_URL = 'https://github.com'

const DEFAULT_SHA = '3f786850e387550fdab836ed7e6dc881de23001b'
const DEFAULT_WORKFLOW_REF =
  'provenant-demo/hello/.github/workflows/release.yml@refs/heads/main'

/** A push to main of provenant-demo/hello on a GitHub-hosted runner. */
export const DEFAULT_GITHUB_CLAIMS: Readonly<GitHubClaims> = Object.freeze({
  ref: 'refs/heads/main',
  ref_type: 'branch',
  ref_protected: 'true',
  sha: DEFAULT_SHA,
  repository: 'provenant-demo/hello',
  repository_id: '800000001',
  repository_owner: 'provenant-demo',
  repository_owner_id: '900000001',
  repository_visibility: 'public',
  actor: 'provenant-maintainer',
  actor_id: '900000002',
  workflow: 'release',
  workflow_ref: DEFAULT_WORKFLOW_REF,
  workflow_sha: DEFAULT_SHA,
  job_workflow_ref: DEFAULT_WORKFLOW_REF,
  job_workflow_sha: DEFAULT_SHA,
  event_name: 'push',
  head_ref: '',
  base_ref: '',
  run_id: '10000000001',
  run_number: '1',
  run_attempt: '1',
  runner_environment: 'github-hosted'
})

/** Which runner variable feeds which claim. */
const ENV_CLAIMS: ReadonlyArray<readonly [keyof GitHubClaims, string]> = [
  ['ref', 'GITHUB_REF'],
  ['ref_type', 'GITHUB_REF_TYPE'],
  ['ref_protected', 'GITHUB_REF_PROTECTED'],
  ['sha', 'GITHUB_SHA'],
  ['repository', 'GITHUB_REPOSITORY'],
  ['repository_id', 'GITHUB_REPOSITORY_ID'],
  ['repository_owner', 'GITHUB_REPOSITORY_OWNER'],
  ['repository_owner_id', 'GITHUB_REPOSITORY_OWNER_ID'],
  ['actor', 'GITHUB_ACTOR'],
  ['actor_id', 'GITHUB_ACTOR_ID'],
  ['workflow', 'GITHUB_WORKFLOW'],
  ['workflow_ref', 'GITHUB_WORKFLOW_REF'],
  ['workflow_sha', 'GITHUB_WORKFLOW_SHA'],
  ['job_workflow_ref', 'GITHUB_JOB_WORKFLOW_REF'],
  ['job_workflow_sha', 'GITHUB_JOB_WORKFLOW_SHA'],
  ['event_name', 'GITHUB_EVENT_NAME'],
  ['head_ref', 'GITHUB_HEAD_REF'],
  ['base_ref', 'GITHUB_BASE_REF'],
  ['run_id', 'GITHUB_RUN_ID'],
  ['run_number', 'GITHUB_RUN_NUMBER'],
  ['run_attempt', 'GITHUB_RUN_ATTEMPT'],
  ['runner_environment', 'RUNNER_ENVIRONMENT']
]

/**
 * Claims for a job running with `env` (the runner's GITHUB_* variables):
 * each non-empty variable wins over `defaults`. Claims the runner does not
 * export follow from those it does, so a token never mixes two repositories:
 * repository_owner from GITHUB_REPOSITORY, ref_type from GITHUB_REF, and the
 * workflow_sha from GITHUB_SHA, and the job workflow (a workflow that is
 * not reusable is its own job workflow).
 */
export function claimsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  defaults: Readonly<GitHubClaims> = DEFAULT_GITHUB_CLAIMS
): GitHubClaims {
  const fromEnv: Partial<GitHubClaims> = {}
  for (const [claim, name] of ENV_CLAIMS) {
    const value = env[name]
    if (value) fromEnv[claim] = value
  }
  const derived: Partial<GitHubClaims> = {}
  if (fromEnv.repository) {
    derived.repository_owner = fromEnv.repository.split('/')[0]
  }
  if (fromEnv.ref) {
    derived.ref_type = fromEnv.ref.startsWith('refs/tags/') ? 'tag' : 'branch'
  }
  if (fromEnv.sha) derived.workflow_sha = fromEnv.sha
  const workflowSha = fromEnv.workflow_sha ?? fromEnv.sha
  if (workflowSha) derived.job_workflow_sha = workflowSha
  if (fromEnv.workflow_ref) derived.job_workflow_ref = fromEnv.workflow_ref
  return { ...defaults, ...derived, ...fromEnv }
}

/** `sub` as GitHub writes it by default. */
export function buildSubject(claims: Readonly<GitHubClaims>): string {
  const repo = `repo:${claims.repository}`
  if (claims.environment) return `${repo}:environment:${claims.environment}`
  if (claims.event_name === 'pull_request') return `${repo}:pull_request`
  return `${repo}:ref:${claims.ref}`
}

/** The audience GitHub gives a token requested without one. */
export function defaultAudience(claims: Readonly<GitHubClaims>): string {
  return `${GITHUB_SERVER_URL}/${claims.repository_owner}`
}

/** The URL real Fulcio puts in the certificate SAN for a GitHub token. */
export function buildJobWorkflowUrl(claims: Readonly<GitHubClaims>): string {
  return `${GITHUB_SERVER_URL}/${claims.job_workflow_ref}`
}

/** Every claim a token from the local issuer can carry (discovery document). */
export const CLAIMS_SUPPORTED: readonly string[] = [
  'iss',
  'sub',
  'aud',
  'exp',
  'iat',
  'nbf',
  'jti',
  ...ENV_CLAIMS.map(([claim]) => claim),
  'repository_visibility',
  'environment',
  'job_workflow_url'
]

export interface TokenContext {
  issuer: string
  audience: string
  issuedAt: Date
  lifetimeSeconds: number
  jti: string
}

export type TokenPayload = Record<string, string | number>

/** The full payload of one token: registered claims, then GitHub's. */
export function buildTokenPayload(
  claims: Readonly<GitHubClaims>,
  context: TokenContext
): TokenPayload {
  const iat = Math.floor(context.issuedAt.getTime() / 1000)
  const { environment, ...github } = claims
  return {
    iss: context.issuer,
    sub: buildSubject(claims),
    aud: context.audience,
    jti: context.jti,
    iat,
    nbf: iat,
    exp: iat + context.lifetimeSeconds,
    ...github,
    ...(environment ? { environment } : {}),
    job_workflow_url: buildJobWorkflowUrl(claims)
  }
}
