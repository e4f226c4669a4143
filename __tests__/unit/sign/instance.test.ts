import { describe, expect, it } from '@jest/globals'
import type { InstanceInputs } from '../../../src/lib/sign/instance.js'
import {
  GITHUB_ENDPOINTS,
  PUBLIC_GOOD_ENDPOINTS,
  STAGING_ENDPOINTS,
  chooseInstance,
  resolveEndpoints
} from '../../../src/lib/sign/instance.js'

const none: InstanceInputs = {
  sigstore: undefined,
  fulcioUrl: undefined,
  rekorUrl: undefined,
  tsaUrl: undefined
}

describe('chooseInstance', () => {
  it.each([
    [{}, false, 'public', 'public-good'],
    [{}, false, 'private', 'github'],
    [{}, false, 'internal', 'github'],
    [{}, false, undefined, 'public-good'],
    [{ sigstore: 'github' }, false, 'public', 'github'],
    [{ sigstore: 'public-good' }, false, 'private', 'public-good'],
    [{ sigstore: 'staging' }, false, 'private', 'staging'],
    [{ fulcioUrl: 'https://f' }, false, 'public', 'custom'],
    [{ tsaUrl: 'https://t' }, false, 'private', 'custom'],
    [{}, true, 'public', 'custom']
  ] as const)(
    '%j, signing config %s, visibility %s -> %s',
    (inputs, hasConfig, visibility, expected) => {
      expect(
        chooseInstance({ ...none, ...inputs }, hasConfig, visibility)
      ).toBe(expected)
    }
  )
})

describe('resolveEndpoints', () => {
  it('gives the named instances their services', () => {
    expect(resolveEndpoints(none, 'public')).toBe(PUBLIC_GOOD_ENDPOINTS)
    expect(resolveEndpoints(none, 'private')).toBe(GITHUB_ENDPOINTS)
    expect(resolveEndpoints({ ...none, sigstore: 'staging' }, 'public')).toBe(
      STAGING_ENDPOINTS
    )
    expect(GITHUB_ENDPOINTS.rekor).toBeUndefined()
    expect(GITHUB_ENDPOINTS.tsaUrl).toBe('https://timestamp.githubapp.com')
  })

  it('lets explicit URLs win over the signing config', () => {
    expect(
      resolveEndpoints({ ...none, rekorUrl: 'https://mine' }, undefined, {
        fulcioUrl: 'https://f.config',
        rekor: { url: 'https://r.config', majorApiVersion: 2 },
        tsaUrl: 'https://t.config'
      })
    ).toEqual({
      instance: 'custom',
      fulcioUrl: 'https://f.config',
      rekor: { url: 'https://mine', majorApiVersion: 1 },
      tsaUrl: 'https://t.config'
    })
  })
})
