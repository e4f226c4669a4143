/**
 * poetry.lock, lock-version 1.x (hashes in `[metadata.files]`) and 2.x
 * (per-package `files`). Scope from the lockfile where it says it (the corpus
 * rule): `groups` without `main` (2.1) or `category = "dev"` (older) is dev;
 * otherwise (poetry 1.5-1.8 write neither) by the walk from pyproject.toml.
 * Edges are recorded by name; a name locked at several versions is narrowed by
 * the constraint (version-match.ts).
 */
import type { Scope } from '../model.js'
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
  declaredDependencies,
  fileHashes,
  indexSource,
  packageTables,
  pathSource,
  pythonProject,
  readPyproject,
  type PythonSource
} from './python-project.js'
import { pickVersions } from './version-match.js'

function sourceOf(source: Json, lockDir: string): PythonSource {
  const url = asString(source.url)
  switch (source.type) {
    case 'git':
      return gitSource(
        url ?? '',
        asString(source.resolved_reference) ?? asString(source.reference)
      )
    case 'url':
      return downloadSource(url ?? '')
    case 'file':
    case 'directory': {
      const found = pathSource(joinPath(lockDir, url ?? ''))
      if (source.type === 'directory' && found.origin.kind === 'file')
        found.origin.directory = true
      return found
    }
    default:
      return indexSource(url)
  }
}

function scopeOf(pkg: Json): Scope | undefined {
  const groups = asArray(pkg.groups)
  const dev =
    groups.length > 0 ? !groups.includes('main') : pkg.category === 'dev'
  if (dev) return 'dev'
  if (groups.length === 0 && pkg.category === undefined) return undefined
  return pkg.optional === true ? 'optional' : 'required'
}

/** The version a wheel or sdist file name carries (`name-1.0-py3-none-any.whl`, `name-1.0.tar.gz`). */
function fileVersion(file: string): string | undefined {
  if (file.endsWith('.whl')) return file.split('-')[1]
  const stem = file.replace(/\.(tar\.gz|tar\.bz2|zip|tgz|tar)$/, '')
  return stem.slice(stem.lastIndexOf('-') + 1)
}

const VERSION: VersionRule = {
  of: (data) => asString(asRecord(data.metadata)['lock-version']) ?? '1.0',
  accepts: (v) => /^[12]\.\d+$/.test(String(v)),
  needle: 'lock-version',
  key: 'metadata.lock-version',
  supported: '1.x, 2.x'
}

export function readPoetryLock(ctx: ReaderContext): LockGraph {
  const open = openLockfile(ctx, parseTomlText, VERSION)
  const { graph } = open
  const pyproject = readPyproject(ctx, graph, open.lockDir)
  graph.project = pythonProject(pyproject)
  const byName = new Map<string, LockNode[]>()
  const entries = poetryNodes(open).map(([node, pkg]): [LockNode, Json] => {
    addByName(graph, byName, node)
    return [node, pkg]
  })
  for (const [node, pkg] of entries) node.edges = poetryEdges(pkg, byName)
  const declared = pyproject ? declaredDependencies(pyproject) : []
  for (const { name, kind } of declared) {
    for (const target of byName.get(name) ?? [])
      graph.rootEdges.push({ to: target.id, kind })
  }
  if (declared.length === 0) {
    for (const [node] of entries)
      graph.rootEdges.push({
        to: node.id,
        kind: node.scope === 'dev' ? 'dev' : 'prod'
      })
  }
  return graph
}

/** One node per [[package]], with its hashes: 2.x lists them per package, 1.x per name in [metadata.files]. */
function poetryNodes(open: OpenLockfile): Array<[LockNode, Json]> {
  const { file, data, lockDir } = open
  const legacyFiles = new Map<string, unknown[]>()
  const metadata = asRecord(data.metadata)
  for (const [name, files] of Object.entries(asRecord(metadata.files)))
    legacyFiles.set(normalizePypiName(name), asArray(files))

  const packages = packageTables(open)
  const versions = new Map<string, Set<unknown>>()
  for (const raw of packages) {
    const name = normalizePypiName(asString(asRecord(raw).name) ?? '')
    versions.set(
      name,
      (versions.get(name) ?? new Set()).add(asRecord(raw).version)
    )
  }
  const ids = new Set<string>()
  return packages.map((raw, index): [LockNode, Json] => {
    const pkg = asRecord(raw)
    const rawName = asString(pkg.name)
    const version = asString(pkg.version)
    if (rawName === undefined || version === undefined) {
      throw invalidLockfile(
        file,
        `key package[${index}]`,
        'a [[package]] needs name and version'
      )
    }
    const name = normalizePypiName(rawName)
    const source = sourceOf(asRecord(pkg.source), lockDir)
    // 1.x lists files per name: with several versions locked, a file's name says which it is.
    const shared =
      pkg.files === undefined && (versions.get(name)?.size ?? 0) > 1
    const files =
      pkg.files !== undefined
        ? asArray(pkg.files)
        : (legacyFiles.get(name) ?? [])
    const hashes = fileHashes(
      files
        .map(asRecord)
        .filter(
          (f) => !shared || fileVersion(asString(f.file) ?? '') === version
        ),
      (problem) => invalidLockfile(file, `key package[${index}].files`, problem)
    )
    const properties: Record<string, string> = {}
    if (typeof pkg.markers === 'string')
      properties['provenant:markers'] = pkg.markers
    const id = `${name}@${version}`
    const node = lockNode({
      id: ids.has(id) ? `${id}#${index}` : id,
      ecosystem: 'pypi',
      name,
      version,
      purl: pypiPurl(name, version, source.qualifiers),
      hashes,
      origin: source.origin,
      properties,
      scope: scopeOf(pkg)
    })
    ids.add(id)
    return [node, pkg]
  })
}

/** A dependency is a constraint string, a table, or a list of tables (per marker); a name locked at several versions is narrowed by the constraint. */
function poetryEdges(pkg: Json, byName: Map<string, LockNode[]>): LockEdge[] {
  const edges: LockEdge[] = []
  for (const [dep, spec] of Object.entries(asRecord(pkg.dependencies))) {
    for (const one of Array.isArray(spec) ? spec : [spec]) {
      const constraint =
        typeof one === 'string' ? one : asString(asRecord(one).version)
      const kind: EdgeKind =
        asRecord(one).optional === true ? 'optional' : 'prod'
      for (const target of pickVersions(
        byName.get(normalizePypiName(dep)) ?? [],
        constraint
      ))
        edges.push({ to: target.id, kind })
    }
  }
  return edges
}

export const poetryLockfile: LockfileFormat = {
  kind: 'poetry',
  family: 'python',
  names: ['poetry.lock'],
  manifests: ['pyproject.toml'],
  read: readPoetryLock
}
