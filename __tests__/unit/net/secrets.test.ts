import { describe, expect, it } from '@jest/globals'
import {
  maskSecrets,
  redactUrl,
  redactUrls,
  scrubSecrets,
  secretsInHeaders,
  secretsInUrl
} from '../../../src/lib/net/secrets.js'

describe('secrets in messages', () => {
  it('masks each secret of 8 characters or more, and leaves short words alone', () => {
    expect(
      maskSecrets('token ghs_abcdef123 and id 1234', ['ghs_abcdef123', '1234'])
    ).toBe('token *** and id 1234')
  })

  it.each([
    [
      { authorization: 'Bearer ghs_abcdef123' },
      ['Bearer ghs_abcdef123', 'ghs_abcdef123']
    ],
    [
      { Authorization: 'token ghp_0123456789' },
      ['token ghp_0123456789', 'ghp_0123456789']
    ],
    [{ 'x-api-key': 'k-0123456789' }, ['k-0123456789']],
    [{ accept: 'application/json', 'content-type': 'text/plain' }, []]
  ])('finds the credentials of headers %j', (headers, expected) => {
    expect(secretsInHeaders(headers)).toEqual(expected)
  })

  it('finds and masks a URL password and credential query parameters', () => {
    const url =
      'https://user:p%40ssword99@example.com/x?access_token=tok-12345678&page=2&X-Amz-Signature=abcdef0123'
    expect(secretsInUrl(url)).toEqual(
      expect.arrayContaining(['p@ssword99', 'tok-12345678', 'abcdef0123'])
    )
    expect(secretsInUrl(url)).not.toContain('2')
    const shown = redactUrl(url)
    expect(shown).toBe(
      'https://***:***@example.com/x?access_token=***&page=2&X-Amz-Signature=***'
    )
    expect(redactUrls(`GET ${url} failed`)).toBe(`GET ${shown} failed`)
  })

  it('returns an address without secrets as written, and text that is no address unchanged', () => {
    expect(redactUrl('https://f')).toBe('https://f')
    expect(redactUrl('https://api.github.com/repos?page=2')).toBe(
      'https://api.github.com/repos?page=2'
    )
    expect(redactUrl('not a url')).toBe('not a url')
  })

  it('scrubs the message and stack of an error and of each cause', () => {
    const cause = new Error('server said: bad token ghs_abcdef123')
    const error = new Error('call failed with ghs_abcdef123', { cause })
    expect(scrubSecrets(error, ['ghs_abcdef123'])).toBe(error)
    expect(error.message).toBe('call failed with ***')
    expect(error.stack).not.toContain('ghs_abcdef123')
    expect(cause.message).toBe('server said: bad token ***')
    expect(scrubSecrets('text', ['short'])).toBe('text')
  })
})
