import { describe, expect, it } from '@jest/globals'
import { VerificationError } from '../../../src/lib/errors.js'
import {
  assertIdentity,
  matchesWorkflow
} from '../../../src/lib/verify/identity.js'
import type { IdentityPolicy } from '../../../src/lib/verify/policy.js'
import type { SignerInfo } from '../../../src/lib/verify/signer.js'

const ISSUER = 'https://token.actions.githubusercontent.com'
const SAN = 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1'

const signer = (over: Partial<SignerInfo> = {}): SignerInfo => ({
  identity: SAN,
  issuer: ISSUER,
  extensions: {
    buildSignerUri: SAN,
    sourceRepositoryUri: 'https://github.com/o/r',
    runnerEnvironment: 'github-hosted'
  },
  ...over
})

const policy = (over: Partial<IdentityPolicy> = {}): IdentityPolicy => ({
  issuer: ISSUER,
  denySelfHostedRunners: false,
  keyed: false,
  ...over
})

function codeOf(check: () => void): string | undefined {
  try {
    check()
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(VerificationError)
    return (error as VerificationError).code
  }
}

describe('assertIdentity', () => {
  it.each<
    [string, Partial<SignerInfo>, Partial<IdentityPolicy>, string | undefined]
  >([
    ['exact identity', {}, { identity: SAN }, undefined],
    [
      'another identity',
      {},
      { identity: `${SAN}x` },
      'VERIFY_IDENTITY_MISMATCH'
    ],
    [
      'identity regexp',
      {},
      { identityRegexp: /^https:\/\/github\.com\/o\/r\// },
      undefined
    ],
    [
      'regexp miss',
      {},
      { identityRegexp: /^https:\/\/github\.com\/x\// },
      'VERIFY_IDENTITY_MISMATCH'
    ],
    [
      'another issuer',
      { issuer: 'https://accounts.google.com' },
      { identity: SAN },
      'VERIFY_ISSUER_MISMATCH'
    ],
    ['repo', {}, { repo: 'o/r' }, undefined],
    ['repo, any case', {}, { repo: 'O/R' }, undefined],
    ['another repo', {}, { repo: 'o/other' }, 'VERIFY_REPO_MISMATCH'],
    [
      'repo signed by a reusable workflow elsewhere',
      {
        identity:
          'https://github.com/slsa/gen/.github/workflows/g.yml@refs/tags/v2'
      },
      { repo: 'o/r' },
      'VERIFY_REPO_MISMATCH'
    ],
    [
      'repo with the reusable workflow named',
      {
        identity:
          'https://github.com/slsa/gen/.github/workflows/g.yml@refs/tags/v2',
        extensions: {
          sourceRepositoryUri: 'https://github.com/o/r',
          buildSignerUri:
            'https://github.com/slsa/gen/.github/workflows/g.yml@refs/tags/v2'
        }
      },
      { repo: 'o/r', signerWorkflow: 'slsa/gen/.github/workflows/g.yml' },
      undefined
    ],
    [
      'legacy repository extension',
      { extensions: { githubWorkflowRepository: 'o/r' } },
      { repo: 'o/r' },
      undefined
    ],
    [
      'signer workflow',
      {},
      { signerWorkflow: 'o/r/.github/workflows/release.yml' },
      undefined
    ],
    [
      'another signer workflow',
      {},
      { signerWorkflow: 'o/r/.github/workflows/ci.yml' },
      'VERIFY_SIGNER_WORKFLOW_MISMATCH'
    ],
    [
      'self-hosted runner',
      { extensions: { runnerEnvironment: 'self-hosted' } },
      { identity: SAN, denySelfHostedRunners: true },
      'VERIFY_SELF_HOSTED_RUNNER'
    ],
    [
      'runner unknown',
      { extensions: {} },
      { identity: SAN, denySelfHostedRunners: true },
      'VERIFY_RUNNER_UNKNOWN'
    ],
    [
      'key asked, certificate given',
      {},
      { keyed: true },
      'VERIFY_IDENTITY_MISMATCH'
    ],
    [
      'keyed signer',
      { keyed: true, identity: undefined },
      { keyed: true },
      undefined
    ]
  ])('%s', (_name, over, asked, code) => {
    expect(codeOf(() => assertIdentity(signer(over), policy(asked)))).toBe(code)
  })

  it('does not take the runner from a payload: the certificate must say', () => {
    const bare = signer({ extensions: {} })
    const deny = policy({ identity: SAN, denySelfHostedRunners: true })
    expect(codeOf(() => assertIdentity(bare, deny))).toBe(
      'VERIFY_RUNNER_UNKNOWN'
    )
  })

  it.each([
    [
      'o/r/.github/workflows/a.yml',
      'https://github.com/o/r/.github/workflows/a.yml@refs/heads/main',
      true
    ],
    [
      'github.com/o/r/.github/workflows/a.yml',
      'https://github.com/o/r/.github/workflows/a.yml@refs/heads/main',
      true
    ],
    [
      'o/r/.github/workflows/a.yml@refs/heads/main',
      'https://github.com/o/r/.github/workflows/a.yml@refs/heads/main',
      true
    ],
    [
      'o/r/.github/workflows/a.yml@refs/heads/dev',
      'https://github.com/o/r/.github/workflows/a.yml@refs/heads/main',
      false
    ],
    [
      'o/r/.github/workflows/a.y',
      'https://github.com/o/r/.github/workflows/a.yml@refs/heads/main',
      false
    ]
  ])('matches signer workflow %s against %s: %s', (wanted, uri, expected) => {
    expect(matchesWorkflow(uri, wanted)).toBe(expected)
  })
})
