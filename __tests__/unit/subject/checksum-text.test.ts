import { describe, expect, it } from '@jest/globals'
import { readChecksumText } from '../../../src/lib/subject/checksum-text.js'
import { parseChecksums } from '../../../src/lib/subject/checksums.js'
import { parseChecksumFile as parseRebuildChecksums } from '../../../src/lib/rebuild/checksums.js'
import { parseChecksumFile as parseVerifyChecksums } from '../../../src/lib/verify/checksums.js'

const A = 'a1'.repeat(32)
const B = 'b2'.repeat(64)

/** [form, line, name, algorithm, hex]: every form users ship, one line each. */
const FORMS: [string, string, string | undefined, string, string][] = [
  ['GNU text mode', `${A}  app.tgz`, 'app.tgz', 'sha256', A],
  ['GNU binary mode', `${A} *app.tgz`, 'app.tgz', 'sha256', A],
  ['sha512sum', `${B}  app.tgz`, 'app.tgz', 'sha512', B],
  ['upper-case hex', `${A.toUpperCase()}  app.tgz`, 'app.tgz', 'sha256', A],
  ['a name with spaces', `${A}  my app.tgz`, 'my app.tgz', 'sha256', A],
  ['a path', `${A}  dist/app.tgz`, 'dist/app.tgz', 'sha256', A],
  ['the escaped form', `\\${A}  a\\\\b`, 'a\\b', 'sha256', A],
  ['an escaped newline', `\\${A}  a\\nb`, 'a\nb', 'sha256', A],
  ['an escaped binary line', `\\${A} *a\\\\b`, 'a\\b', 'sha256', A],
  ['BSD (shasum --tag)', `SHA256 (app.tgz) = ${A}`, 'app.tgz', 'sha256', A],
  ['BSD sha512', `SHA512 (app.tgz) = ${B}`, 'app.tgz', 'sha512', B],
  ['BSD without spaces', `SHA256(app.tgz)= ${A}`, 'app.tgz', 'sha256', A],
  ['BSD in lower case', `sha256 (app.tgz) = ${A}`, 'app.tgz', 'sha256', A],
  ['BSD as SHA-256', `SHA-256 (app.tgz) = ${A}`, 'app.tgz', 'sha256', A],
  ['BSD escaped', `\\SHA256 (a\\\\b) = ${A}`, 'a\\b', 'sha256', A],
  [
    'a name in parentheses',
    `SHA256 (a (1).tgz) = ${A}`,
    'a (1).tgz',
    'sha256',
    A
  ],
  ['a bare digest', A, undefined, 'sha256', A],
  ['CRLF', `${A}  app.tgz\r`, 'app.tgz', 'sha256', A]
]

describe('readChecksumText', () => {
  it.each(FORMS)('reads %s', (_, line, name, algorithm, hex) => {
    expect(readChecksumText(`${line}\n`)).toEqual({
      entries: [{ line: 1, name, algorithm, hex }],
      problems: []
    })
  })

  it.each([
    ['one space, no mode', `${A} app.tgz`, /is not "<hex digest>/],
    ['a 40-digit digest', `${'c'.repeat(40)}  a`, /40 hex digits is neither/],
    ['a tag that lies', `SHA512 (a) = ${A}`, /"SHA512" with a digest of 64/],
    ['an unknown tag', `MD5 (a) = ${'c'.repeat(32)}`, /is not "<hex digest>/],
    ['a name-first line', `app.tgz  ${A}`, /is not "<hex digest>/]
  ])('names the problem with %s', (_, line, problem) => {
    const read = readChecksumText(`# comment\n\n${line}\n`)
    expect(read.entries).toEqual([])
    expect(read.problems).toEqual([
      { line: 3, text: line, problem: expect.stringMatching(problem) }
    ])
  })
})

describe('one reader behind provenance, rebuild and verify', () => {
  const named = FORMS.filter(([, , name]) => name !== undefined)
  const source = { input: 'subject-checksums', file: 'SUMS' }

  it.each(named)('provenance and verify read %s', (_, line, name, alg, hex) => {
    const text = `${line}\n`
    expect(parseChecksums(text, source)).toEqual([
      { name, digest: { [alg]: hex } }
    ])
    expect(parseVerifyChecksums(text).entries).toEqual([
      { line: 1, name, algorithm: alg, hex }
    ])
  })

  it.each(named.filter(([, , , alg]) => alg === 'sha256'))(
    'rebuild reads %s, keyed by file name',
    (_, line, name, __, hex) => {
      expect(parseRebuildChecksums(`${line}\n`, 'SUMS')).toEqual([
        { name: name!.split('/').pop(), sha256: hex }
      ])
    }
  )

  it.each(named.filter(([, , , alg]) => alg === 'sha512'))(
    'rebuild, which compares SHA-256, refuses %s',
    (_, line) => {
      expect(() => parseRebuildChecksums(`${line}\n`, 'SUMS')).toThrow(
        /not a SHA-256 checksums file/
      )
    }
  )

  it('provenance refuses a bare digest: it names no subject', () => {
    expect(() => parseChecksums(`${A}\n`, source)).toThrow(
      /SUMS:1: no file name after the digest/
    )
  })
})
