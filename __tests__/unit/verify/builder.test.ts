/** slsa-verifier's builder and tag rules, on certificate facts. */
import { describe, expect, it } from '@jest/globals'
import { VerificationError } from '../../../src/lib/errors.js'
import {
  assertBuilderId,
  assertTrustedBuilder,
  matchesBuilderId
} from '../../../src/lib/verify/builder.js'
import type { CertificateFacts } from '../../../src/lib/verify/certificate-facts.js'
import { assertSourceFacts } from '../../../src/lib/verify/source-policy.js'
import {
  assertVersionedTag,
  isReleaseTagRef
} from '../../../src/lib/verify/versioned-tag.js'

const GENERIC =
  'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml'

function codeOf(check: () => void): string | undefined {
  try {
    check()
    return undefined
  } catch (error) {
    if (error instanceof VerificationError) return error.code
    throw error
  }
}

const cert = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  buildSignerUri: `${GENERIC}@refs/tags/v2.1.0`,
  sourceRepositoryUri: 'https://github.com/slsa-framework/example-package',
  sourceRepositoryRef: 'refs/tags/v13.0.30',
  sourceRepositoryDigest: 'abc123',
  githubWorkflow: {},
  ...over
})

describe('builder ids as slsa-verifier matches them', () => {
  it.each([
    [GENERIC, true],
    [`${GENERIC}@v2.1.0`, true],
    [`${GENERIC}@refs/tags/v2.1.0`, true],
    [`${GENERIC}@v2.0.0`, false],
    [`${GENERIC}@`, false],
    [`${GENERIC}@v2.1.0@x`, false],
    [GENERIC.replace('generic', 'go'), false]
  ])('%s: %s', (id, matches) => {
    expect(
      matchesBuilderId({ name: GENERIC, ref: 'refs/tags/v2.1.0' }, id)
    ).toBe(matches)
  })

  it.each([
    ['a default builder at a release tag', cert(), undefined],
    [
      'a default builder at a branch',
      cert({ buildSignerUri: `${GENERIC}@refs/heads/main` }),
      'VERIFY_BUILDER_REF_INVALID'
    ],
    [
      'a default builder at a pre-release',
      cert({ buildSignerUri: `${GENERIC}@refs/tags/v2.1.0-rc.1` }),
      'VERIFY_BUILDER_REF_INVALID'
    ],
    [
      'any other workflow',
      cert({
        buildSignerUri:
          'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0'
      }),
      'VERIFY_BUILDER_UNTRUSTED'
    ]
  ])('trusts by default: %s', (_name, facts, code) => {
    expect(codeOf(() => assertTrustedBuilder(facts, false))).toBe(code)
  })

  it('names the builder of a GitHub attestation only when asked', () => {
    const facts = cert({
      buildSignerUri:
        'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main'
    })
    expect(codeOf(() => assertTrustedBuilder(facts, true))).toBe(
      'VERIFY_BUILDER_UNTRUSTED'
    )
    expect(
      codeOf(() =>
        assertBuilderId(
          facts,
          'https://github.com/o/r/.github/workflows/release.yml'
        )
      )
    ).toBeUndefined()
  })
})

describe('source flags on the certificate', () => {
  it.each([
    [{ sourceUri: 'github.com/slsa-framework/example-package' }, undefined],
    [
      { sourceUri: 'github.com/slsa-framework/example-packageA' },
      'VERIFY_SOURCE_MISMATCH'
    ],
    [{ sourceTag: 'v13.0.30' }, undefined],
    [{ sourceTag: 'v13.0.29' }, 'VERIFY_SOURCE_REF_MISMATCH'],
    [{ sourceBranch: 'main' }, 'VERIFY_SOURCE_REF_MISMATCH'],
    [{ sourceRef: 'refs/tags/v13.0.30' }, undefined],
    [{ sourceDigest: 'ABC123' }, undefined],
    [{ sourceDigest: 'abc124' }, 'VERIFY_SOURCE_DIGEST_MISMATCH'],
    [{ sourceVersionedTag: 'v13' }, undefined],
    [{ sourceVersionedTag: 'v13.0' }, undefined],
    [{ sourceVersionedTag: 'v13.0.30' }, undefined],
    [{ sourceVersionedTag: 'v13.1' }, 'VERIFY_SOURCE_REF_MISMATCH'],
    [{ sourceVersionedTag: 'v12' }, 'VERIFY_SOURCE_REF_MISMATCH'],
    [{ sourceVersionedTag: '13' }, 'VERIFY_SOURCE_REF_MISMATCH']
  ])('%j', (policy, code) => {
    expect(codeOf(() => assertSourceFacts(cert(), policy))).toBe(code)
  })

  it('takes the branch of a tag build from a known builder’s record only', () => {
    expect(
      codeOf(() =>
        assertSourceFacts(
          cert(),
          { sourceBranch: 'main' },
          { baseRef: 'refs/heads/main' }
        )
      )
    ).toBeUndefined()
  })
})

describe('versioned tags as Go semver reads them', () => {
  it.each([
    ['v1.2.3', 'v1', true],
    ['v1.2.3', 'v1.2', true],
    ['v1.2.3', 'v1.2.3', true],
    ['v1.2.3+build', 'v1.2.3', true],
    ['v1.2.3-alpha', 'v1.2.3', false],
    ['v1.2.3-alpha', 'v1.2.3-alpha', true],
    ['v1.2', 'v1.2.0', true],
    ['v10.0.1', 'v1', false],
    ['1.2.3', 'v1', false]
  ])('%s in %s: %s', (tag, line, ok) => {
    expect(codeOf(() => assertVersionedTag(tag, line)) === undefined).toBe(ok)
  })

  it.each([
    ['refs/tags/v1.2.3', true],
    ['refs/tags/v1.2', false],
    ['refs/tags/v1.2.3-rc.1', false],
    ['refs/tags/v1.2.3+1', false],
    ['refs/heads/v1.2.3', false]
  ])('release tag ref %s: %s', (ref, ok) => {
    expect(isReleaseTagRef(ref)).toBe(ok)
  })
})
