/**
 * RubyGems order (Gem::Version): segments split at "." and at digit/letter
 * switches; a letter segment makes a prerelease ("1.0.a" < "1.0"); numbers
 * beat letters; trailing zeros do not count. "-" reads as ".pre.".
 */

type Segment = number | string

export function parseGemVersion(version: string): Segment[] | undefined {
  const text = version.trim().replaceAll('-', '.pre.')
  if (!/^[0-9]+(\.[0-9a-zA-Z]+)*$/.test(text)) return undefined
  const segments: Segment[] = (text.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) =>
    /^\d/.test(s) ? Number(s) : s
  )
  // Trailing zeros (before any letter) do not count: 1.0.0 == 1
  while (
    segments.length > 1 &&
    segments[segments.length - 1] === 0 &&
    segments.slice(0, -1).every((s) => typeof s === 'number')
  ) {
    segments.pop()
  }
  return segments
}

export function compareGem(a: string, b: string): number {
  const x = parseGemVersion(a)
  const y = parseGemVersion(b)
  if (!x || !y) return a.localeCompare(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const l = x[i] ?? 0
    const r = y[i] ?? 0
    if (l === r) continue
    if (typeof l === 'string' && typeof r === 'number') return -1
    if (typeof l === 'number' && typeof r === 'string') return 1
    return l < r ? -1 : 1
  }
  return 0
}
