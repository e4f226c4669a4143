/**
 * uv.lock (version 1). Editable and virtual packages are the project and its
 * workspace members (not third-party packages); `[manifest] members` names them
 * when the workspace has several. Scope by the walk: members' `dependencies`
 * and `optional-dependencies` are production, `dev-dependencies` (dependency
 * groups) dev. An edge that asks for extras (`extra = ["socks"]`) also reaches
 * that package's `optional-dependencies.socks`: each requested extra is a node
 * of its own with the package's facts, so it merges into the same component.
 */
import type {
  EdgeKind,
  LockEdge,
  LockGraph,
  LockNode,
  ReaderContext
} from './lock-graph.js'
import {
  addByName,
  lockNode,
  openLockfile,
  type LockfileFormat,
  type OpenLockfile,
  type VersionRule
} from './lockfile-format.js'
import { downloadSource, gitSource } from './package-source.js'
import {
  asArray,
  asRecord,
  asString,
  invalidLockfile,
  joinPath,
  parseTomlText,
  type Json
} from './parse-text.js'
import { normalizePypiName, pypiPurl } from './purl.js'
import {
  fileHashes,
  indexSource,
  packageTables,
  pathSource,
  pythonProject,
  readPyproject,
  type PythonSource
} from './python-project.js'

function sourceOf(
  source: Json,
  lockDir: string
): PythonSource & { local: boolean } {
  const path = (key: string): string =>
    joinPath(lockDir, asString(source[key]) ?? '')
  if (source.editable !== undefined || source.virtual !== undefined) {
    const folder = path(source.editable !== undefined ? 'editable' : 'virtual')
    return {
      origin: { kind: 'workspace', path: folder },
      qualifiers: {},
      local: true
    }
  }
  if (source.directory !== undefined)
    return { ...pathSource(path('directory')), local: true }
  if (source.path !== undefined)
    return { ...pathSource(path('path')), local: false }
  const git = asString(source.git)
  if (git !== undefined) {
    const [url, commit] = git.split('#') as [string, string | undefined]
    return { ...gitSource(url.replace(/\?.*$/, ''), commit), local: false }
  }
  const url = asString(source.url)
  if (url !== undefined) return { ...downloadSource(url), local: false }
  return { ...indexSource(asString(source.registry)), local: false }
}

const VERSION: VersionRule = {
  of: (data) => data.version,
  accepts: (v) => v === 1,
  needle: 'version',
  key: 'version',
  supported: '1'
}

export function readUvLock(ctx: ReaderContext): LockGraph {
  const open = openLockfile(ctx, parseTomlText, VERSION)
  const { data, graph, lockDir } = open
  graph.project = pythonProject(readPyproject(ctx, graph, lockDir))
  const members = new Set(
    asArray(asRecord(data.manifest).members).map((m) =>
      normalizePypiName(String(m))
    )
  )
  const byName = new Map<string, LockNode[]>()
  const packages = packageTables(open).map((raw, index): [LockNode, Json] => {
    const node = uvNode(open, asRecord(raw), index)
    addByName(graph, byName, node)
    return [node, asRecord(raw)]
  })
  const edgesTo = uvEdges(graph, byName, packages)
  const rootName = graph.project?.name
  for (const [node, pkg] of packages) {
    node.edges = edgesTo(pkg.dependencies, 'prod')
    if (node.origin.kind !== 'workspace') continue
    for (const list of Object.values(asRecord(pkg['optional-dependencies'])))
      node.edges.push(...edgesTo(list, 'optional'))
    for (const list of Object.values(asRecord(pkg['dev-dependencies'])))
      node.edges.push(...edgesTo(list, 'dev'))
    const isMember = members.size === 0 || members.has(node.name)
    if (
      isMember &&
      node.origin.path === lockDir &&
      (rootName === undefined || node.name === rootName)
    ) {
      // The project itself: its dependencies are the root's.
      graph.project ??= {
        ecosystem: 'pypi',
        name: node.name,
        version: node.version,
        licenses: []
      }
      graph.rootEdges = node.edges
      graph.nodes.delete(node.id)
    } else if (isMember) graph.members.push(node.id)
  }
  return graph
}

function uvNode(open: OpenLockfile, pkg: Json, index: number): LockNode {
  const rawName = asString(pkg.name)
  if (rawName === undefined)
    throw invalidLockfile(
      open.file,
      `key package[${index}]`,
      'a [[package]] needs a name'
    )
  if (pkg.version !== undefined && typeof pkg.version !== 'string')
    throw invalidLockfile(
      open.file,
      `key package[${index}].version`,
      '"version" must be a string'
    )
  const name = normalizePypiName(rawName)
  const version = asString(pkg.version) ?? ''
  const source = sourceOf(asRecord(pkg.source), open.lockDir)
  const hashes = fileHashes(
    [asRecord(pkg.sdist), ...asArray(pkg.wheels).map(asRecord)],
    (problem) => invalidLockfile(open.file, `key package[${index}]`, problem)
  )
  return lockNode({
    id: `${name}@${version}@${index}`,
    ecosystem: 'pypi',
    name,
    version,
    purl: pypiPurl(name, version, source.qualifiers),
    hashes,
    origin: source.origin,
    scope: source.local ? 'required' : undefined
  })
}

/**
 * Edges to the packages a dependency list names (by version when it says
 * one). An edge that asks for extras also reaches a node of that extra: the
 * package's facts, with the edges of its `optional-dependencies.<extra>`.
 */
function uvEdges(
  graph: LockGraph,
  byName: Map<string, LockNode[]>,
  packages: Array<[LockNode, Json]>
): (list: unknown, kind: EdgeKind) => LockEdge[] {
  const find = (dep: Json): LockNode[] => {
    const candidates =
      byName.get(normalizePypiName(asString(dep.name) ?? '')) ?? []
    const version = asString(dep.version)
    const hits =
      version === undefined
        ? candidates
        : candidates.filter((c) => c.version === version)
    return hits.length > 0 ? hits : candidates
  }
  const extras = new Map(
    packages.map(([node, pkg]) => [
      node.id,
      asRecord(pkg['optional-dependencies'])
    ])
  )
  const edgesTo = (list: unknown, kind: EdgeKind): LockEdge[] => {
    const out: LockEdge[] = []
    for (const dep of asArray(list).map(asRecord)) {
      for (const target of find(dep)) {
        out.push({ to: target.id, kind })
        for (const extra of asArray(dep.extra)) {
          const id = `${target.id}[${String(extra)}]`
          if (!graph.nodes.has(id)) {
            const extraNode: LockNode = { ...target, id, edges: [] }
            graph.nodes.set(id, extraNode)
            extraNode.edges = edgesTo(
              extras.get(target.id)?.[String(extra)],
              'prod'
            )
          }
          out.push({ to: id, kind })
        }
      }
    }
    return out
  }
  return edgesTo
}

export const uvLockfile: LockfileFormat = {
  kind: 'uv',
  family: 'python',
  names: ['uv.lock'],
  manifests: ['pyproject.toml'],
  read: readUvLock
}
