/**
 * Whether one version of a package is affected by one OSV `affected` entry,
 * by the evaluation the OSV schema defines: the explicit `versions` list,
 * then each SEMVER or ECOSYSTEM range walked in version order (introduced
 * opens, fixed closes at, last_affected closes after), held under any
 * `limit`. GIT ranges cannot be evaluated against a package version; an
 * entry that has nothing else says so instead of passing silently.
 */
import type { OsvAffected, OsvEvent, OsvRange } from './osv.js'
import {
  comparatorFor,
  sameVersion,
  type Comparator
} from './versions/index.js'

export type Verdict =
  | { kind: 'affected' }
  | { kind: 'unaffected' }
  | { kind: 'not-evaluated'; reason: string }

export function evaluateAffected(entry: OsvAffected, version: string): Verdict {
  if (entry.versions.some((v) => sameVersion(entry.ecosystem, v, version)))
    return { kind: 'affected' }
  const reasons: string[] = []
  let evaluated = entry.versions.length > 0
  for (const range of entry.ranges) {
    if (range.type === 'GIT') {
      reasons.push(
        `GIT range of ${range.repo ?? 'an unnamed repository'} (commits, not versions)`
      )
      continue
    }
    const compare = comparatorFor(range.type, entry.ecosystem)
    if (!compare) {
      reasons.push(
        `${range.type} range in ecosystem ${entry.ecosystem} (no version order known)`
      )
      continue
    }
    const result = inRange(range, version, compare)
    if (result === undefined) {
      reasons.push(
        `version ${version} or a bound of a ${range.type} range cannot be ordered in ${entry.ecosystem}`
      )
      continue
    }
    evaluated = true
    if (result) return { kind: 'affected' }
  }
  if (!evaluated && reasons.length > 0)
    return { kind: 'not-evaluated', reason: reasons.join('; ') }
  return { kind: 'unaffected' }
}

function boundOf(event: OsvEvent): string {
  return (
    event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? ''
  )
}

/** true / false, or undefined when a version cannot be ordered. */
export function inRange(
  range: OsvRange,
  version: string,
  compare: Comparator
): boolean | undefined {
  const cmp = (a: string, b: string): number => {
    const result = compare(a, b)
    if (Number.isNaN(result)) throw new RangeError(`${a} ? ${b}`)
    return result
  }
  try {
    const limits = range.events.flatMap((e) =>
      e.limit !== undefined ? [e.limit] : []
    )
    if (
      limits.length > 0 &&
      !limits.some((l) => l === '*' || cmp(version, l) < 0)
    )
      return false
    const events = range.events
      .filter((e) => e.limit === undefined && boundOf(e) !== '')
      .sort((a, b) => {
        if (a.introduced === '0') return b.introduced === '0' ? 0 : -1
        if (b.introduced === '0') return 1
        return cmp(boundOf(a), boundOf(b))
      })
    let affected = false
    for (const event of events) {
      if (event.introduced !== undefined) {
        if (event.introduced === '0' || cmp(version, event.introduced) >= 0)
          affected = true
      } else if (event.fixed !== undefined) {
        if (cmp(version, event.fixed) >= 0) affected = false
      } else if (event.last_affected !== undefined) {
        if (cmp(version, event.last_affected) > 0) affected = false
      }
    }
    return affected
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}
