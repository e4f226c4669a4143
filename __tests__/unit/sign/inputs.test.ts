import { describe, expect, it } from '@jest/globals'
import { InputError, InputErrors } from '../../../src/lib/errors.js'
import { parseSignInputs } from '../../../src/lib/sign/inputs.js'

const source =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name]

const TOKEN =
  'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUuY29tIiwic3ViIjoic2VjcmV0LXN1YmplY3QifQ.c2lnbmF0dXJlLXRoYXQtaXMtc2VjcmV0'
const EC_KEY = '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n'

function problemsOf(values: Record<string, string>): InputError[] {
  try {
    parseSignInputs(source(values))
  } catch (error) {
    expect(error).toBeInstanceOf(InputErrors)
    return [...(error as InputErrors).problems]
  }
  throw new Error('expected parseSignInputs to throw')
}

describe('parseSignInputs', () => {
  it('applies the table defaults', () => {
    expect(parseSignInputs(source({ files: 'dist/*\nREADME.md' }))).toEqual({
      files: ['dist/*', 'README.md'],
      images: [],
      ociFormat: 'both',
      insecureRegistries: [],
      outputDir: undefined,
      legacySig: false,
      allowEmpty: false,
      sigstore: undefined,
      fulcioUrl: undefined,
      rekorUrl: undefined,
      tsaUrl: undefined,
      signingConfig: undefined,
      trustedRoot: undefined,
      identityToken: undefined,
      key: undefined,
      concurrency: 8,
      maxAttempts: 5,
      retryBudgetMs: 120_000,
      requestTimeoutMs: 30_000
    })
  })

  it('reads every input', () => {
    const inputs = parseSignInputs(
      source({
        files: 'a b',
        'output-dir': 'out',
        'legacy-sig': 'true',
        'allow-empty': 'yes',
        sigstore: 'custom',
        'fulcio-url': 'https://fulcio.example.com/',
        'rekor-url': 'http://127.0.0.1:3000',
        'tsa-url': 'https://tsa.example.com/api/v1/timestamp',
        'trusted-root': 'trusted_root.json',
        'identity-token': TOKEN,
        concurrency: '3',
        'max-attempts': '2',
        'retry-budget-seconds': '10',
        'request-timeout-seconds': '4'
      })
    )
    expect(inputs).toMatchObject({
      files: ['a', 'b'],
      outputDir: 'out',
      legacySig: true,
      allowEmpty: true,
      sigstore: 'custom',
      fulcioUrl: 'https://fulcio.example.com',
      rekorUrl: 'http://127.0.0.1:3000',
      tsaUrl: 'https://tsa.example.com/api/v1/timestamp',
      identityToken: TOKEN,
      concurrency: 3,
      maxAttempts: 2,
      retryBudgetMs: 10_000,
      requestTimeoutMs: 4_000
    })
  })

  it('takes URLs alone as a custom instance', () => {
    expect(
      parseSignInputs(
        source({
          files: 'a',
          'fulcio-url': 'https://f.example',
          'tsa-url': 'https://t.example'
        })
      ).sigstore
    ).toBeUndefined()
  })

  it.each([
    [{}, 'SIGN_NO_SUBJECTS', /nothing to sign: give files .* or images/],
    [{ images: 'docker.io/x' }, 'OCI_REFERENCE_INVALID', /oci:\/\//],
    [
      { images: 'oci://r.io/a:1', 'oci-format': 'cosign' },
      'OCI_FORMAT_UNKNOWN',
      /bundle.*legacy.*both/
    ],
    [
      { files: 'a', 'insecure-registry': 'http://r.io' },
      'OCI_INSECURE_REGISTRY_INVALID',
      /not a registry name/
    ],
    [{ files: '# only a comment' }, 'SIGN_NO_FILES', /names no file/],
    [{ files: 'a', 'legacy-sig': 'maybe' }, 'INPUT_NOT_BOOLEAN', /legacy-sig/],
    [{ files: 'a', concurrency: '0' }, 'INPUT_NOT_INTEGER', /concurrency/],
    [{ files: 'a', concurrency: '65' }, 'INPUT_NOT_INTEGER', /1 to 64/],
    [{ files: 'a', 'max-attempts': 'x' }, 'INPUT_NOT_INTEGER', /max-attempts/],
    [{ files: 'a', sigstore: 'private' }, 'INPUT_NOT_A_CHOICE', /public-good/],
    [
      {
        files: 'a',
        sigstore: 'custom',
        'fulcio-url': 'not a url',
        'rekor-url': 'https://r'
      },
      'SIGN_URL_INVALID',
      /"fulcio-url" is not a URL/
    ],
    [
      {
        files: 'a',
        'fulcio-url': 'http://fulcio.example.com',
        'rekor-url': 'https://r'
      },
      'SIGN_URL_NOT_HTTPS',
      /https/
    ],
    [
      { files: 'a', sigstore: 'public-good', 'rekor-url': 'https://r' },
      'SIGN_URLS_NEED_CUSTOM',
      /`sigstore: custom`/
    ],
    [
      { files: 'a', sigstore: 'custom', 'rekor-url': 'https://r' },
      'SIGN_CUSTOM_NEEDS_FULCIO',
      /"fulcio-url"/
    ],
    [
      { files: 'a', 'fulcio-url': 'https://f' },
      'SIGN_CUSTOM_NEEDS_WITNESS',
      /"rekor-url" or "tsa-url"/
    ],
    [
      { files: 'a', key: EC_KEY, 'identity-token': TOKEN },
      'SIGN_KEY_AND_TOKEN',
      /exclude each other/
    ],
    [{ files: 'a', key: 'hunter2' }, 'SIGN_KEY_NOT_PEM', /not a PEM/],
    [
      {
        files: 'a',
        key: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nx\n-----END ENCRYPTED PRIVATE KEY-----'
      },
      'SIGN_KEY_ENCRYPTED',
      /-nocrypt/
    ],
    [
      { files: 'a', 'identity-token': 'not-a-jwt' },
      'SIGN_TOKEN_NOT_JWT',
      /not a JWT/
    ]
  ])('%j -> %s', (values, code, message) => {
    const problems = problemsOf(values)
    expect(problems.map((p) => p.code)).toContain(code)
    const problem = problems.find((p) => p.code === code)!
    expect(problem).toBeInstanceOf(InputError)
    expect(problem.kind).toBe('input')
    expect(problem.message).toMatch(message)
  })

  it('collects every problem and reports them at once', () => {
    let error: unknown
    try {
      parseSignInputs(
        source({ concurrency: 'many', sigstore: 'nope', 'legacy-sig': '2' })
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputErrors)
    const errors = error as InputErrors
    expect(errors.code).toBe('INPUT_MULTIPLE')
    expect(errors.problems.map((p) => p.code).sort()).toEqual([
      'INPUT_NOT_A_CHOICE',
      'INPUT_NOT_BOOLEAN',
      'INPUT_NOT_INTEGER',
      'SIGN_NO_SUBJECTS'
    ])
    expect(errors.message.split('\n')).toHaveLength(4)
  })

  it('never echoes a secret-looking value', () => {
    const secret = 'ghp_supersecretvalue1234567890'
    for (const values of <Record<string, string>[]>[
      { files: 'a', 'identity-token': secret },
      { files: 'a', key: secret }
    ]) {
      const problems = problemsOf(values)
      for (const p of problems) expect(p.message).not.toContain(secret)
    }
  })
})
