/**
 * NuGet order (NuGet.Versioning): up to four numeric parts (missing ones are
 * 0), then SemVer 2.0 prerelease labels compared case-insensitively; build
 * metadata is ignored.
 */

interface NuGetVersion {
  parts: number[]
  prerelease: string[]
}

export function parseNuGetVersion(version: string): NuGetVersion | undefined {
  const match = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(
    version.trim()
  )
  if (!match) return undefined
  const parts = match[1]!.split('.').map(Number)
  while (parts.length < 4) parts.push(0)
  return {
    parts,
    prerelease: match[2] ? match[2].toLowerCase().split('.') : []
  }
}

export function compareNuGet(a: string, b: string): number {
  const x = parseNuGetVersion(a)
  const y = parseNuGetVersion(b)
  if (!x || !y) return a.localeCompare(b)
  for (let i = 0; i < 4; i++) {
    if (x.parts[i] !== y.parts[i]) return x.parts[i]! < y.parts[i]! ? -1 : 1
  }
  return comparePrerelease(x.prerelease, y.prerelease)
}

/** SemVer 2.0 precedence of prerelease labels; none beats any. */
export function comparePrerelease(x: string[], y: string[]): number {
  if (x.length === 0 || y.length === 0) return y.length - x.length
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const l = x[i]
    const r = y[i]
    if (l === r) continue
    if (l === undefined) return -1
    if (r === undefined) return 1
    const ln = /^\d+$/.test(l)
    const rn = /^\d+$/.test(r)
    if (ln && rn) return Math.sign(Number(l) - Number(r))
    if (ln !== rn) return ln ? -1 : 1
    return l < r ? -1 : 1
  }
  return 0
}
