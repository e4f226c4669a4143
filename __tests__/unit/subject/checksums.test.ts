import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import { parseChecksums } from '../../../src/lib/subject/checksums.js'

const A = 'a1'.repeat(32)
const B = 'b2'.repeat(64)
const SOURCE = { input: 'subject-checksums', file: 'checksums.txt' }

describe('parseChecksums', () => {
  it.each([
    ['sha256sum text mode', `${A}  app.tgz\n`, [['app.tgz', 'sha256', A]]],
    ['binary mode', `${A} *app.tgz\n`, [['app.tgz', 'sha256', A]]],
    ['sha512sum', `${B}  app.tgz\n`, [['app.tgz', 'sha512', B]]],
    [
      'CRLF and blank lines',
      `${A}  a\r\n\r\n${B}  b\r\n`,
      [
        ['a', 'sha256', A],
        ['b', 'sha512', B]
      ]
    ],
    ['shasum --tag', `SHA256 (app.tgz) = ${A}\n`, [['app.tgz', 'sha256', A]]],
    ['upper-case hex', `${A.toUpperCase()}  x\n`, [['x', 'sha256', A]]],
    ['names with spaces', `${A}  my app.tgz\n`, [['my app.tgz', 'sha256', A]]],
    ['duplicates once', `${A}  a\n${A}  a\n`, [['a', 'sha256', A]]]
  ])('reads %s', (_, text, expected) => {
    expect(parseChecksums(text, SOURCE)).toEqual(
      expected.map(([name, algorithm, hex]) => ({
        name,
        digest: { [algorithm!]: hex }
      }))
    )
  })

  it.each([
    [
      'one space, no mode',
      `${A} app.tgz`,
      /checksums.txt:1: .*is not "<hex digest>/
    ],
    ['no name', `${A}`, /checksums.txt:1:/],
    [
      'a digest of 40 hex digits',
      `${'c'.repeat(40)}  app.tgz`,
      /40 hex digits is neither SHA-256 \(64\) nor SHA-512 \(128\)/
    ],
    ['a tag that lies', `SHA512 (a) = ${A}`, /"SHA512" with a digest of 64/],
    ['a name-first line', `app.tgz  ${A}`, /checksums.txt:1:/]
  ])('refuses %s, naming the input, file and line', (_, line, message) => {
    let thrown: unknown
    try {
      parseChecksums(`${line}\n`, SOURCE)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect(thrown).toMatchObject({ code: 'SUBJECT_CHECKSUMS_LINE' })
    expect((thrown as Error).message).toMatch(/^input "subject-checksums"/)
    expect((thrown as Error).message).toMatch(message)
  })

  it('reports every bad line with its number, and counts past ten', () => {
    const bad = Array.from({ length: 12 }, (_, i) => `bad line ${i}`)
    const text = [`${A}  ok`, ...bad].join('\n')
    const error = (() => {
      try {
        parseChecksums(text, SOURCE)
      } catch (e) {
        return e as Error
      }
      throw new Error('no error')
    })()
    expect(error.message).toMatch(/12 line\(s\) of checksums.txt/)
    expect(error.message).toMatch(/checksums.txt:2: /)
    expect(error.message).toMatch(/checksums.txt:11: /)
    expect(error.message).not.toMatch(/checksums.txt:12: /)
    expect(error.message).toMatch(/and 2 more/)
  })

  it('refuses an empty file', () => {
    let thrown: unknown
    try {
      parseChecksums('\n\n', SOURCE)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect(thrown).toMatchObject({ code: 'SUBJECT_CHECKSUMS_EMPTY' })
  })
})
