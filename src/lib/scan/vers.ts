/**
 * Version constraints of VEX statements: one exact version, or a `vers:`
 * range (package-url/purl-spec VERSION-RANGE-SPEC: `vers:<scheme>/<op><v>|...`,
 * constraints sorted, then read as `=`/`!=` points and `<`/`>` intervals).
 */
import { compareMaven } from './versions/maven.js'
import { ECOSYSTEM_ORDER, type Comparator } from './versions/index.js'
import { compareSemver } from './versions/semver-order.js'

const SCHEMES: Readonly<Record<string, string>> = {
  npm: 'npm',
  cargo: 'crates.io',
  golang: 'Go',
  pypi: 'PyPI',
  maven: 'Maven',
  gem: 'RubyGems',
  nuget: 'NuGet',
  composer: 'Packagist'
}

/** The scheme's order; generic and unknown schemes use Maven's, which orders dotted numbers and qualifiers sensibly. */
function orderOf(scheme: string): Comparator {
  const ecosystem = SCHEMES[scheme]
  const order = ecosystem ? ECOSYSTEM_ORDER[ecosystem] : undefined
  const base = order ?? (scheme === 'semver' ? compareSemver : compareMaven)
  return (a, b) => {
    const result = base(a, b)
    return Number.isNaN(result) ? compareMaven(a, b) : result
  }
}

interface Constraint {
  op: '=' | '!=' | '<' | '<=' | '>' | '>='
  version: string
}

/** Whether `version` is inside the `vers:` range; undefined when the text is not one. */
export function inVersRange(
  range: string,
  version: string
): boolean | undefined {
  const match = /^vers:([a-z0-9.+-]+)\/(.+)$/i.exec(range.trim())
  if (!match) return undefined
  const compare = orderOf(match[1]!.toLowerCase())
  const body = match[2]!.trim()
  if (body === '*') return true
  const constraints: Constraint[] = body.split('|').map((part) => {
    const m = /^(!=|<=|>=|<|>|=)?\s*(.+)$/.exec(part.trim())!
    return {
      op: (m[1] ?? '=') as Constraint['op'],
      version: decodeURIComponent(m[2]!.trim())
    }
  })
  if (
    constraints.some((c) => c.op === '!=' && compare(version, c.version) === 0)
  )
    return false
  if (
    constraints.some((c) => c.op === '=' && compare(version, c.version) === 0)
  )
    return true
  const bounds = constraints
    .filter((c) => c.op !== '=' && c.op !== '!=')
    .sort((a, b) => compare(a.version, b.version))
  const satisfies = (c: Constraint): boolean => {
    const r = compare(version, c.version)
    return c.op === '<'
      ? r < 0
      : c.op === '<='
        ? r <= 0
        : c.op === '>'
          ? r > 0
          : r >= 0
  }
  for (let i = 0; i < bounds.length; i++) {
    const c = bounds[i]!
    const lower = c.op === '>' || c.op === '>='
    if (!lower) {
      // An upper bound with no lower bound before it opens the range at -inf.
      if (i === 0 && satisfies(c)) return true
      continue
    }
    const next = bounds[i + 1]
    if (!next || next.op === '>' || next.op === '>=') {
      if (!next && satisfies(c)) return true
      continue
    }
    if (satisfies(c) && satisfies(next)) return true
  }
  return false
}
