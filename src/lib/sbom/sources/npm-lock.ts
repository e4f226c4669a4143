/**
 * npm package-lock.json / npm-shrinkwrap.json, lockfileVersion 2 and 3 (the
 * `packages` map; v1 goes to npm-lock-v1.ts). One node per install path; an
 * entry's dependencies resolve the way Node does, from its own node_modules up.
 * Scope comes from the lockfile's flags (the corpus rule): dev -> dev,
 * optional / devOptional -> optional.
 */
import type { Scope } from '../model.js'
import { checkedSri } from './hashes.js'
import {
  emptyGraph,
  type EdgeKind,
  type LockEdge,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import {
  openLockfile,
  type LockfileFormat,
  type VersionRule
} from './lockfile-format.js'
import { readNpmLockV1 } from './npm-lock-v1.js'
import {
  manifestDependencies,
  npmLicenses,
  npmProject,
  readPackageJson,
  workspacePatterns
} from './npm-manifest.js'
import { npmSource } from './npm-origin.js'
import {
  asRecord,
  asString,
  dirOf,
  invalidLockfile,
  isRecord,
  joinPath,
  parseJsonText,
  whereKey,
  type Json
} from './parse-text.js'
import { npmPurl } from './purl.js'
import { globToRegExp } from './workspaces.js'

const NODE_MODULES = 'node_modules/'

/** The package name an install path gives: `node_modules/@s/a/node_modules/b` -> `b`. */
function nameFromPath(path: string): string {
  const at = path.lastIndexOf(NODE_MODULES)
  return at === -1
    ? (path.split('/').pop() ?? path)
    : path.slice(at + NODE_MODULES.length)
}

/** The folder a lookup moves to when `base/node_modules/<name>` is absent. */
function parentOf(base: string): string {
  const nested = base.lastIndexOf(`/${NODE_MODULES}`)
  if (nested !== -1) return base.slice(0, nested)
  if (base.startsWith(NODE_MODULES)) return ''
  return dirOf(base)
}

function scopeOf(entry: Json): Scope {
  if (entry.dev === true) return 'dev'
  if (entry.optional === true || entry.devOptional === true) return 'optional'
  return 'required'
}

function platformProperties(entry: Json, into: Record<string, string>): void {
  for (const key of ['os', 'cpu', 'libc']) {
    const value = entry[key]
    if (Array.isArray(value) && value.length > 0)
      into[`provenant:${key}`] = value.join(',')
  }
  if (entry.inBundle === true) into['provenant:bundled'] = 'true'
  if (entry.extraneous === true) into['provenant:extraneous'] = 'true'
}

/** Fields of a package entry that are text when present. */
// `license` is copied from each package.json as written there: a string, or
// a legacy object or list (pause-stream 0.0.11: ["MIT", "Apache2"]).
const STRING_FIELDS = ['name', 'version', 'resolved', 'integrity']

const VERSION: VersionRule = {
  of: (data) => data.lockfileVersion,
  accepts: (v) => v === 1 || v === 2 || v === 3,
  needle: '"lockfileVersion"',
  key: 'lockfileVersion',
  supported: '1, 2, 3'
}

export function readNpmLock(ctx: ReaderContext): LockGraph {
  const { file, text, data } = openLockfile(ctx, parseJsonText, VERSION)
  if (data.lockfileVersion === 1) return readNpmLockV1(ctx, data)
  if (!isRecord(data.packages)) {
    throw invalidLockfile(
      file,
      whereKey(text, '"packages"', 'packages'),
      'lockfileVersion 2/3 needs a `packages` object'
    )
  }
  return readPackages(ctx, text, data.packages, data)
}

function readPackages(
  ctx: ReaderContext,
  text: string,
  packages: Json,
  lock: Json
): LockGraph {
  const graph = emptyGraph(ctx.lockfile)
  const lockDir = dirOf(ctx.lockfile)
  const rootEntry = asRecord(packages[''])
  const manifest = readPackageJson(ctx, graph, lockDir)?.data
  const top = { name: lock.name, version: lock.version }
  graph.project = npmProject({ ...top, ...manifest, ...rootEntry })
  const members = workspacePatterns({ ...manifest, ...rootEntry }).map(
    globToRegExp
  )

  const { links, entries } = splitEntries(ctx, text, packages)
  const keys = new Set(Object.keys(packages))

  for (const [key, entry] of entries) {
    graph.nodes.set(key, buildNode(ctx, graph, key, entry, lockDir, members))
  }
  const resolve = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = parentOf(base)) {
      const candidate =
        base === ''
          ? `${NODE_MODULES}${name}`
          : `${base}/${NODE_MODULES}${name}`
      if (keys.has(candidate)) return links.get(candidate) ?? candidate
      if (base === '') return undefined
    }
  }
  const edgesOf = (from: string, entry: Json, local: boolean): LockEdge[] => {
    const out: LockEdge[] = []
    const deps = manifestDependencies(entry).filter(
      (d) => local || d.kind !== 'dev'
    )
    const peerMeta = asRecord(entry.peerDependenciesMeta)
    const peers = Object.keys(asRecord(entry.peerDependencies)).map(
      (name): { name: string; kind: EdgeKind } => ({
        name,
        kind: asRecord(peerMeta[name]).optional === true ? 'optional' : 'prod'
      })
    )
    for (const dep of [...deps, ...peers]) {
      const to = resolve(from, dep.name)
      if (to !== undefined && to !== '' && to !== from)
        out.push({ to, kind: dep.kind })
    }
    return out
  }
  for (const [key, entry] of entries) {
    const node = graph.nodes.get(key) as LockNode
    node.edges = edgesOf(key, entry, node.origin.kind === 'workspace')
    if (node.origin.kind === 'workspace') graph.members.push(key)
  }
  graph.rootEdges = edgesOf('', { ...manifest, ...rootEntry }, true)
  return graph
}

