import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import { readTokenClaims } from '../../../src/lib/sign/identity.js'

const jwt = (payload: object): string =>
  [
    'eyJhbGciOiJSUzI1NiJ9',
    Buffer.from(JSON.stringify(payload)).toString('base64url'),
    'c2ln'
  ].join('.')

describe('readTokenClaims', () => {
  it('reads iss, the challenge subject and exp', () => {
    expect(
      readTokenClaims(jwt({ iss: 'https://i', sub: 'repo:o/r', exp: 10 }), 'x')
    ).toEqual({
      issuer: 'https://i',
      subject: 'repo:o/r',
      expiresAt: new Date(10_000)
    })
    expect(
      readTokenClaims(
        jwt({
          iss: 'https://i',
          sub: 's',
          email: 'a@b.c',
          email_verified: true
        }),
        'x'
      ).subject
    ).toBe('a@b.c')
  })

  it.each([
    ['a.!!!.c', /not base64url JSON/],
    [jwt({ sub: 's' }), /no "iss"/],
    [jwt({ iss: 'https://i', email: 'a@b.c' }), /not verified/]
  ])('%s is refused without being quoted', (token, why) => {
    let error: unknown
    try {
      readTokenClaims(token, 'input "identity-token"')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('SIGN_TOKEN_UNREADABLE')
    expect((error as InputError).message).toMatch(why)
    expect((error as InputError).message).toMatch(/input "identity-token"/)
    expect((error as InputError).message).not.toContain(token)
  })
})
