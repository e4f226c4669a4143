import { describe, expect, it } from '@jest/globals'
import {
  categoryOfField,
  classifyText
} from '../../../src/lib/rebuild/classify.js'

describe('classifyText', () => {
  const BUILD = '/tmp/provenant-rebuild-x/src'
  it.each([
    [
      'date(1) output',
      'Mon Jan  1 00:00:00 UTC 2024\n',
      'Tue Jan  2 10:11:12 UTC 2024\n',
      'timestamps'
    ],
    [
      'ISO 8601 with fractions',
      'at 2024-01-01T00:00:00.123Z\n',
      'at 2025-06-30T12:34:56.999Z\n',
      'timestamps'
    ],
    [
      'RFC 2822',
      'Date: Mon, 01 Jan 2024 00:00:00 +0000',
      'Date: Tue, 02 Jan 2024 10:00:00 +0000',
      'timestamps'
    ],
    ['Unix seconds', 'built=1704067200', 'built=1735689600', 'timestamps'],
    [
      'the rebuild path in place of the producer path',
      'file: /home/runner/work/app/app/src/main.c\n',
      `file: ${BUILD}/src/main.c\n`,
      'build-path'
    ],
    ['other content', 'version = 1.0\n', 'version = 1.1\n', 'content'],
    [
      'a path that is not the build path',
      'root=/opt/a/b\n',
      'root=/opt/c/d\n',
      'content'
    ]
  ])('classifies %s', (_, a, b, category) => {
    expect(classifyText(a, b, [BUILD])).toBe(category)
  })
})

describe('categoryOfField', () => {
  it.each([
    ['mtime', 'timestamps'],
    ['dos time', 'timestamps'],
    ['gzip mtime', 'timestamps'],
    ['pax:atime', 'timestamps'],
    ['mode', 'permissions'],
    ['pax:SCHILY.xattr.user.x', 'permissions'],
    ['uid', 'ownership'],
    ['gname', 'ownership'],
    ['method', 'compression'],
    ['gzip os', 'compression'],
    ['format', 'compression'],
    ['linkname', 'content']
  ])('puts %s under %s', (field, category) => {
    expect(categoryOfField(field)).toBe(category)
  })
})
