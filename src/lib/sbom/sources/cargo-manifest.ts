/**
 * Cargo.toml facts the Cargo.lock reader needs: the root package or virtual
 * workspace, the local crates (workspace members and path dependencies, by
 * crate name -> manifest folder), and for each local crate which of its
 * dependencies are dev-only, optional, or normal/build.
 */
import type {
  EdgeKind,
  LockGraph,
  ProjectFacts,
  ReaderContext
} from './lock-graph.js'
import { readTomlManifest } from './lock-graph.js'
import {
  asArray,
  asRecord,
  asString,
  joinPath,
  type Json
} from './parse-text.js'
import { matchMembers } from './workspaces.js'

export interface CrateManifest {
  folder: string
  data: Json
}

function readCargoToml(
  ctx: ReaderContext,
  graph: LockGraph,
  folder: string
): Json | undefined {
  return readTomlManifest(ctx, graph, folder, 'Cargo.toml')
}

function version(pkg: Json, workspace: Json): string {
  const own = pkg.version
  if (typeof own === 'string') return own
  // `version.workspace = true` inherits [workspace.package] version.
  return asString(asRecord(asRecord(workspace.workspace).package).version) ?? ''
}

export function cargoProject(root: Json | undefined): ProjectFacts | undefined {
  if (!root) return undefined
  const pkg = asRecord(root.package)
  const inherited = asRecord(asRecord(root.workspace).package)
  const license = asString(pkg.license) ?? asString(inherited.license)
  if (pkg.name === undefined && root.workspace === undefined) return undefined
  return {
    ecosystem: 'cargo',
    name: asString(pkg.name),
    version:
      root.package === undefined
        ? (asString(inherited.version) ?? '')
        : version(pkg, root),
    licenses: license ? [license] : []
  }
}

/** Every dependency table of a manifest, with the kind of edge it makes. */
function dependencyTables(data: Json): Array<[Json, EdgeKind]> {
  const tables: Array<[Json, EdgeKind]> = []
  const collect = (owner: Json): void => {
    tables.push([asRecord(owner.dependencies), 'prod'])
    tables.push([asRecord(owner['build-dependencies']), 'prod'])
    tables.push([asRecord(owner['build_dependencies']), 'prod'])
    tables.push([asRecord(owner['dev-dependencies']), 'dev'])
    tables.push([asRecord(owner['dev_dependencies']), 'dev'])
  }
  collect(data)
  for (const target of Object.values(asRecord(data.target)))
    collect(asRecord(target))
  return tables
}

/**
 * Crate name -> edge kind for one local crate: normal/build wins over optional
 * over dev. `shared` is the root's [workspace.dependencies] (`foo.workspace = true`).
 */
export function crateEdgeKinds(
  data: Json,
  shared: Json
): Map<string, EdgeKind> {
  const kinds = new Map<string, EdgeKind>()
  const rank: Record<EdgeKind, number> = { dev: 0, optional: 1, prod: 2 }
  for (const [table, kind] of dependencyTables(data)) {
    for (const [key, spec] of Object.entries(table)) {
      const inherited =
        asRecord(spec).workspace === true ? asRecord(shared[key]) : {}
      const crate =
        asString(asRecord(spec).package) ?? asString(inherited.package) ?? key
      const effective: EdgeKind =
        kind === 'prod' && asRecord(spec).optional === true ? 'optional' : kind
      const current = kinds.get(crate)
      if (current === undefined || rank[effective] > rank[current])
        kinds.set(crate, effective)
    }
  }
  return kinds
}

/** Local crates by name: the root package, workspace members (globs too), and path dependencies. */
export function localCrates(
  ctx: ReaderContext,
  graph: LockGraph,
  lockDir: string,
  root: Json | undefined
): Map<string, CrateManifest> {
  const crates = new Map<string, CrateManifest>()
  const workspace = asRecord(root?.workspace)
  const members = asArray(workspace.members).filter(
    (m): m is string => typeof m === 'string'
  )
  const excluded = new Set(
    asArray(workspace.exclude).map((e) => joinPath(lockDir, String(e)))
  )
  const queue = matchMembers(
    lockDir,
    members,
    ctx.manifestPaths,
    'Cargo.toml'
  ).filter((f) => !excluded.has(f))
  const seen = new Set<string>()
  const visit = (folder: string, data: Json | undefined): void => {
    if (seen.has(folder) || data === undefined) return
    seen.add(folder)
    const name = asString(asRecord(data.package).name)
    if (name !== undefined && !crates.has(name))
      crates.set(name, { folder, data })
    for (const [table] of dependencyTables(data)) {
      for (const spec of Object.values(table)) {
        const path = asString(asRecord(spec).path)
        if (path !== undefined) queue.push(joinPath(folder, path))
      }
    }
  }
  visit(lockDir, root)
  for (const spec of Object.values(asRecord(workspace.dependencies))) {
    const path = asString(asRecord(spec).path)
    if (path !== undefined) queue.push(joinPath(lockDir, path))
  }
  while (queue.length > 0) {
    const folder = queue.shift() as string
    if (!seen.has(folder)) visit(folder, readCargoToml(ctx, graph, folder))
  }
  return crates
}

export function readRootCargoToml(
  ctx: ReaderContext,
  graph: LockGraph,
  lockDir: string
): Json | undefined {
  return readCargoToml(ctx, graph, lockDir)
}
