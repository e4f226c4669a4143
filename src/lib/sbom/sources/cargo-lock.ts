/**
 * Cargo.lock, format v1 to v4. Packages without `source` are the workspace's
 * own crates: not third-party packages, but the roots of the walk. Their
 * manifests (found from the root Cargo.toml: members, globs, path
 * dependencies) say which of their locked dependencies are dev-only; the edges
 * between registry crates are all normal (Cargo.lock holds no dev-dependencies
 * of dependencies). `checksum` (or the v1 `[metadata]` entry) is the SHA-256 of
 * the .crate file.
 */
import type { Origin } from '../model.js'
import {
  cargoProject,
  crateEdgeKinds,
  localCrates,
  readRootCargoToml,
  type CrateManifest
} from './cargo-manifest.js'
import { checkedHex } from './hashes.js'
import type { LockGraph, LockNode, ReaderContext } from './lock-graph.js'
import {
  lockNode,
  openLockfile,
  type LockfileFormat,
  type VersionRule
} from './lockfile-format.js'
import {
  folderSource,
  gitSource,
  type PackageSource
} from './package-source.js'
import {
  asArray,
  asRecord,
  asString,
  invalidLockfile,
  parseTomlText,
  type Json
} from './parse-text.js'
import { cargoPurl } from './purl.js'

const CRATES_IO =
  /^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/?)$/

function sourceOf(source: string): PackageSource {
  if (CRATES_IO.test(source))
    return { origin: { kind: 'registry' }, qualifiers: {} }
  if (source.startsWith('git+')) {
    const url = source.slice(4).replace(/[?#].*$/, '')
    return gitSource(url, /#([0-9a-f]+)$/i.exec(source)?.[1])
  }
  if (source.startsWith('path+')) return folderSource(source.slice(5))
  const url = source.replace(/^(registry|sparse)\+/, '')
  return {
    origin: { kind: 'registry', url },
    qualifiers: { repository_url: url }
  }
}

const VERSION: VersionRule = {
  of: (data) => data.version,
  accepts: (v) => v === undefined || v === 3 || v === 4,
  needle: 'version',
  key: 'version',
  supported: '1 to 4'
}

/** The crates of the workspace and the lockfile, read before any package. */
interface CargoContext {
  file: string
  lockDir: string
  crates: Map<string, CrateManifest>
  /** The v1 `[metadata]` checksums. */
  legacy: Json
}

function crateNode(cx: CargoContext, raw: unknown, index: number): LockNode {
  const pkg = asRecord(raw)
  const name = asString(pkg.name)
  const version = asString(pkg.version)
  if (name === undefined || version === undefined) {
    throw invalidLockfile(
      cx.file,
      `key package[${index}]`,
      'a [[package]] needs name and version'
    )
  }
  const source = asString(pkg.source)
  const id =
    source === undefined
      ? `${name} ${version}`
      : `${name} ${version} (${source})`
  const crate = cx.crates.get(name)
  const { origin, qualifiers } =
    source === undefined
      ? {
          origin: {
            kind: 'workspace',
            path: crate?.folder ?? cx.lockDir
          } as Origin,
          qualifiers: {}
        }
      : sourceOf(source)
  const checksum =
    asString(pkg.checksum) ?? asString(cx.legacy[`checksum ${id}`])
  const hash = checkedHex('SHA-256', checksum, (problem) =>
    invalidLockfile(cx.file, `key package[${index}].checksum`, problem)
  )
  return lockNode({
    id,
    ecosystem: 'cargo',
    name,
    version,
    purl: cargoPurl(name, version, qualifiers),
    hashes: hash ? [hash] : [],
    origin,
    properties:
      source === undefined && crate === undefined
        ? { 'provenant:manifest-missing': 'true' }
        : {},
    scope: source === undefined ? 'required' : undefined
  })
}

export function readCargoLock(ctx: ReaderContext): LockGraph {
  const { file, lockDir, data, graph } = openLockfile(
    ctx,
    parseTomlText,
    VERSION
  )
  const root = readRootCargoToml(ctx, graph, lockDir)
  graph.project = cargoProject(root)
  const crates = localCrates(ctx, graph, lockDir, root)
  const cx: CargoContext = {
    file,
    lockDir,
    crates,
    legacy: asRecord(data.metadata)
  }
  if (!Array.isArray(data.package) || data.package.length === 0) {
    throw invalidLockfile(
      file,
      'key package',
      data.package === undefined
        ? 'no [[package]] tables (a Cargo.lock lists at least the crate itself)'
        : 'must be a list of [[package]] tables'
    )
  }
  const packages = asArray(data.package).map((raw, index): [LockNode, Json] => {
    const node = crateNode(cx, raw, index)
    graph.nodes.set(node.id, node)
    return [node, asRecord(raw)]
  })
  addCrateEdges(
    graph,
    packages,
    crates,
    asRecord(asRecord(root?.workspace).dependencies)
  )
  for (const [node] of packages) {
    if (node.origin.kind !== 'workspace') continue
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

/**
 * A dependency is "name", "name version" or "name version (source)": as
 * specific as needed to be unique. The workspace's own crates' manifests say
 * which of theirs are dev-only.
 */
function addCrateEdges(
  graph: LockGraph,
  packages: Array<[LockNode, Json]>,
  crates: Map<string, CrateManifest>,
  shared: Json
): void {
  const byName = new Map<string, string>()
  const byNameVersion = new Map<string, string>()
  for (const [node] of packages) {
    if (!byName.has(node.name)) byName.set(node.name, node.id)
    const key = `${node.name} ${node.version}`
    if (!byNameVersion.has(key)) byNameVersion.set(key, node.id)
  }
  for (const [node, pkg] of packages) {
    const kinds =
      node.origin.kind === 'workspace'
        ? crateEdgeKinds(crates.get(node.name)?.data ?? {}, shared)
        : undefined
    for (const dep of asArray(pkg.dependencies)) {
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
  }
}

export const cargoLockfile: LockfileFormat = {
  kind: 'cargo',
  family: 'rust',
  names: ['Cargo.lock'],
  manifests: ['Cargo.toml'],
  read: readCargoLock
}
