import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import {
  algorithmForHexLength,
  looksLikeDigest,
  parseDigest,
  toDigestString
} from '../../../src/lib/subject/digest.js'

const HEX64 = 'ab'.repeat(32)
const HEX128 = 'cd'.repeat(64)

describe('parseDigest', () => {
  it.each([
    [`sha256:${HEX64}`, 'sha256', HEX64],
    [`sha512:${HEX128}`, 'sha512', HEX128],
    [`SHA256:${HEX64.toUpperCase()}`, 'sha256', HEX64]
  ])('reads %s', (raw, algorithm, hex) => {
    expect(parseDigest('subject-digest', raw)).toEqual({ algorithm, hex })
  })

  it.each([
    [
      `sha256:${HEX64.slice(2)}`,
      'SUBJECT_DIGEST_LENGTH',
      /has 64 hex digits.*has 62/
    ],
    [`sha512:${HEX64}`, 'SUBJECT_DIGEST_LENGTH', /sha512 digest has 128/],
    [`md5:${HEX64}`, 'SUBJECT_DIGEST_ALGORITHM', /"md5" is not supported/],
    [`sha256:${'zz'.repeat(32)}`, 'SUBJECT_DIGEST_NOT_HEX', /not hex/],
    [HEX64, 'SUBJECT_DIGEST_INVALID', /is not a digest/]
  ])('refuses %s with %s', (raw, code, message) => {
    let thrown: unknown
    try {
      parseDigest('subject-digest', raw)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect(thrown).toMatchObject({ code, kind: 'input' })
    expect((thrown as Error).message).toMatch(/^input "subject-digest"/)
    expect((thrown as Error).message).toMatch(message)
  })

  it('writes a digest back', () => {
    expect(toDigestString({ algorithm: 'sha256', hex: HEX64 })).toBe(
      `sha256:${HEX64}`
    )
  })
})

describe('algorithmForHexLength and looksLikeDigest', () => {
  it.each([
    [64, 'sha256'],
    [128, 'sha512'],
    [40, undefined]
  ])('%d hex digits -> %s', (length, algorithm) => {
    expect(algorithmForHexLength(length)).toBe(algorithm)
  })

  it.each([
    [`sha256:${HEX64}`, true],
    ['sha256:abc', true],
    ['dist/app.tgz', false],
    ['C:\\dist\\app.tgz', false]
  ])('%s looks like a digest: %s', (value, expected) => {
    expect(looksLikeDigest(value)).toBe(expected)
  })
})
