import { describe, expect, it } from '@jest/globals'
import { InputError, InputErrors } from '../../../src/lib/errors.js'
import { PROVENANCE_INPUTS } from '../../../src/lib/provenance/inputs.js'
import { parseProvenanceInputs } from '../../../src/lib/provenance/parse-inputs.js'
import { SIGN_INPUTS } from '../../../src/lib/sign/inputs.js'

const HEX = 'ab'.repeat(32)
const LOCAL = {
  sigstore: 'custom',
  'fulcio-url': 'http://127.0.0.1:1',
  'rekor-url': 'http://127.0.0.1:2'
}

const parse = (values: Record<string, string>) =>
  parseProvenanceInputs((name) => ({ ...LOCAL, ...values })[name])

function problemsOf(values: Record<string, string>): InputError[] {
  try {
    parse(values)
  } catch (error) {
    if (error instanceof InputErrors) return [...error.problems]
    throw error
  }
  throw new Error('no error')
}

describe('parseProvenanceInputs', () => {
  it('reads defaults', () => {
    const inputs = parse({ 'subject-path': 'dist/*' })
    expect(inputs).toMatchObject({
      subjects: { kind: 'path', patterns: ['dist/*'] },
      singleSubject: false,
      bundleName: 'provenance',
      outputDir: undefined,
      store: true,
      onStoreError: 'fail',
      githubToken: undefined,
      signing: { sigstore: 'custom', concurrency: 8, maxAttempts: 5 }
    })
  })

  it.each([
    [
      { 'subject-checksums': 'checksums.txt' },
      { kind: 'checksums', file: 'checksums.txt' }
    ],
    [
      { 'subject-digest': `sha256:${HEX}`, 'subject-name': 'app.tgz' },
      {
        kind: 'digest',
        subjects: [{ name: 'app.tgz', digest: { sha256: HEX } }]
      }
    ]
  ])('reads subject source %j', (values, subjects) => {
    expect(parse(values).subjects).toEqual(subjects)
  })

  it.each([
    [{}, 'PROVENANCE_NO_SUBJECT', /no subject/],
    [
      { 'subject-path': 'a', 'subject-checksums': 'c' },
      'PROVENANCE_SUBJECT_SOURCES',
      /"subject-path" and "subject-checksums" exclude each other/
    ],
    [
      { 'subject-digest': `sha256:${HEX.slice(1)}`, 'subject-name': 'a' },
      'SUBJECT_DIGEST_LENGTH',
      /^input "subject-digest"/
    ],
    [
      { 'subject-digest': `sha256:${HEX}` },
      'PROVENANCE_SUBJECT_NAME_COUNT',
      /^input "subject-name"/
    ],
    [
      { 'subject-path': 'a', 'subject-name': 'b' },
      'PROVENANCE_SUBJECT_NAME_ALONE',
      /^input "subject-name"/
    ],
    [
      { 'subject-path': 'a', 'predicate-type': 'https://x/y' },
      'PROVENANCE_PREDICATE_PAIR',
      /needs "predicate-path"/
    ],
    [
      {
        'subject-path': 'a',
        'predicate-type': 'not a uri',
        'predicate-path': 'p'
      },
      'PROVENANCE_PREDICATE_TYPE',
      /^input "predicate-type"/
    ],
    [
      { 'subject-path': 'a', 'bundle-name': '../x' },
      'PROVENANCE_BUNDLE_NAME',
      /^input "bundle-name"/
    ],
    [
      { 'subject-path': 'a', 'on-store-error': 'ignore' },
      'INPUT_NOT_A_CHOICE',
      /^input "on-store-error" must be one of fail, warn/
    ],
    [
      { 'subject-path': 'a', store: 'maybe' },
      'INPUT_NOT_BOOLEAN',
      /^input "store"/
    ],
    [
      { 'subject-path': 'a', 'oidc-issuer': 'http://evil.example' },
      'SIGN_URL_NOT_HTTPS',
      /^input "oidc-issuer"/
    ]
  ])('refuses %j with %s', (values, code, message) => {
    const problems = problemsOf(values)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toBeInstanceOf(InputError)
    expect(problems[0]).toMatchObject({ code, kind: 'input' })
    expect(problems[0]!.message).toMatch(message)
  })

  it('reports every problem at once', () => {
    const codes = problemsOf({
      'subject-digest': 'sha256:00',
      'subject-name': 'a',
      'single-subject': 'perhaps',
      'max-attempts': '0'
    }).map((p) => p.code)
    expect(codes.sort()).toEqual(
      ['INPUT_NOT_BOOLEAN', 'INPUT_NOT_INTEGER', 'SUBJECT_DIGEST_LENGTH'].sort()
    )
  })

  it('reads the workflow-token default as absent (the CLI falls back to GITHUB_TOKEN)', () => {
    expect(
      parse({ 'subject-path': 'a', 'github-token': 'ghs_x' }).githubToken
    ).toBe('ghs_x')
    expect(PROVENANCE_INPUTS['github-token'].default).toBe(
      '${{ github.token }}'
    )
  })

  it('shares its signing inputs with sign, spelled and described the same', () => {
    for (const name of [
      'output-dir',
      'sigstore',
      'fulcio-url',
      'rekor-url',
      'tsa-url',
      'signing-config',
      'trusted-root',
      'identity-token',
      'concurrency',
      'max-attempts',
      'retry-budget-seconds',
      'request-timeout-seconds'
    ] as const) {
      expect({ name, spec: PROVENANCE_INPUTS[name] }).toEqual({
        name,
        spec: SIGN_INPUTS[name]
      })
    }
  })
})
