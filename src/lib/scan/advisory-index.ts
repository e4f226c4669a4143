/**
 * The advisory index: every affected package of every advisory by its
 * package key (ecosystem + normalised name). Built once per database; its
 * serialised form is what the cache keeps, so a later scan only parses one
 * file. Withdrawn advisories are counted, never indexed.
 */
import type { Advisory } from './osv.js'
import { packageKey } from './names.js'

export const INDEX_FORMAT = 'provenant-osv-index/2'

export interface AdvisoryIndex {
  advisories: Advisory[]
  /** package key -> [advisory position, affected position] */
  byPackage: Map<string, [number, number][]>
  withdrawn: number
}

export interface SerializedIndex {
  format: typeof INDEX_FORMAT
  advisories: Advisory[]
  /** byPackage as entries, flattened: [key, [a0, e0, a1, e1, ...]]; saves recomputing every key on load. */
  packages: [string, number[]][]
  withdrawn: number
}

export function buildAdvisoryIndex(all: Iterable<Advisory>): AdvisoryIndex {
  const advisories: Advisory[] = []
  let withdrawn = 0
  const seen = new Map<string, number>()
  for (const advisory of all) {
    if (advisory.withdrawn) {
      withdrawn++
      continue
    }
    // The same id twice (two copies of one database): the newer wins.
    const at = seen.get(advisory.id)
    if (at !== undefined) {
      if (advisory.modified > advisories[at]!.modified)
        advisories[at] = advisory
      continue
    }
    seen.set(advisory.id, advisories.length)
    advisories.push(advisory)
  }
  return { advisories, byPackage: keyAffected(advisories), withdrawn }
}

function keyAffected(
  advisories: readonly Advisory[]
): AdvisoryIndex['byPackage'] {
  const byPackage = new Map<string, [number, number][]>()
  advisories.forEach((advisory, a) =>
    advisory.affected.forEach((entry, e) => {
      const key = packageKey(entry.ecosystem, entry.name)
      const list = byPackage.get(key)
      if (list) list.push([a, e])
      else byPackage.set(key, [[a, e]])
    })
  )
  return byPackage
}

export function toSerializedIndex(index: AdvisoryIndex): SerializedIndex {
  return {
    format: INDEX_FORMAT,
    advisories: index.advisories,
    packages: [...index.byPackage].map(([key, pairs]) => [key, pairs.flat()]),
    withdrawn: index.withdrawn
  }
}

/** undefined when the value is not an index of this format (an old cache). */
export function fromSerializedIndex(value: unknown): AdvisoryIndex | undefined {
  const v = value as Partial<SerializedIndex> | undefined
  if (
    v?.format !== INDEX_FORMAT ||
    !Array.isArray(v.advisories) ||
    !Array.isArray(v.packages)
  )
    return undefined
  const byPackage = new Map<string, [number, number][]>()
  for (const [key, flat] of v.packages) {
    const pairs: [number, number][] = []
    for (let i = 0; i < flat.length; i += 2)
      pairs.push([flat[i]!, flat[i + 1]!])
    byPackage.set(key, pairs)
  }
  return { advisories: v.advisories, byPackage, withdrawn: v.withdrawn ?? 0 }
}

/** Several databases as one (advisories of the same id: the newer wins). */
export function mergeIndexes(indexes: readonly AdvisoryIndex[]): AdvisoryIndex {
  if (indexes.length === 1) return indexes[0]!
  const merged = buildAdvisoryIndex(indexes.flatMap((i) => i.advisories))
  merged.withdrawn = indexes.reduce((n, i) => n + i.withdrawn, 0)
  return merged
}
