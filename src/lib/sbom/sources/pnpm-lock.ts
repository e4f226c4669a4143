/**
 * pnpm-lock.yaml, lockfileVersion 5.x, 6.x and 9.x. Nodes are the `packages`
 * keys (5/6) or the `snapshots` keys (9: one per peer variant, with the
 * metadata of their `packages` entry); peer suffixes are dropped from the
 * version, so variants merge into one component. Importers are the project
 * (`.`) and the workspace members. Scope: the 5/6 `dev` flag (true = dev-only,
 * false or absent = production), the graph walk for 9 (it has no flag).
 */
import type { LockfileFormat } from './lockfile-format.js'
import type { Origin, Scope } from '../model.js'
import { checkedSri } from './hashes.js'
import {
  emptyGraph,
  type EdgeKind,
  type LockEdge,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import { npmProject, readPackageJson } from './npm-manifest.js'
import { npmSource, type NpmSource } from './npm-origin.js'
import { folderSource, gitOrigin } from './package-source.js'
import {
  asRecord,
  asString,
  dirOf,
  invalidLockfile,
  isRecord,
  joinPath,
  parseYamlText,
  unknownLockfileVersion,
  whereKey,
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

function generationOf(
  ctx: ReaderContext,
  text: string,
  raw: unknown
): PnpmGeneration {
  const major = Math.floor(Number.parseFloat(String(raw)))
  if (major === 5 || major === 6 || major === 9) return major
  throw unknownLockfileVersion(
    ctx.lockfile,
    whereKey(text, 'lockfileVersion', 'lockfileVersion'),
    raw,
    "'5.x', '6.x', '9.0'"
  )
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

export function readPnpmLock(ctx: ReaderContext): LockGraph {
  const text = ctx.read(ctx.lockfile) ?? ''
  const data = parseYamlText(text, ctx.lockfile)
  const generation = generationOf(ctx, text, data.lockfileVersion)
  const graph = emptyGraph(ctx.lockfile)
  const lockDir = dirOf(ctx.lockfile)
  graph.project = npmProject(readPackageJson(ctx, graph, lockDir)?.data ?? {})
  const packages = asRecord(data.packages)
  const snapshots = generation === 9 ? asRecord(data.snapshots) : packages

  const addNode = (key: string, meta: Json, snapshot: Json): void => {
    const spelled = parseKey(key, generation)
    const name = asString(meta.name) ?? spelled?.name ?? key
    const version = asString(meta.version) ?? spelled?.version ?? ''
    const source = sourceOf(asRecord(meta.resolution), name, lockDir)
    const properties: Record<string, string> = {}
    for (const field of ['os', 'cpu', 'libc']) {
      const value = meta[field]
      if (Array.isArray(value) && value.length > 0)
        properties[`provenant:${field}`] = value.join(',')
    }
    const patch = /\(patch_hash=([^)]+)\)/.exec(key)?.[1]
    if (patch) properties['provenant:patch'] = patch
    const node: LockNode = {
      id: key,
      ecosystem: 'npm',
      name,
      version,
      purl: npmPurl(name, version, source.qualifiers),
      hashes: checkedSri(
        asString(asRecord(meta.resolution).integrity),
        (problem) =>
          invalidLockfile(
            ctx.lockfile,
            `key packages["${key}"].resolution`,
            problem
          )
      ),
      licenses: [],
      origin: source.origin,
      properties,
      edges: []
    }
    const scope = flagScope({ ...meta, ...snapshot }, generation)
    if (scope) node.scope = scope
    graph.nodes.set(key, node)
  }
  const used = new Set<string>()
  for (const [key, snapshot] of Object.entries(snapshots)) {
    const base = generation === 9 ? removeSuffix(key) : key
    used.add(base)
    addNode(key, asRecord(packages[base]), asRecord(snapshot))
  }
  for (const [key, meta] of Object.entries(packages)) {
    if (!used.has(key)) addNode(key, asRecord(meta), {})
  }

  const importers = isRecord(data.importers) ? data.importers : { '.': data }
  const memberId = (path: string): string => `importer:${joinPath(path) || '.'}`
  /** A folder of the tree as a node: a workspace member, or a `link:` to another folder. */
  const addFolder = (
    path: string,
    origin: Origin,
    fallbackName: string
  ): string => {
    const id = memberId(path)
    const folder = joinPath(lockDir, path)
    const project = npmProject(readPackageJson(ctx, graph, folder)?.data ?? {})
    const name = project.name ?? fallbackName
    const facts = { name, version: project.version, licenses: project.licenses }
    const purl = npmPurl(name, project.version)
    graph.nodes.set(id, {
      id,
      ecosystem: 'npm',
      ...facts,
      purl,
      hashes: [],
      origin,
      properties: {},
      scope: 'required',
      edges: []
    })
    return id
  }
  for (const path of Object.keys(importers)) {
    if (joinPath(path) === '') continue
    const folder = joinPath(lockDir, path)
    graph.members.push(
      addFolder(path, { kind: 'workspace', path: folder }, folder)
    )
  }
  const target = (
    from: string,
    name: string,
    reference: string
  ): string | undefined => {
    if (reference.startsWith('link:')) {
      const path = joinPath(from, reference.slice(5))
      const id = memberId(path)
      if (id === 'importer:.') return undefined
      const folder = joinPath(lockDir, path)
      return graph.nodes.has(id)
        ? id
        : addFolder(path, { kind: 'file', path: folder, directory: true }, name)
    }
    const key = refToKey(reference, name, generation)
    return key !== undefined && graph.nodes.has(key) ? key : undefined
  }
  const edgesOf = (
    from: string,
    entry: Json,
    withDev: boolean,
    where: string
  ): LockEdge[] => {
    const out: LockEdge[] = []
    for (const [table, kind] of DEP_TABLES) {
      if (kind === 'dev' && !withDev) continue
      for (const [name, value] of Object.entries(asRecord(entry[table]))) {
        const reference =
          typeof value === 'string' ? value : asString(asRecord(value).version)
        if (reference === undefined) {
          throw invalidLockfile(
            ctx.lockfile,
            `key ${where}.${table}["${name}"]`,
            'a dependency needs a version (was the file cut short?)'
          )
        }
        const to = target(from, name, reference)
        if (to !== undefined) out.push({ to, kind })
      }
    }
    return out
  }
  for (const [key, snapshot] of Object.entries(snapshots)) {
    const node = graph.nodes.get(key) as LockNode
    node.edges = edgesOf('.', asRecord(snapshot), false, `snapshots["${key}"]`)
  }
  for (const [path, importer] of Object.entries(importers)) {
    const edges = edgesOf(
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

export const pnpmLockfile: LockfileFormat = {
  kind: 'pnpm',
  family: 'javascript',
  names: ['pnpm-lock.yaml'],
  manager: 'pnpm',
  manifests: ['package.json'],
  read: readPnpmLock
}
