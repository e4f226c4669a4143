/**
 * The flag tables of the commands that have no action, and their parsers:
 * each turns the flags into a typed request or refuses them with the code
 * and message a user scripts against.
 */
import { describe, expect, it } from '@jest/globals'
import { InputError, InputErrors } from '../../../src/lib/errors.js'
import {
  LOCAL_RELEASE_INPUTS,
  parseLocalReleaseInputs
} from '../../../src/lib/release/local-inputs.js'
import { parseVexInputs } from '../../../src/lib/scan/vex-inputs.js'
import { parseSignBundleInputs } from '../../../src/lib/sign/bundle-inputs.js'
import { parseKeyPairInputs } from '../../../src/lib/sign/key-pair-inputs.js'
import { parseVerifyBundleInputs } from '../../../src/lib/verify/bundle-inputs.js'
import { parseVerifyPackInputs } from '../../../src/lib/verify/pack-inputs.js'

function thrownBy(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('nothing was thrown')
}

const NOW = new Date('2026-12-01T00:00:00Z')
const STATEMENT =
  'CVE-2024-1234:pkg:npm/lodash@4.17.20:not_affected:vulnerable_code_not_present'

describe('vex', () => {
  it('builds the request, with the author and time defaulted', () => {
    const request = parseVexInputs(
      { statement: [STATEMENT], output: 'v.json' },
      { author: 'acme', now: NOW }
    )
    expect(request).toMatchObject({
      author: 'acme',
      timestamp: '2026-12-01T00:00:00.000Z',
      output: 'v.json'
    })
    expect(request.lines).toHaveLength(1)
  })

  it('reports every problem at once', () => {
    const error = thrownBy(() =>
      parseVexInputs(
        { product: 'widget', timestamp: 'yesterday' },
        { author: 'acme', now: NOW }
      )
    )
    expect(error).toBeInstanceOf(InputErrors)
    expect((error as InputErrors).problems.map((p) => p.code)).toEqual([
      'VEX_NO_STATEMENT',
      'VEX_PRODUCT',
      'VEX_TIMESTAMP'
    ])
  })

  it('reports a single problem as itself', () => {
    const error = thrownBy(() =>
      parseVexInputs({}, { author: 'acme', now: NOW })
    )
    expect(error).not.toBeInstanceOf(InputErrors)
    expect(error.code).toBe('VEX_NO_STATEMENT')
  })
})

describe('verify-bundle', () => {
  const identity = {
    bundle: 'a.sigstore.json',
    'certificate-identity':
      'https://github.com/o/r/.github/workflows/r.yml@refs/tags/v1',
    'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
  }

  it('takes an identity and issuer, or a key', () => {
    expect(parseVerifyBundleInputs(identity, ['a'], 'USAGE')).toMatchObject({
      bundle: 'a.sigstore.json',
      artifact: 'a',
      staging: false,
      offline: false
    })
    expect(
      parseVerifyBundleInputs({ bundle: 'b', key: 'k.pub' }, ['a'], 'USAGE')
    ).toMatchObject({ key: 'k.pub' })
  })

  it('compiles the -regexp flags', () => {
    const request = parseVerifyBundleInputs(
      {
        bundle: 'b',
        'certificate-identity-regexp': '^https://github.com/o/',
        'certificate-oidc-issuer-regexp': 'githubusercontent'
      },
      ['a'],
      'USAGE'
    )
    expect(request.identityRegexp?.test('https://github.com/o/r')).toBe(true)
  })

  it('names every missing piece with the usage', () => {
    const error = thrownBy(() => parseVerifyBundleInputs({}, [], 'USAGE'))
    expect(error.code).toBe('INPUT_USAGE')
    expect(error.message).toBe(
      '--bundle FILE is required; give --certificate-identity (or -regexp) and --certificate-oidc-issuer (or -regexp), or --key FILE; give exactly one FILE_OR_DIGEST; usage: USAGE'
    )
  })
})

describe('verify-pack, sign-bundle, generate-key-pair', () => {
  it('verify-pack takes exactly one pack', () => {
    expect(parseVerifyPackInputs({ json: true }, ['p.tgz'], 'U')).toEqual({
      pack: 'p.tgz',
      json: true
    })
    expect(thrownBy(() => parseVerifyPackInputs({}, [], 'U')).message).toBe(
      'give exactly one pack; usage: U'
    )
  })

  it('sign-bundle needs a token, a bundle and one file', () => {
    expect(
      parseSignBundleInputs(
        { 'identity-token': 't', bundle: 'b.json', 'in-toto': true },
        ['f'],
        'U'
      )
    ).toEqual({
      identityToken: 't',
      bundle: 'b.json',
      file: 'f',
      staging: false,
      inToto: true
    })
    const error = thrownBy(() =>
      parseSignBundleInputs({ 'identity-token': 't' }, ['f', 'g'], 'U')
    )
    expect([error.code, error.message]).toEqual(['INPUT_USAGE', 'usage: U'])
  })

  it('generate-key-pair refuses a prefix that names a folder', () => {
    expect(parseKeyPairInputs({})).toEqual({
      prefix: 'cosign',
      force: false,
      json: false
    })
    expect(
      thrownBy(() => parseKeyPairInputs({ 'output-key-prefix': 'keys/' })).code
    ).toBe('KEYPAIR_PREFIX')
  })
})

describe('release --local', () => {
  it('builds the workflow inputs, rebuild on unless --no-rebuild', () => {
    const request = parseLocalReleaseInputs(
      {
        local: true,
        build: 'npm pack',
        artifacts: '*.tgz',
        out: 'release',
        'sbom-targets': 'src'
      },
      ['project'],
      'U'
    )
    expect(request).toEqual({
      projectDir: 'project',
      outDir: 'release',
      tag: LOCAL_RELEASE_INPUTS.tag.default,
      inputs: {
        'build-command': 'npm pack',
        artifacts: '*.tgz',
        'legacy-sig': false,
        rebuild: true,
        'sbom-targets': 'src'
      },
      json: false
    })
  })

  it('names every problem with the usage', () => {
    const error = thrownBy(() =>
      parseLocalReleaseInputs({ repo: 'not a repo' }, [], 'U')
    )
    expect(error.code).toBe('INPUT_USAGE')
    expect(error.message).toMatch(/^add --local: /)
    expect(error.message).toContain('; give exactly one <project-dir>')
    expect(error.message).toContain('--repo "not a repo" is not owner/name')
    expect(error.message).toMatch(/\nusage: U$/)
  })
})