/** The package entries checked for shape, `link` entries (a workspace member's install path -> its folder) apart. */
function splitEntries(
  ctx: ReaderContext,
  text: string,
  packages: Json
): { links: Map<string, string>; entries: Array<[string, Json]> } {
  const links = new Map<string, string>()
  const entries: Array<[string, Json]> = []
  for (const [key, value] of Object.entries(packages)) {
    if (key === '') continue
    if (!isRecord(value)) {
      throw invalidLockfile(
        ctx.lockfile,
        whereKey(text, JSON.stringify(key), `packages["${key}"]`),
        'expected an object'
      )
    }
    const notText = STRING_FIELDS.find(
      (field) => value[field] !== undefined && typeof value[field] !== 'string'
    )
    if (notText !== undefined) {
      throw invalidLockfile(
        ctx.lockfile,
        whereKey(text, JSON.stringify(key), `packages["${key}"].${notText}`),
        `"${notText}" must be a string`
      )
    }
    if (value.link === true)
      links.set(key, joinPath(asString(value.resolved) ?? ''))
    else entries.push([key, value])
  }
  return { links, entries }
}

function buildNode(
  ctx: ReaderContext,
  graph: LockGraph,
  key: string,
  entry: Json,
  lockDir: string,
  members: RegExp[]
): LockNode {
  const properties: Record<string, string> = {}
  platformProperties(entry, properties)
  const folder = !key.includes(NODE_MODULES)
  if (folder) {
    // A folder of the tree: a workspace member or a `file:` directory dependency.
    const manifest =
      entry.version === undefined
        ? readPackageJson(ctx, graph, joinPath(lockDir, key))?.data
        : undefined
    const name =
      asString(entry.name) ?? asString(manifest?.name) ?? nameFromPath(key)
    const version = asString(entry.version) ?? asString(manifest?.version) ?? ''
    const path = joinPath(lockDir, key)
    const workspace = members.some((r) => r.test(joinPath(key)))
    return {
      id: key,
      ecosystem: 'npm',
      name,
      version,
      purl: npmPurl(name, version),
      hashes: [],
      licenses: npmLicenses(entry),
      origin: workspace
        ? { kind: 'workspace', path }
        : { kind: 'file', path, directory: true },
      properties,
      scope: 'required',
      edges: []
    }
  }
  const installedAs = nameFromPath(key)
  const name = asString(entry.name) ?? installedAs
  const version = asString(entry.version) ?? ''
  const resolved = asString(entry.resolved)
  const source = npmSource(resolved, name, lockDir)
  let origin = source.origin
  if (name !== installedAs) {
    properties['provenant:alias'] = installedAs
    if (origin.kind === 'registry')
      origin = { kind: 'alias', alias: installedAs }
  }
  return {
    id: key,
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version, source.qualifiers),
    hashes: checkedSri(asString(entry.integrity), (problem) =>
      invalidLockfile(ctx.lockfile, `key packages["${key}"].integrity`, problem)
    ),
    licenses: npmLicenses(entry),
    origin,
    properties,
    scope: scopeOf(entry),
    edges: []
  }
}

export const npmLockfile: LockfileFormat = {
  kind: 'npm',
  family: 'javascript',
  names: ['npm-shrinkwrap.json', 'package-lock.json'],
  manager: 'npm',
  manifests: ['package.json'],
  read: readNpmLock
}
