/**
 * npm lockfileVersion 1 (npm 5/6): the nested `dependencies` tree, each entry's
 * `requires` resolved up its chain of parents, the way Node resolves them. The
 * project's direct dependencies come from package.json (the v1 lockfile does
 * not list them). Scope from the `dev` / `optional` flags.
 */
import type { Scope } from '../model.js'
import { checkedSri } from './hashes.js'
import {
  emptyGraph,
  type LockEdge,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import {
  manifestDependencies,
  npmProject,
  readPackageJson,
  splitNameRange
} from './npm-manifest.js'
import { npmSource } from './npm-origin.js'
import {
  asString,
  dirOf,
  invalidLockfile,
  isRecord,
  whereKey,
  type Json
} from './parse-text.js'
import { npmPurl } from './purl.js'

interface Tree {
  children: Map<string, Map<string, string>>
  parent: Map<string, string>
  entries: Map<string, Json>
}

function flagScope(entry: Json): Scope {
  if (entry.dev === true) return 'dev'
  return entry.optional === true ? 'optional' : 'required'
}

export function readNpmLockV1(ctx: ReaderContext, data: Json): LockGraph {
  const graph = emptyGraph(ctx.lockfile)
  const lockDir = dirOf(ctx.lockfile)
  const manifest = readPackageJson(ctx, graph, lockDir)?.data
  graph.project = npmProject({ ...data, ...manifest })
  const tree: Tree = {
    children: new Map(),
    parent: new Map(),
    entries: new Map()
  }
  collect(ctx, data.dependencies, '', tree)

  for (const [id, entry] of tree.entries) {
    graph.nodes.set(id, buildNode(ctx, graph, id, entry, lockDir))
  }
  const resolve = (from: string, name: string): string | undefined => {
    for (
      let at: string | undefined = from;
      at !== undefined;
      at = tree.parent.get(at)
    ) {
      const hit = tree.children.get(at)?.get(name)
      if (hit !== undefined) return hit
    }
    return undefined
  }
  for (const [id, entry] of tree.entries) {
    const edges: LockEdge[] = []
    for (const name of Object.keys(
      isRecord(entry.requires) ? entry.requires : {}
    )) {
      const to = resolve(id, name)
      if (to !== undefined && to !== id) edges.push({ to, kind: 'prod' })
    }
    ;(graph.nodes.get(id) as LockNode).edges = edges
  }
  if (manifest) {
    for (const dep of manifestDependencies(manifest)) {
      const to = resolve('', dep.name)
      if (to !== undefined) graph.rootEdges.push({ to, kind: dep.kind })
    }
  } else {
    for (const id of tree.children.get('')?.values() ?? []) {
      const scope = flagScope(tree.entries.get(id) as Json)
      graph.rootEdges.push({
        to: id,
        kind: scope === 'required' ? 'prod' : scope
      })
    }
  }
  return graph
}

function collect(
  ctx: ReaderContext,
  dependencies: unknown,
  parentId: string,
  tree: Tree
): void {
  if (dependencies === undefined) return
  if (!isRecord(dependencies)) {
    throw invalidLockfile(
      ctx.lockfile,
      `key ${parentId || '(root)'}.dependencies`,
      'expected an object'
    )
  }
  const own = new Map<string, string>()
  tree.children.set(parentId, own)
  for (const [name, entry] of Object.entries(dependencies)) {
    const id = `${parentId === '' ? '' : `${parentId}/`}node_modules/${name}`
    if (!isRecord(entry) || typeof entry.version !== 'string') {
      const text = ctx.read(ctx.lockfile) ?? ''
      throw invalidLockfile(
        ctx.lockfile,
        whereKey(text, `"${name}"`, `dependencies.${name}`),
        'an entry needs a `version` string'
      )
    }
    own.set(name, id)
    tree.parent.set(id, parentId)
    tree.entries.set(id, entry)
    collect(ctx, entry.dependencies, id, tree)
  }
}

function buildNode(
  ctx: ReaderContext,
  graph: LockGraph,
  id: string,
  entry: Json,
  lockDir: string
): LockNode {
  const installedAs = id.slice(
    id.lastIndexOf('node_modules/') + 'node_modules/'.length
  )
  const spec = entry.version as string
  const properties: Record<string, string> = {}
  if (entry.bundled === true) properties['provenant:bundled'] = 'true'
  let name = installedAs
  let version = spec
  let source = npmSource(asString(entry.resolved), name, lockDir)
  if (spec.startsWith('npm:')) {
    ;[name, version] = splitNameRange(spec.slice(4))
    properties['provenant:alias'] = installedAs
    source = npmSource(asString(entry.resolved), name, lockDir)
    if (source.origin.kind === 'registry')
      source = { ...source, origin: { kind: 'alias', alias: installedAs } }
  } else if (
    /^(file:|git\+|git:|github:|gitlab:|bitbucket:|https?:)/.test(spec) ||
    /^[^@/:]+\/[^/]+(#.*)?$/.test(spec)
  ) {
    // Not a version: the spec says where the code comes from, and no version is known.
    source = npmSource(
      spec.includes(':') ? spec : `github:${spec}`,
      name,
      lockDir
    )
    version = ''
    if (source.origin.kind === 'file' && source.origin.directory) {
      const folder = readPackageJson(ctx, graph, source.origin.path)?.data
      version = asString(folder?.version) ?? ''
    }
  }
  return {
    id,
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version, source.qualifiers),
    hashes: checkedSri(asString(entry.integrity), (problem) =>
      invalidLockfile(ctx.lockfile, `key ${id}.integrity`, problem)
    ),
    licenses: [],
    origin: source.origin,
    properties,
    scope: flagScope(entry),
    edges: []
  }
}
