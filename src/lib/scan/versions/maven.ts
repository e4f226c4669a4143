/**
 * Maven version order (ComparableVersion of maven-artifact): items split at
 * "." and "-" and at digit/letter switches; numbers compare as numbers,
 * qualifiers by their rank (alpha < beta < milestone < rc < snapshot < ""
 * (release) < sp), unknown qualifiers after sp in lexical order; trailing
 * zero items and release qualifiers are dropped ("1.0" = "1").
 */

type Item = number | string | Item[]

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp']
const ALIASES: Record<string, string> = {
  a: 'alpha',
  b: 'beta',
  m: 'milestone',
  cr: 'rc',
  ga: '',
  final: '',
  release: ''
}

function qualifierRank(q: string): string {
  const index = QUALIFIERS.indexOf(q)
  return index >= 0 ? String(index) : `${QUALIFIERS.length}-${q}`
}

function isNull(item: Item): boolean {
  if (typeof item === 'number') return item === 0
  if (typeof item === 'string') return qualifierRank(item) === qualifierRank('')
  return item.length === 0
}

function trim(list: Item[]): Item[] {
  while (list.length > 0 && isNull(list[list.length - 1]!)) list.pop()
  return list
}

/** "1.0-beta-2" -> [1, ["beta", [2]]] */
export function parseMavenVersion(version: string): Item[] {
  const root: Item[] = []
  let list = root
  const stack: Item[][] = [root]
  const tokens = version.toLowerCase().match(/\d+|[a-z]+|[.-]/g) ?? []
  let previous: 'digit' | 'letter' | 'sep' = 'sep'
  for (const token of tokens) {
    if (token === '.') {
      previous = 'sep'
      continue
    }
    if (token === '-') {
      const sub: Item[] = []
      list.push(sub)
      list = sub
      stack.push(sub)
      previous = 'sep'
      continue
    }
    const digit = /^\d/.test(token)
    if (previous !== 'sep' && !digit) {
      const sub: Item[] = []
      list.push(sub)
      list = sub
      stack.push(sub)
    }
    if (digit) list.push(Number(token))
    else {
      const next = ALIASES[token]
      list.push(next ?? token)
    }
    previous = digit ? 'digit' : 'letter'
  }
  for (const l of stack) trim(l)
  return root
}

function compareItem(a: Item | undefined, b: Item | undefined): number {
  if (a === undefined && b === undefined) return 0
  if (a === undefined) return -compareItem(b, undefined)
  if (typeof a === 'number') {
    if (b === undefined) return a === 0 ? 0 : 1
    if (typeof b === 'number') return Math.sign(a - b)
    return 1 // number > qualifier and > list
  }
  if (typeof a === 'string') {
    if (b === undefined) return compareRank(a, '')
    if (typeof b === 'number') return -1
    if (typeof b === 'string') return compareRank(a, b)
    return -1 // qualifier < list
  }
  if (b === undefined) return a.length === 0 ? 0 : compareItem(a[0], undefined)
  if (typeof b === 'number') return -1
  if (typeof b === 'string') return 1
  return compareLists(a, b)
}

function compareRank(a: string, b: string): number {
  const x = qualifierRank(a)
  const y = qualifierRank(b)
  return x < y ? -1 : x > y ? 1 : 0
}

function compareLists(a: Item[], b: Item[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const result = compareItem(a[i], b[i])
    if (result !== 0) return result
  }
  return 0
}

export function compareMaven(a: string, b: string): number {
  return compareLists(parseMavenVersion(a), parseMavenVersion(b))
}
