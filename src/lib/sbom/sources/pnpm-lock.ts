/**
 * pnpm-lock.yaml, lockfileVersion 5.x, 6.x and 9.x. Nodes are the `packages`
 * keys (5/6) or the `snapshots` keys (9: one per peer variant, with the
 * metadata of their `packages` entry); peer suffixes are dropped from the
 * version, so variants merge into one component. Importers are the project
 * (`.`) and the workspace members. Scope: the 5/6 `dev` flag (true = dev-only,
 * false or absent = production), the graph walk for 9 (it has no flag).
 */
import type { Origin, Scope } from '../model.js'
import { checkedSri } from './hashes.js'
import type {
  EdgeKind,
  LockEdge,
  LockGraph,
  LockNode,
  ReaderContext
} from './lock-graph.js'
import {
  lockNode,
  openLockfile,
  type LockfileFormat,
  type OpenLockfile,
  type VersionRule
} from './lockfile-format.js'
import { npmProject, readPackageJson } from './npm-manifest.js'
import { npmSource, type NpmSource } from './npm-origin.js'
import { folderSource, gitOrigin } from './package-source.js'
import {
  asRecord,
  asString,
  invalidLockfile,
  isRecord,
  joinPath,
  parseYamlText,
  type Json
} from './parse-text.js'
import {
  parseKey,
  refToKey,
  removeSuffix,
  type PnpmGeneration
} from './pnpm-keys.js'
import { npmPurl } from './purl.js'

const DEP_TABLES: Array<[string, EdgeKind]> = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev']
]

const VERSION: VersionRule = {
  of: (data) => data.lockfileVersion,
  accepts: (raw) => generationOf(raw) !== undefined,
  needle: 'lockfileVersion',
  key: 'lockfileVersion',
  supported: "'5.x', '6.x', '9.0'"
}

function generationOf(raw: unknown): PnpmGeneration | undefined {
  const major = Math.floor(Number.parseFloat(String(raw)))
  return major === 5 || major === 6 || major === 9 ? major : undefined
}

function sourceOf(resolution: Json, name: string, lockDir: string): NpmSource {
  if (resolution.type === 'directory')
    return folderSource(joinPath(lockDir, asString(resolution.directory) ?? ''))
  if (resolution.type === 'git') {
    const url = asString(resolution.repo) ?? ''
    const commit = asString(resolution.commit)
    return {
      origin: gitOrigin(url, commit),
      qualifiers: { vcs_url: commit ? `${url}#${commit}` : url }
    }
  }
  return npmSource(asString(resolution.tarball), name, lockDir)
}

function flagScope(entry: Json, generation: PnpmGeneration): Scope | undefined {
  if (generation === 9) return undefined
  if (entry.dev === true) return 'dev'
  return entry.optional === true ? 'optional' : 'required'
}

/** What the parts of the reader share: the lockfile opened, its generation, the graph so far. */
interface Pnpm extends OpenLockfile {
  ctx: ReaderContext
  generation: PnpmGeneration
}

export function readPnpmLock(ctx: ReaderContext): LockGraph {
  const open = openLockfile(ctx, parseYamlText, VERSION)
  const { data, graph, lockDir } = open
  const pnpm: Pnpm = {
    ...open,
    ctx,
    generation: generationOf(data.lockfileVersion) as PnpmGeneration
  }
  graph.project = npmProject(readPackageJson(ctx, graph, lockDir)?.data ?? {})
  const snapshots = addPackageNodes(pnpm)
  const importers = isRecord(data.importers) ? data.importers : { '.': data }
  for (const path of Object.keys(importers)) {
    if (joinPath(path) === '') continue
    const folder = joinPath(lockDir, path)
    graph.members.push(
      addFolder(pnpm, path, { kind: 'workspace', path: folder }, folder)
    )
  }
  for (const [key, snapshot] of Object.entries(snapshots)) {
    const node = graph.nodes.get(key) as LockNode
    node.edges = edgesOf(
      pnpm,
      '.',
      asRecord(snapshot),
      false,
      `snapshots["${key}"]`
    )
  }
  for (const [path, importer] of Object.entries(importers)) {
    const edges = edgesOf(
      pnpm,
      path,
      asRecord(importer),
      true,
      isRecord(data.importers) ? `importers["${path}"]` : 'importers'
    )
    if (joinPath(path) === '') graph.rootEdges = edges
    else (graph.nodes.get(memberId(path)) as LockNode).edges = edges
  }
  return graph
}

