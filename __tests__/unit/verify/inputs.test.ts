import { describe, expect, it } from '@jest/globals'
import { InputErrors } from '../../../src/lib/errors.js'
import {
  parseRequire,
  parseVerifyInputs
} from '../../../src/lib/verify/parse-inputs.js'

const parse = (values: Record<string, string>, artifacts = ['dist']) =>
  parseVerifyInputs((name) => values[name], { artifacts })

const ID = 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1'

describe('parseVerifyInputs', () => {
  it('reads a policy with the defaults of the table', () => {
    const inputs = parse({ 'certificate-identity': ID })
    expect(inputs.policy).toMatchObject({
      identity: ID,
      issuer: 'https://token.actions.githubusercontent.com',
      require: ['signature'],
      denySelfHostedRunners: false,
      insecureIgnoreTlog: false,
      keyed: false
    })
    expect(inputs).toMatchObject({
      artifacts: ['dist'],
      offline: false,
      githubAttestations: false
    })
  })

  it('adds provenance to the requirements when a provenance flag is given', () => {
    for (const flag of [
      'source-uri',
      'source-versioned-tag',
      'builder-id',
      'build-workflow-input',
      'provenance-path',
      'predicate-type'
    ]) {
      expect(parse({ repo: 'o/r', [flag]: 'x=y' }).policy.require).toEqual([
        'signature',
        'provenance'
      ])
    }
  })

  it('judges tags, branches, refs and commits on the certificate: no provenance needed', () => {
    for (const flag of [
      'source-tag',
      'source-branch',
      'source-repository-ref',
      'source-digest'
    ]) {
      expect(parse({ repo: 'o/r', [flag]: 'x' }).policy.require).toEqual([
        'signature'
      ])
    }
  })

  it('takes slsa-verifier’s flags alone: --source-uri names the signer through the trusted builders', () => {
    const inputs = parse({ 'source-uri': 'github.com/o/r' })
    expect(inputs.policy.sourceUri).toBe('github.com/o/r')
    expect(inputs.policy.require).toEqual(['signature', 'provenance'])
  })

  it('reads --build-workflow-input pairs and rejects a pair without =', () => {
    expect(
      parse({ repo: 'o/r', 'build-workflow-input': 'a=1\nb=x=y' }).policy
        .buildWorkflowInputs
    ).toEqual({ a: '1', b: 'x=y' })
    expect(() =>
      parse({ repo: 'o/r', 'build-workflow-input': 'novalue' })
    ).toThrow(/key=value/)
  })

  it('reads the action form: artifacts as a list, booleans as text, the unexpanded token as none', () => {
    const inputs = parseVerifyInputs(
      (name) =>
        ({
          subjects: 'dist/a.tgz\nsha256:' + 'a'.repeat(64),
          'certificate-identity-regexp': '^https://github\\.com/o/',
          offline: 'true',
          require: 'signature, provenance,sbom',
          'github-token': '${{ github.token }}'
        })[name]
    )
    expect(inputs.artifacts).toEqual(['dist/a.tgz', `sha256:${'a'.repeat(64)}`])
    expect(inputs.policy.identityRegexp?.test('https://github.com/o/r/x')).toBe(
      true
    )
    expect(inputs.policy.require).toEqual(['signature', 'provenance', 'sbom'])
    expect(inputs.offline).toBe(true)
    expect(inputs.githubToken).toBeUndefined()
  })

  it.each([
    [{}, 'VERIFY_NO_IDENTITY'],
    [
      { 'certificate-identity': ID, 'certificate-identity-regexp': '.*' },
      'VERIFY_IDENTITY_TWICE'
    ],
    [{ 'certificate-identity-regexp': '(' }, 'VERIFY_REGEXP_INVALID'],
    [{ repo: 'not-a-repo' }, 'VERIFY_REPO_FORMAT'],
    [{ repo: 'o/r', require: 'signature,vibes' }, 'VERIFY_REQUIRE_UNKNOWN'],
    [
      { repo: 'o/r', 'source-tag': 'v1', 'source-branch': 'main' },
      'VERIFY_SOURCE_REF_TWICE'
    ],
    [{ repo: 'o/r', offline: 'maybe' }, 'INPUT_NOT_BOOLEAN'],
    [
      { repo: 'o/r', 'github-attestations': 'true', offline: 'true' },
      'VERIFY_OFFLINE_LOOKUP'
    ],
    [
      { 'certificate-identity': ID, 'github-attestations': 'true' },
      'VERIFY_LOOKUP_NEEDS_REPO'
    ],
    [
      {
        repo: 'o/r',
        'rebuilder-identity': ID,
        'rebuilder-identity-regexp': '.*'
      },
      'VERIFY_REBUILDER_TWICE'
    ],
    [{ repo: 'o/r', 'rebuilder-identity-regexp': '(' }, 'VERIFY_REGEXP_INVALID']
  ])('rejects %j with %s', (values, code) => {
    let thrown: unknown
    try {
      parse(values)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputErrors)
    expect((thrown as InputErrors).problems.map((p) => p.code)).toContain(code)
  })

  it('needs no identity when only checksums are required, and collects every problem at once', () => {
    expect(parse({ require: 'checksum' }).policy.require).toEqual(['checksum'])
    const error = (() => {
      try {
        parse({ repo: 'bad', require: 'nope' }, [])
      } catch (e) {
        return e as InputErrors
      }
    })()!
    expect(error.problems.map((p) => p.code).sort()).toEqual(
      [
        'VERIFY_NO_ARTIFACTS',
        'VERIFY_REPO_FORMAT',
        'VERIFY_REQUIRE_UNKNOWN'
      ].sort()
    )
  })

  it('reads a rebuilder policy, which asks for a verdict, and names the regexp input it could not read', () => {
    const named = parse({ repo: 'o/r', 'rebuilder-identity': ID }).policy
    expect(named.rebuilder).toEqual({ identity: ID, identityRegexp: undefined })
    expect(named.require).toEqual(['signature', 'reproducible'])
    const pattern = parse({
      repo: 'o/r',
      'rebuilder-identity-regexp': '^https://github\\.com/o/r/'
    }).policy.rebuilder
    expect(pattern?.identityRegexp?.test(ID)).toBe(true)
    expect(parse({ repo: 'o/r' }).policy.rebuilder).toBeUndefined()
    let thrown: unknown
    try {
      parse({ repo: 'o/r', 'rebuilder-identity-regexp': '(' })
    } catch (error) {
      thrown = error
    }
    expect((thrown as InputErrors).problems[0]?.message).toMatch(
      /^input "rebuilder-identity-regexp" is not a regular expression/
    )
  })

  it('takes a key instead of an identity', () => {
    expect(parse({ 'public-key': 'cosign.pub' }).policy.keyed).toBe(true)
  })

  it('parses requirement lists', () => {
    expect(parseRequire('provenance sbom,provenance')).toEqual([
      'provenance',
      'sbom'
    ])
    expect(parseRequire(undefined)).toEqual([])
  })
})
