/**
 * Scope of every node of a LockGraph by a graph walk (the corpus rules for yarn,
 * pnpm 9, uv and Cargo): the project and the workspace members are roots;
 * their `dependencies` reach `required` nodes, their optional dependencies
 * `optional` ones, their devDependencies `dev` ones; transitive edges are
 * dependencies plus optionalDependencies (an optional edge caps what it reaches
 * at `optional`). A node reached only from dev roots is dev-only. Three linear
 * passes. A scope the lockfile states itself (LockNode.scope) wins; an
 * unreached node gets none.
 */
import type { Scope } from '../model.js'
import type { EdgeKind, LockEdge, LockGraph } from './lock-graph.js'

/** Marks what `starts` (and the already `seen` nodes) reach through `follow` edges. */
function reach(
  graph: LockGraph,
  starts: readonly LockEdge[],
  follow: readonly EdgeKind[],
  seen: Set<string>
): Set<string> {
  const stack: string[] = [...seen]
  for (const edge of starts) {
    if (follow.includes(edge.kind) && !seen.has(edge.to)) {
      seen.add(edge.to)
      stack.push(edge.to)
    }
  }
  while (stack.length > 0) {
    const node = graph.nodes.get(stack.pop() as string)
    for (const edge of node?.edges ?? []) {
      if (
        edge.kind !== 'dev' &&
        follow.includes(edge.kind) &&
        !seen.has(edge.to)
      ) {
        seen.add(edge.to)
        stack.push(edge.to)
      }
    }
  }
  return seen
}

/** Edges of the project and of every member: the walk's starting points. */
function rootEdges(graph: LockGraph): LockEdge[] {
  const out = [...graph.rootEdges]
  for (const id of graph.members) {
    out.push({ to: id, kind: 'prod' })
    out.push(...(graph.nodes.get(id)?.edges ?? []))
  }
  return out
}

export function computeScopes(graph: LockGraph): Map<string, Scope> {
  const starts = rootEdges(graph)
  const required = reach(graph, starts, ['prod'], new Set())
  const optional = reach(graph, starts, ['prod', 'optional'], new Set(required))
  const dev = reach(
    graph,
    starts,
    ['prod', 'optional', 'dev'],
    new Set(optional)
  )
  const scopes = new Map<string, Scope>()
  for (const [id, node] of graph.nodes) {
    if (node.scope) scopes.set(id, node.scope)
    else if (required.has(id)) scopes.set(id, 'required')
    else if (optional.has(id)) scopes.set(id, 'optional')
    else if (dev.has(id)) scopes.set(id, 'dev')
    // Unreached: no scope here; the merge makes the component `required`
    // unless another entry of the same package was reached.
  }
  return scopes
}
