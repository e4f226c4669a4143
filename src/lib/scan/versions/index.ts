/**
 * Version order per OSV ecosystem. A comparator returns NaN when either
 * version cannot be read in that ecosystem's scheme: the caller then says
 * so rather than guessing.
 */
import * as pep440 from '@renovatebot/pep440'
import { compareMaven } from './maven.js'
import { compareNuGet, parseNuGetVersion } from './nuget.js'
import { comparePackagist } from './packagist.js'
import { compareGem, parseGemVersion } from './rubygems.js'
import { compareGo, compareSemver } from './semver-order.js'

export type Comparator = (a: string, b: string) => number

function guarded(
  compare: Comparator,
  valid: (v: string) => boolean
): Comparator {
  return (a, b) => (valid(a) && valid(b) ? compare(a, b) : Number.NaN)
}

function comparePep440(a: string, b: string): number {
  try {
    return pep440.compare(a, b)
  } catch {
    return Number.NaN
  }
}

const ANY = (v: string): boolean => v.trim() !== ''

/** By OSV ecosystem name (the part before any ":"). */
export const ECOSYSTEM_ORDER: Readonly<Record<string, Comparator>> = {
  npm: compareSemver,
  'crates.io': compareSemver,
  Go: compareGo,
  PyPI: guarded(comparePep440, (v) => pep440.valid(v) !== null),
  Maven: guarded(compareMaven, ANY),
  RubyGems: guarded(compareGem, (v) => parseGemVersion(v) !== undefined),
  NuGet: guarded(compareNuGet, (v) => parseNuGetVersion(v) !== undefined),
  Packagist: guarded(comparePackagist, (v) => /\d/.test(v))
}

/** The order of a range: SEMVER ranges are SemVer whatever the ecosystem (Go's included). */
export function comparatorFor(
  rangeType: string,
  ecosystem: string
): Comparator | undefined {
  if (rangeType === 'SEMVER')
    return ecosystem === 'Go' ? compareGo : compareSemver
  if (rangeType === 'ECOSYSTEM') return ECOSYSTEM_ORDER[ecosystem]
  return undefined
}

/** Whether two versions are the same version in the ecosystem (for `versions` lists). */
export function sameVersion(ecosystem: string, a: string, b: string): boolean {
  if (a === b) return true
  const compare = ECOSYSTEM_ORDER[ecosystem]
  return compare !== undefined && compare(a, b) === 0
}
