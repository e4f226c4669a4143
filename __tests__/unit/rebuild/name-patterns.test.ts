import { describe, expect, it } from '@jest/globals'
import { toNameMatcher } from '../../../src/lib/rebuild/name-patterns.js'

describe('toNameMatcher', () => {
  it.each([
    [['dist/*'], 'pkg-1.0.tar.gz', true],
    [['dist/*.whl'], 'pkg-1.0-py3-none-any.whl', true],
    [['dist/*.whl'], 'pkg-1.0.tar.gz', false],
    [['dist/*.whl', 'dist/*.tar.gz'], 'pkg-1.0.tar.gz', true],
    [['dist/*.{whl,tar.gz}'], 'pkg-1.0.tar.gz', true],
    [['dist/*.{whl,tar.gz}'], 'pkg-1.0.tar.gz.sigstore.json', false],
    [['out/**'], 'anything.bin', true],
    [['pkg-?.zip'], 'pkg-1.zip', true],
    [['pkg-?.zip'], 'pkg-10.zip', false],
    [['app-[0-9].tgz'], 'app-3.tgz', true],
    [['app-[!0-9].tgz'], 'app-3.tgz', false],
    [['a+b(1).txt'], 'a+b(1).txt', true],
    [['a+b(1).txt'], 'aab(1).txt', false]
  ])('%j names %s: %s', (globs, name, expected) => {
    expect(toNameMatcher(globs)(name)).toBe(expected)
  })
})
