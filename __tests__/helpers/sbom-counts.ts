/**
 * The corpus counting rules (shared/corpus/README.md, "Counting rules") applied
 * to a DependencyGraph: distinct (name, version) pairs of third-party packages
 * (workspace members and local folders excluded), the pairs whose every
 * component is dev-scoped, and the pairs carrying at least one hash.
 */
import type { Component, DependencyGraph } from '../../src/lib/sbom/model.js'

export interface PairCounts {
  packages: number
  dev_only: number
  with_integrity: number
  pairs: Map<string, Component[]>
}

export function isThirdParty(component: Component): boolean {
  const { origin } = component
  return (
    origin.kind !== 'workspace' &&
    !(origin.kind === 'file' && origin.directory === true)
  )
}

export function countPairs(graph: DependencyGraph): PairCounts {
  const pairs = new Map<string, Component[]>()
  for (const component of graph.components.filter(isThirdParty)) {
    const key = `${component.name}@${component.version}`
    pairs.set(key, [...(pairs.get(key) ?? []), component])
  }
  const all = [...pairs.values()]
  return {
    packages: pairs.size,
    dev_only: all.filter((list) => list.every((c) => c.scope === 'dev')).length,
    with_integrity: all.filter((list) => list.some((c) => c.hashes.length > 0))
      .length,
    pairs
  }
}
