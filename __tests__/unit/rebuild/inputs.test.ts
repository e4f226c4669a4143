import { describe, expect, it } from '@jest/globals'
import { InputError, InputErrors } from '../../../src/lib/errors.js'
import { parseRebuildInputs } from '../../../src/lib/rebuild/inputs.js'

const source =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name]

const REQUIRED = { build: 'make', artifacts: 'dist/*', reference: 'v1.0.0' }

function problemsOf(values: Record<string, string>): string[] {
  try {
    parseRebuildInputs(source(values))
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error instanceof InputErrors
      ? error.problems.map((p) => p.code)
      : [(error as InputError).code]
  }
  throw new Error('no error')
}

describe('parseRebuildInputs', () => {
  it('applies the defaults of the table', () => {
    expect(parseRebuildInputs(source(REQUIRED))).toEqual({
      build: 'make',
      artifacts: ['dist/*'],
      reference: 'v1.0.0',
      source: '.',
      sourceRef: 'HEAD',
      workingDirectory: '.',
      env: {},
      reportDir: 'provenant-rebuild',
      explainer: 'auto',
      failOnMismatch: true,
      buildTimeoutMinutes: 60,
      sign: false,
      signing: {
        sigstore: undefined,
        fulcioUrl: undefined,
        rekorUrl: undefined,
        tsaUrl: undefined,
        signingConfig: undefined,
        trustedRoot: undefined,
        identityToken: undefined,
        concurrency: 1,
        maxAttempts: 5,
        retryBudgetMs: 120_000,
        requestTimeoutMs: 30_000
      },
      githubToken: undefined
    })
  })

  it('checks the Sigstore instance only when the verdict is signed', () => {
    const custom = { ...REQUIRED, 'fulcio-url': 'not a url' }
    expect(parseRebuildInputs(source(custom)).signing.fulcioUrl).toBeUndefined()
    expect(() =>
      parseRebuildInputs(source({ ...custom, sign: 'true' }))
    ).toThrow(/input "fulcio-url" is not a URL/)
  })

  it('reads every input', () => {
    const inputs = parseRebuildInputs(
      source({
        ...REQUIRED,
        artifacts: 'dist/*.whl\ndist/*.tar.gz',
        source: 'repo',
        'source-ref': 'v1.0.0',
        'working-directory': 'packages/core',
        env: 'CGO_ENABLED=0\n# a comment\nGOFLAGS=-trimpath -mod=readonly\n',
        'report-dir': 'out',
        explainer: 'builtin',
        'fail-on-mismatch': 'false',
        'build-timeout-minutes': '5',
        sign: 'true',
        'github-token': 'ghs_x'
      })
    )
    expect(inputs).toMatchObject({
      artifacts: ['dist/*.whl', 'dist/*.tar.gz'],
      workingDirectory: 'packages/core',
      env: { CGO_ENABLED: '0', GOFLAGS: '-trimpath -mod=readonly' },
      explainer: 'builtin',
      failOnMismatch: false,
      buildTimeoutMinutes: 5,
      sign: true,
      githubToken: 'ghs_x'
    })
  })

  it('treats an unexpanded ${{ github.token }} as no token', () => {
    expect(parseRebuildInputs(source(REQUIRED)).githubToken).toBeUndefined()
  })

  it('reports every problem at once', () => {
    expect(
      problemsOf({
        artifacts: '../elsewhere/*',
        env: 'not a variable',
        explainer: 'magic',
        'fail-on-mismatch': 'maybe',
        'build-timeout-minutes': '0',
        'working-directory': '/abs'
      })
    ).toEqual([
      'INPUT_REQUIRED',
      'REBUILD_PATH_OUTSIDE',
      'INPUT_REQUIRED',
      'REBUILD_PATH_OUTSIDE',
      'REBUILD_ENV_LINE',
      'INPUT_NOT_A_CHOICE',
      'INPUT_NOT_BOOLEAN',
      'INPUT_NOT_INTEGER'
    ])
  })
})
