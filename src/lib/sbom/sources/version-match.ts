/**
 * Which of several locked versions of one name a dependency constraint means,
 * for the lockfiles that record edges by name only (poetry). Handles the
 * operators poetry writes (`==`, `!=`, `>=`, `<=`, `>`, `<`, `~=`, `^`, `~`,
 * `*`, `1.2.*`, `,` for and, `||` for or) on the numeric release part; when
 * nothing matches, every candidate is kept rather than dropping the edge.
 */

function release(version: string): number[] {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(version.trim())
  return match ? (match[1] as string).split('.').map(Number) : []
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** The exclusive upper bound of `^v` / `~v` / `~=v`. */
function bump(parts: number[], index: number): number[] {
  const out = parts.slice(0, index + 1)
  out[index] = (out[index] ?? 0) + 1
  return out
}

function clause(version: number[], text: string): boolean {
  const match = /^(==|!=|>=|<=|>|<|~=|\^|~|=)?\s*(.+)$/.exec(text.trim())
  if (!match || match[2] === '*') return true
  const op = match[1] ?? '=='
  const target = (match[2] as string).trim()
  if (target.endsWith('.*')) {
    const prefix = release(target.slice(0, -2))
    const same = prefix.every((n, i) => version[i] === n)
    return op === '!=' ? !same : same
  }
  const t = release(target)
  const c = compare(version, t)
  switch (op) {
    case '!=':
      return c !== 0
    case '>=':
      return c >= 0
    case '<=':
      return c <= 0
    case '>':
      return c > 0
    case '<':
      return c < 0
    case '^': {
      const first = t.findIndex((n) => n !== 0)
      return (
        c >= 0 &&
        compare(version, bump(t, first === -1 ? t.length - 1 : first)) < 0
      )
    }
    case '~':
      return c >= 0 && compare(version, bump(t, t.length > 1 ? 1 : 0)) < 0
    case '~=':
      return c >= 0 && compare(version, bump(t, Math.max(0, t.length - 2))) < 0
    default:
      return c === 0
  }
}

export function satisfies(version: string, constraint: string): boolean {
  const parts = release(version)
  return constraint
    .split('||')
    .some((alternative) =>
      alternative.split(',').every((c) => c.trim() === '' || clause(parts, c))
    )
}

/** The candidates `constraint` selects, or all of them when it selects none. */
export function pickVersions<T extends { version: string }>(
  candidates: readonly T[],
  constraint: string | undefined
): T[] {
  if (candidates.length <= 1 || constraint === undefined) return [...candidates]
  const hits = candidates.filter((c) => satisfies(c.version, constraint))
  return hits.length > 0 ? hits : [...candidates]
}
