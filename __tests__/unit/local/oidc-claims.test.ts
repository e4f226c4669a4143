import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_GITHUB_CLAIMS,
  buildSubject,
  buildTokenPayload,
  claimsFromEnv,
  defaultAudience
} from '../../../src/local/oidc-claims.js'

const RELEASE_SHA = 'b'.repeat(40)

/** What the runner exports for a tag push in acme/widget. */
const TAG_PUSH_ENV = {
  GITHUB_REPOSITORY: 'acme/widget',
  GITHUB_REPOSITORY_ID: '42',
  GITHUB_REPOSITORY_OWNER_ID: '7',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_SHA: RELEASE_SHA,
  GITHUB_WORKFLOW: 'publish',
  GITHUB_WORKFLOW_REF:
    'acme/widget/.github/workflows/publish.yml@refs/tags/v1.2.3',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '555',
  GITHUB_RUN_NUMBER: '12',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_ACTOR: 'octocat',
  GITHUB_ACTOR_ID: '583231',
  GITHUB_HEAD_REF: '',
  RUNNER_ENVIRONMENT: 'self-hosted'
}

describe('claimsFromEnv', () => {
  it('gives the defaults for an empty environment', () => {
    expect(claimsFromEnv({})).toEqual(DEFAULT_GITHUB_CLAIMS)
  })

  it.each([
    ['repository', 'acme/widget'],
    ['repository_id', '42'],
    ['repository_owner', 'acme'],
    ['repository_owner_id', '7'],
    ['ref', 'refs/tags/v1.2.3'],
    ['ref_type', 'tag'],
    ['sha', RELEASE_SHA],
    ['workflow', 'publish'],
    [
      'workflow_ref',
      'acme/widget/.github/workflows/publish.yml@refs/tags/v1.2.3'
    ],
    ['workflow_sha', RELEASE_SHA],
    [
      'job_workflow_ref',
      'acme/widget/.github/workflows/publish.yml@refs/tags/v1.2.3'
    ],
    ['job_workflow_sha', RELEASE_SHA],
    ['run_id', '555'],
    ['run_number', '12'],
    ['run_attempt', '2'],
    ['actor', 'octocat'],
    ['actor_id', '583231'],
    ['runner_environment', 'self-hosted'],
    ['head_ref', ''],
    ['repository_visibility', 'public']
  ])('%s follows the environment', (claim, expected) => {
    const claims = claimsFromEnv(TAG_PUSH_ENV) as unknown as Record<
      string,
      string
    >
    expect(claims[claim]).toBe(expected)
  })

  it('lets explicit runner variables win over derived claims', () => {
    const claims = claimsFromEnv({
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_REPOSITORY_OWNER: 'Acme',
      GITHUB_REF: 'refs/heads/release',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_WORKFLOW_REF: 'acme/widget/.github/workflows/ci.yml@refs/heads/x',
      GITHUB_JOB_WORKFLOW_REF:
        'acme/shared/.github/workflows/build.yml@refs/tags/v1',
      GITHUB_JOB_WORKFLOW_SHA: 'c'.repeat(40)
    })
    expect(claims.repository_owner).toBe('Acme')
    expect(claims.ref_type).toBe('branch')
    expect(claims.job_workflow_ref).toBe(
      'acme/shared/.github/workflows/build.yml@refs/tags/v1'
    )
    expect(claims.job_workflow_sha).toBe('c'.repeat(40))
  })

  it('takes the defaults it is given', () => {
    const defaults = { ...DEFAULT_GITHUB_CLAIMS, actor: 'someone' }
    expect(claimsFromEnv({ GITHUB_RUN_ID: '9' }, defaults)).toEqual({
      ...defaults,
      run_id: '9'
    })
  })
})

describe('buildSubject', () => {
  it.each([
    [{}, 'repo:provenant-demo/hello:ref:refs/heads/main'],
    [
      { environment: 'production' },
      'repo:provenant-demo/hello:environment:production'
    ],
    [{ event_name: 'pull_request' }, 'repo:provenant-demo/hello:pull_request']
  ])('%j -> %s', (overrides, expected) => {
    expect(buildSubject({ ...DEFAULT_GITHUB_CLAIMS, ...overrides })).toBe(
      expected
    )
  })
})

describe('buildTokenPayload', () => {
  const context = {
    issuer: 'http://127.0.0.1:1234',
    audience: 'sigstore',
    issuedAt: new Date('2025-01-02T03:04:05.678Z'),
    lifetimeSeconds: 300,
    jti: 'the-jti'
  }

  it('computes the registered claims from the clock and the lifetime', () => {
    const payload = buildTokenPayload(DEFAULT_GITHUB_CLAIMS, context)
    const iat = Date.parse('2025-01-02T03:04:05Z') / 1000
    expect(payload).toMatchObject({
      iss: 'http://127.0.0.1:1234',
      aud: 'sigstore',
      jti: 'the-jti',
      iat,
      nbf: iat,
      exp: iat + 300
    })
  })

  it('adds job_workflow_url and omits an unset environment', () => {
    const payload = buildTokenPayload(DEFAULT_GITHUB_CLAIMS, context)
    expect(payload.job_workflow_url).toBe(
      'https://github.com/provenant-demo/hello/.github/workflows/release.yml@refs/heads/main'
    )
    expect(payload).not.toHaveProperty('environment')
    expect(payload).not.toHaveProperty('enterprise')
    const withEnv = buildTokenPayload(
      { ...DEFAULT_GITHUB_CLAIMS, environment: 'production' },
      context
    )
    expect(withEnv.environment).toBe('production')
  })
})

describe('defaultAudience', () => {
  it('is the repository owner URL', () => {
    expect(defaultAudience(DEFAULT_GITHUB_CLAIMS)).toBe(
      'https://github.com/provenant-demo'
    )
  })
})
