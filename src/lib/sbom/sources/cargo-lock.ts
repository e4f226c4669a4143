/**
 * Cargo.lock, format v1 to v4. Packages without `source` are the workspace's
 * own crates: not third-party packages, but the roots of the walk. Their
 * manifests (found from the root Cargo.toml: members, globs, path
 * dependencies) say which of their locked dependencies are dev-only; the edges
 * between registry crates are all normal (Cargo.lock holds no dev-dependencies
 * of dependencies). `checksum` (or the v1 `[metadata]` entry) is the SHA-256 of
 * the .crate file.
 */
import type { LockfileFormat } from './lockfile-format.js'
import type { Origin } from '../model.js'
import {
  cargoProject,
  crateEdgeKinds,
  localCrates,
  readRootCargoToml
} from './cargo-manifest.js'
import { checkedHex } from './hashes.js'
import {
  emptyGraph,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import {
  asArray,
  asRecord,
  asString,
  dirOf,
  invalidLockfile,
  parseTomlText,
  unknownLockfileVersion,
  whereKey,
  type Json
} from './parse-text.js'
import { cargoPurl, type Qualifiers } from './purl.js'

const CRATES_IO =
  /^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/?)$/

function sourceOf(source: string): { origin: Origin; qualifiers: Qualifiers } {
  if (CRATES_IO.test(source))
    return { origin: { kind: 'registry' }, qualifiers: {} }
  if (source.startsWith('git+')) {
    const url = source.slice(4).replace(/[?#].*$/, '')
    const commit = /#([0-9a-f]+)$/i.exec(source)?.[1]
    return {
      origin: commit ? { kind: 'git', url, commit } : { kind: 'git', url },
      qualifiers: { vcs_url: `git+${url}${commit ? `@${commit}` : ''}` }
    }
  }
  if (source.startsWith('path+'))
    return {
      origin: { kind: 'file', path: source.slice(5), directory: true },
      qualifiers: {}
    }
  const url = source.replace(/^(registry|sparse)\+/, '')
  return {
    origin: { kind: 'registry', url },
    qualifiers: { repository_url: url }
  }
}

export function readCargoLock(ctx: ReaderContext): LockGraph {
  const file = ctx.lockfile
  const text = ctx.read(file) ?? ''
  const data = parseTomlText(text, file)
  if (data.version !== undefined && data.version !== 3 && data.version !== 4) {
    throw unknownLockfileVersion(
      file,
      whereKey(text, 'version', 'version'),
      data.version,
      '1 to 4'
    )
  }
  const graph = emptyGraph(file)
  const lockDir = dirOf(file)
  const root = readRootCargoToml(ctx, graph, lockDir)
  graph.project = cargoProject(root)
  const crates = localCrates(ctx, graph, lockDir, root)
  const shared = asRecord(asRecord(root?.workspace).dependencies)
  const legacy = asRecord(data.metadata)

  const byName = new Map<string, string>()
  const byNameVersion = new Map<string, string>()
  const packages: Array<[LockNode, Json]> = []
  if (!Array.isArray(data.package) || data.package.length === 0) {
    throw invalidLockfile(
      file,
      'key package',
      data.package === undefined
        ? 'no [[package]] tables (a Cargo.lock lists at least the crate itself)'
        : 'must be a list of [[package]] tables'
    )
  }
  asArray(data.package).forEach((raw, index) => {
    const pkg = asRecord(raw)
    const name = asString(pkg.name)
    const version = asString(pkg.version)
    if (name === undefined || version === undefined) {
      throw invalidLockfile(
        file,
        `key package[${index}]`,
        'a [[package]] needs name and version'
      )
    }
    const source = asString(pkg.source)
    const id =
      source === undefined
        ? `${name} ${version}`
        : `${name} ${version} (${source})`
    const crate = crates.get(name)
    const { origin, qualifiers } =
      source === undefined
        ? {
            origin: {
              kind: 'workspace',
              path: crate?.folder ?? lockDir
            } as Origin,
            qualifiers: {}
          }
        : sourceOf(source)
    const checksum =
      asString(pkg.checksum) ?? asString(legacy[`checksum ${id}`])
    const hash = checkedHex('SHA-256', checksum, (problem) =>
      invalidLockfile(file, `key package[${index}].checksum`, problem)
    )
    const node: LockNode = {
      id,
      ecosystem: 'cargo',
      name,
      version,
      purl: cargoPurl(name, version, qualifiers),
      hashes: hash ? [hash] : [],
      licenses: [],
      origin,
      properties:
        source === undefined && crate === undefined
          ? { 'provenant:manifest-missing': 'true' }
          : {},
      edges: []
    }
    if (source === undefined) node.scope = 'required'
    graph.nodes.set(id, node)
    if (!byName.has(name)) byName.set(name, id)
    if (!byNameVersion.has(`${name} ${version}`))
      byNameVersion.set(`${name} ${version}`, id)
    packages.push([node, pkg])
  })

  for (const [node, pkg] of packages) {
    const local = node.origin.kind === 'workspace'
    const kinds = local
      ? crateEdgeKinds(crates.get(node.name)?.data ?? {}, shared)
      : undefined
    for (const dep of asArray(pkg.dependencies)) {
      // "name", "name version" or "name version (source)": as specific as needed to be unique.
      const spec = String(dep)
      const [name = '', version] = spec.split(' ')
      const to = graph.nodes.has(spec)
        ? spec
        : version
          ? byNameVersion.get(`${name} ${version}`)
          : byName.get(name)
      if (to !== undefined && to !== node.id)
        node.edges.push({ to, kind: kinds?.get(name) ?? 'prod' })
    }
    if (!local) continue
    if (
      node.name === graph.project?.name &&
      crates.get(node.name)?.folder === lockDir
    ) {
      graph.rootEdges = node.edges
      graph.nodes.delete(node.id)
    } else graph.members.push(node.id)
  }
  return graph
}

export const cargoLockfile: LockfileFormat = {
  kind: 'cargo',
  family: 'rust',
  names: ['Cargo.lock'],
  manifests: ['Cargo.toml'],
  read: readCargoLock
}
