/**
 * Merges lockfile nodes into components: nodes with the same purl are one
 * component (npm's nested copies, pnpm peer variants, yarn patches and their
 * base, the same pin in two requirements files). The merged scope is the
 * widest (required > optional > dev) of the entries that have one (an entry no
 * walk reached has none; a component with no scoped entry is `required`),
 * hashes and licenses are united, and an
 * alias origin gives way to the package's own origin when both are seen.
 */
import type { Component, Dependency, Scope } from '../model.js'
import { addHashes } from './hashes.js'
import { isLocal, type PackageFacts } from './lock-graph.js'

const RANK: Record<Scope, number> = { dev: 0, optional: 1, required: 2 }

function mergeProperty(current: string | undefined, next: string): string {
  if (current === undefined || current === next) return next
  return [...new Set([...current.split(','), ...next.split(',')])]
    .sort()
    .join(',')
}

function originTag(facts: PackageFacts): string {
  const { origin } = facts
  const where =
    'path' in origin ? origin.path : 'url' in origin ? origin.url : ''
  return `${origin.kind}:${where}`
}

export class GraphBuilder {
  private readonly components = new Map<string, Component>()
  private readonly refByIdentity = new Map<string, string>()
  private readonly edges = new Map<string, Set<string>>()

  private readonly scoped = new Set<string>()

  /** Adds (or merges) a component and returns its ref; `scope` undefined: an entry no walk reached. */
  add(facts: PackageFacts, scope: Scope | undefined): string {
    const local = isLocal(facts.origin)
    const identity = local
      ? `${facts.purl}\u0000${JSON.stringify(facts.origin)}`
      : facts.purl
    let ref = this.refByIdentity.get(identity)
    if (ref === undefined) {
      // The purl is the ref, unless a package of another identity holds it already.
      ref = this.components.has(facts.purl)
        ? `${facts.purl}#${originTag(facts)}`
        : facts.purl
      this.refByIdentity.set(identity, ref)
      this.components.set(ref, {
        ref,
        ecosystem: facts.ecosystem,
        name: facts.name,
        version: facts.version,
        purl: facts.purl,
        hashes: [...facts.hashes],
        licenses: [...facts.licenses],
        scope: scope ?? 'required',
        origin: facts.origin,
        properties: { ...facts.properties }
      })
      if (scope) this.scoped.add(ref)
      return ref
    }
    const component = this.components.get(ref) as Component
    if (scope && (!this.scoped.has(ref) || RANK[scope] > RANK[component.scope]))
      component.scope = scope
    if (scope) this.scoped.add(ref)
    addHashes(component.hashes, facts.hashes)
    for (const license of facts.licenses) {
      if (!component.licenses.includes(license))
        component.licenses.push(license)
    }
    for (const [key, value] of Object.entries(facts.properties)) {
      component.properties[key] = mergeProperty(
        component.properties[key],
        value
      )
    }
    if (component.origin.kind === 'alias' && facts.origin.kind !== 'alias')
      component.origin = facts.origin
    return ref
  }

  has(ref: string): boolean {
    return this.components.has(ref)
  }

  edge(from: string, to: string): void {
    if (from === to) return
    let set = this.edges.get(from)
    if (!set) this.edges.set(from, (set = new Set()))
    set.add(to)
  }

  /** Components sorted by ref; one Dependency per component and for the root, dependsOn sorted. */
  build(rootRef: string): {
    components: Component[]
    dependencies: Dependency[]
  } {
    const byRef = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
    const refs = [...this.components.keys()].sort(byRef)
    const dependsOn = (ref: string): string[] =>
      [...(this.edges.get(ref) ?? [])].sort(byRef)
    return {
      components: refs.map((ref) => this.components.get(ref) as Component),
      dependencies: [rootRef, ...refs].map((ref) => ({
        ref,
        dependsOn: dependsOn(ref)
      }))
    }
  }
}
