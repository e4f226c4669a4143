import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import {
  SIGNING_CONFIG_V02_MEDIA_TYPE,
  parseSigningConfig
} from '../../../src/lib/sign/signing-config.js'

const NOW = new Date('2026-01-01T00:00:00Z')
const service = (url: string, start: string, extra: object = {}) => ({
  url,
  majorApiVersion: 1,
  validFor: { start },
  operator: 'test',
  ...extra
})

describe('parseSigningConfig', () => {
  it('picks, per service, the newest entry valid now with a supported API', () => {
    const services = parseSigningConfig(
      {
        mediaType: SIGNING_CONFIG_V02_MEDIA_TYPE,
        caUrls: [
          service('https://old-ca/', '2020-01-01T00:00:00Z'),
          service('https://ca', '2025-01-01T00:00:00Z'),
          service('https://future-ca', '2027-01-01T00:00:00Z')
        ],
        rekorTlogUrls: [
          service('https://rekor-v2', '2025-06-01T00:00:00Z', {
            majorApiVersion: 2
          }),
          service('https://rekor-v3', '2025-07-01T00:00:00Z', {
            majorApiVersion: 3
          })
        ],
        tsaUrls: [
          service(
            'https://ended-tsa/api/v1/timestamp',
            '2020-01-01T00:00:00Z',
            {
              validFor: {
                start: '2020-01-01T00:00:00Z',
                end: '2021-01-01T00:00:00Z'
              }
            }
          ),
          service('https://tsa/api/v1/timestamp', '2024-01-01T00:00:00Z')
        ],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: { selector: 'ANY' }
      },
      NOW
    )
    expect(services).toEqual({
      fulcioUrl: 'https://ca',
      rekor: { url: 'https://rekor-v2', majorApiVersion: 2 },
      tsaUrl: 'https://tsa/api/v1/timestamp'
    })
  })

  it.each([
    [{ mediaType: 'application/json' }, 'SIGN_SIGNING_CONFIG_FORMAT'],
    [null, 'SIGN_SIGNING_CONFIG_FORMAT'],
    [
      { mediaType: SIGNING_CONFIG_V02_MEDIA_TYPE, caUrls: [] },
      'SIGN_SIGNING_CONFIG_EMPTY'
    ],
    [
      {
        mediaType: SIGNING_CONFIG_V02_MEDIA_TYPE,
        rekorTlogUrls: [service('https://r', '2020-01-01T00:00:00Z')],
        rekorTlogConfig: { selector: 'EXACT', count: 2 }
      },
      'SIGN_SIGNING_CONFIG_SELECTOR'
    ]
  ])('%j -> %s', (json, code) => {
    let error: unknown
    try {
      parseSigningConfig(json, NOW)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe(code)
    expect((error as InputError).message).toMatch(/"signing-config"/)
  })
})