/** A node per snapshot (9: per peer variant, with its `packages` entry's metadata) and per package no snapshot names; returns the snapshots. */
function addPackageNodes(pnpm: Pnpm): Json {
  const packages = asRecord(pnpm.data.packages)
  const snapshots =
    pnpm.generation === 9 ? asRecord(pnpm.data.snapshots) : packages
  const used = new Set<string>()
  for (const [key, snapshot] of Object.entries(snapshots)) {
    const base = pnpm.generation === 9 ? removeSuffix(key) : key
    used.add(base)
    addNode(pnpm, key, asRecord(packages[base]), asRecord(snapshot))
  }
  for (const [key, meta] of Object.entries(packages)) {
    if (!used.has(key)) addNode(pnpm, key, asRecord(meta), {})
  }
  return snapshots
}

function addNode(pnpm: Pnpm, key: string, meta: Json, snapshot: Json): void {
  const spelled = parseKey(key, pnpm.generation)
  const name = asString(meta.name) ?? spelled?.name ?? key
  const version = asString(meta.version) ?? spelled?.version ?? ''
  const source = sourceOf(asRecord(meta.resolution), name, pnpm.lockDir)
  const properties: Record<string, string> = {}
  for (const field of ['os', 'cpu', 'libc']) {
    const value = meta[field]
    if (Array.isArray(value) && value.length > 0)
      properties[`provenant:${field}`] = value.join(',')
  }
  const patch = /\(patch_hash=([^)]+)\)/.exec(key)?.[1]
  if (patch) properties['provenant:patch'] = patch
  const node = lockNode({
    id: key,
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version, source.qualifiers),
    hashes: checkedSri(
      asString(asRecord(meta.resolution).integrity),
      (problem) =>
        invalidLockfile(pnpm.file, `key packages["${key}"].resolution`, problem)
    ),
    origin: source.origin,
    properties,
    scope: flagScope({ ...meta, ...snapshot }, pnpm.generation)
  })
  pnpm.graph.nodes.set(key, node)
}

const memberId = (path: string): string => `importer:${joinPath(path) || '.'}`

/** A folder of the tree as a node: a workspace member, or a `link:` to another folder. */
function addFolder(
  pnpm: Pnpm,
  path: string,
  origin: Origin,
  fallbackName: string
): string {
  const id = memberId(path)
  const folder = joinPath(pnpm.lockDir, path)
  const project = npmProject(
    readPackageJson(pnpm.ctx, pnpm.graph, folder)?.data ?? {}
  )
  const name = project.name ?? fallbackName
  pnpm.graph.nodes.set(
    id,
    lockNode({
      id,
      ecosystem: 'npm',
      name,
      version: project.version,
      purl: npmPurl(name, project.version),
      licenses: project.licenses,
      origin,
      scope: 'required'
    })
  )
  return id
}

/** The node a reference leads to: a `link:` folder, or the package key it spells. */
function target(
  pnpm: Pnpm,
  from: string,
  name: string,
  reference: string
): string | undefined {
  if (reference.startsWith('link:')) {
    const path = joinPath(from, reference.slice(5))
    const id = memberId(path)
    if (id === 'importer:.') return undefined
    const folder = joinPath(pnpm.lockDir, path)
    return pnpm.graph.nodes.has(id)
      ? id
      : addFolder(
          pnpm,
          path,
          { kind: 'file', path: folder, directory: true },
          name
        )
  }
  const key = refToKey(reference, name, pnpm.generation)
  return key !== undefined && pnpm.graph.nodes.has(key) ? key : undefined
}

function edgesOf(
  pnpm: Pnpm,
  from: string,
  entry: Json,
  withDev: boolean,
  where: string
): LockEdge[] {
  const out: LockEdge[] = []
  for (const [table, kind] of DEP_TABLES) {
    if (kind === 'dev' && !withDev) continue
    for (const [name, value] of Object.entries(asRecord(entry[table]))) {
      const reference =
        typeof value === 'string' ? value : asString(asRecord(value).version)
      if (reference === undefined) {
        throw invalidLockfile(
          pnpm.file,
          `key ${where}.${table}["${name}"]`,
          'a dependency needs a version (was the file cut short?)'
        )
      }
      const to = target(pnpm, from, name, reference)
      if (to !== undefined) out.push({ to, kind })
    }
  }
  return out
}

export const pnpmLockfile: LockfileFormat = {
  kind: 'pnpm',
  family: 'javascript',
  names: ['pnpm-lock.yaml'],
  manager: 'pnpm',
  manifests: ['package.json'],
  read: readPnpmLock
}
