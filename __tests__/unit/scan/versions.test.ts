import { describe, expect, it } from '@jest/globals'
import {
  ECOSYSTEM_ORDER,
  comparatorFor
} from '../../../src/lib/scan/versions/index.js'

/** [ecosystem, lower, higher]: lower < higher in that ecosystem's order. */
const ASCENDING: [string, string, string][] = [
  ['npm', '2.0.0-5', '2.0.0-alpha'],
  ['npm', '2.0.0-5', '2.1.1'],
  ['npm', '8.0.0-alpha.0', '8.0.0-alpha.4'],
  ['npm', '1.9.9', '1.10.0'],
  ['crates.io', '0.9.0', '0.10.0-rc.1'],
  ['PyPI', '1.0.dev1', '1.0a1'],
  ['PyPI', '1.0a1', '1.0rc1'],
  ['PyPI', '1.0rc1', '1.0'],
  ['PyPI', '1.0', '1.0.post1'],
  ['PyPI', '1.0', '1.0+local.1'],
  ['PyPI', '2.0', '1!1.0'],
  ['Go', 'v0.0.0-20210101000000-abcdef123456', '0.0.1'],
  ['Go', '1.2.3', 'v1.2.4+incompatible'],
  ['Go', 'v1.2.3-pre', '1.2.3'],
  ['Maven', '1.0-alpha', '1.0-beta'],
  ['Maven', '1.0-beta', '1.0-rc1'],
  ['Maven', '1.0-rc1', '1.0-SNAPSHOT'],
  ['Maven', '1.0-SNAPSHOT', '1.0'],
  ['Maven', '1.0', '1.0-sp1'],
  ['Maven', '1.9', '1.10'],
  ['Maven', '2.9.10.7', '2.10.0'],
  ['RubyGems', '1.0.a', '1.0'],
  ['RubyGems', '1.0.rc1', '1.0.0'],
  ['RubyGems', '1.9', '1.10'],
  ['NuGet', '1.0.0', '1.0.0.1'],
  ['NuGet', '1.0.0-alpha', '1.0.0-beta'],
  ['NuGet', '1.0.0-beta', '1.0.0'],
  ['Packagist', '1.0-dev', '1.0-alpha'],
  ['Packagist', '1.0.0-beta2', '1.0.0-RC1'],
  ['Packagist', '1.0.0-RC1', '1.0.0'],
  ['Packagist', '1.0.0', '1.0.0-p1'],
  ['Packagist', 'v2.9', '2.10']
]

const EQUAL: [string, string, string][] = [
  ['Go', 'v1.2.3+incompatible', '1.2.3'],
  ['Maven', '1.0', '1'],
  ['Maven', '1.0.0.RELEASE', '1.0.0'],
  ['RubyGems', '1.0.0', '1'],
  ['NuGet', '1.0', '1.0.0.0'],
  ['NuGet', '1.0.0-BETA', '1.0.0-beta'],
  ['PyPI', '1.0', '1.0.0'],
  ['Packagist', 'v1.2', '1.2.0.0']
]

describe('version order per ecosystem', () => {
  it.each(ASCENDING)('%s: %s < %s', (ecosystem, lower, higher) => {
    const compare = ECOSYSTEM_ORDER[ecosystem]!
    expect(compare(lower, higher)).toBeLessThan(0)
    expect(compare(higher, lower)).toBeGreaterThan(0)
  })

  it.each(EQUAL)('%s: %s == %s', (ecosystem, a, b) => {
    expect(ECOSYSTEM_ORDER[ecosystem]!(a, b)).toBe(0)
  })

  it('says NaN, not a guess, when a version cannot be read', () => {
    expect(ECOSYSTEM_ORDER.npm!('not-a-version', '1.0.0')).toBeNaN()
    expect(ECOSYSTEM_ORDER.PyPI!('1.0', 'a.b.c!')).toBeNaN()
  })

  it('orders SEMVER ranges as SemVer, Go versions with or without "v"', () => {
    expect(comparatorFor('SEMVER', 'Go')!('v1.2.3', '1.2.4')).toBeLessThan(0)
    expect(comparatorFor('SEMVER', 'PyPI')!('1.2.3', '1.10.0')).toBeLessThan(0)
    expect(comparatorFor('GIT', 'npm')).toBeUndefined()
    expect(comparatorFor('ECOSYSTEM', 'Debian')).toBeUndefined()
  })
})
