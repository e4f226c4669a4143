import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import { parseImageReference } from '../../../src/lib/oci/reference.js'
import { parseChallenge } from '../../../src/io/oci/challenge.js'

const DIGEST = `sha256:${'a'.repeat(64)}`

describe('image references', () => {
  it.each([
    [
      'oci://ghcr.io/o/r:v1',
      { registry: 'ghcr.io', repository: 'o/r', tag: 'v1' }
    ],
    [
      'oci://127.0.0.1:5000/a/b',
      { registry: '127.0.0.1:5000', repository: 'a/b', tag: 'latest' }
    ],
    [
      `oci://docker.io/debian@${DIGEST}`,
      { registry: 'docker.io', repository: 'library/debian', digest: DIGEST }
    ],
    [
      `oci://r.io/x:t@${DIGEST}`,
      { registry: 'r.io', repository: 'x', tag: 't', digest: DIGEST }
    ]
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected)
  })

  it.each([
    'ghcr.io/o/r',
    'oci://r',
    'oci://r.io/UPPER',
    'oci://r.io/x@sha256:12'
  ])('refuses %s', (text) => {
    expect(() => parseImageReference(text)).toThrow(InputError)
  })
})

describe('WWW-Authenticate challenges', () => {
  it('reads Bearer and Basic parameters, quoted or not', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.io/token",service="registry.io",scope="repository:a/b:pull"'
      )
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.io/token',
        service: 'registry.io',
        scope: 'repository:a/b:pull'
      }
    })
    expect(parseChallenge('Basic realm=basic-realm')).toEqual({
      scheme: 'basic',
      params: { realm: 'basic-realm' }
    })
    expect(parseChallenge('Negotiate')).toBeUndefined()
    expect(parseChallenge(undefined)).toBeUndefined()
  })
})
