import { describe, expect, it } from '@jest/globals'
import {
  removeSuffix,
  refToKey
} from '../../../../src/lib/sbom/sources/pnpm-keys.js'

describe('pnpm keys', () => {
  it.each([
    ['a@1.0.0(b@2.0.0)(c@3.0.0)', 'a@1.0.0'],
    ['a@1.0.0(b@2.0.0(c@1.0.0))', 'a@1.0.0'],
    ['a@1.0.0(patch_hash=abc)', 'a@1.0.0'],
    ['/@s/a@1.0.0', '/@s/a@1.0.0']
  ])('removeSuffix(%s) = %s', (key, base) => {
    expect(removeSuffix(key)).toBe(base)
  })

  it.each([
    ['1.0.0(b@2.0.0)', 'a', 9, 'a@1.0.0(b@2.0.0)'],
    ['str@4.2.3', 'str-cjs', 9, 'str@4.2.3'],
    ['@s/x@1.0.0', 'alias', 9, '@s/x@1.0.0'],
    ['https://x.test/a.tgz', 'a', 9, 'a@https://x.test/a.tgz'],
    ['1.0.0(@types/node@20.0.0)', 'a', 6, '/a@1.0.0(@types/node@20.0.0)'],
    ['/str@4.2.3', 'str-cjs', 6, '/str@4.2.3'],
    ['github.com/o/t/abc', 't', 6, 'github.com/o/t/abc'],
    ['1.0.0_b@2.0.0', 'a', 5, '/a/1.0.0_b@2.0.0']
  ] as const)('refToKey(%s, %s, %i) = %s', (ref, name, generation, key) => {
    expect(refToKey(ref, name, generation)).toBe(key)
  })
})
