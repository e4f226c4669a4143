/**
 * SemVer 2.0 order for npm and crates.io (prereleases included, build
 * metadata ignored), and Go module versions: the "v" prefix, the
 * "+incompatible" suffix (build metadata) and pseudo-versions
 * (v0.0.0-20200101000000-abcdef123456, prereleases by construction) all
 * order as the go command does.
 */
import semver from 'semver'

const cache = new Map<string, semver.SemVer | null>()

export function parseSemver(version: string): semver.SemVer | undefined {
  let parsed = cache.get(version)
  if (parsed === undefined) {
    parsed = semver.parse(version.trim(), { loose: true })
    if (cache.size > 100_000) cache.clear()
    cache.set(version, parsed)
  }
  return parsed ?? undefined
}

export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a)
  const y = parseSemver(b)
  if (!x || !y) return Number.NaN
  return x.compare(y)
}

/** "v1.2.3+incompatible" -> "1.2.3"; OSV writes Go versions without "v". */
export function toGoSemver(version: string): string {
  return version
    .trim()
    .replace(/^v/, '')
    .replace(/\+incompatible$/, '')
}

export function compareGo(a: string, b: string): number {
  return compareSemver(toGoSemver(a), toGoSemver(b))
}
