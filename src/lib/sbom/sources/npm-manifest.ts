/**
 * package.json facts the npm, yarn and pnpm readers share: the project, its
 * direct dependencies by kind, its workspaces, yarn resolutions.
 */
import type {
  EdgeKind,
  LockGraph,
  ProjectFacts,
  ReaderContext
} from './lock-graph.js'
import { readTracked } from './lock-graph.js'
import {
  asArray,
  asRecord,
  asString,
  joinPath,
  MANIFEST_INVALID,
  parseJsonText,
  stringEntries,
  type Json
} from './parse-text.js'

export interface PackageManifest {
  path: string
  data: Json
}

export function readPackageJson(
  ctx: ReaderContext,
  graph: LockGraph,
  folder: string
): PackageManifest | undefined {
  const path = joinPath(folder, 'package.json')
  const text = readTracked(ctx, graph, path)
  if (text === undefined) return undefined
  return { path, data: parseJsonText(text, path, MANIFEST_INVALID) }
}

/**
 * `license` as a string, or the legacy forms: `{type}`, a list of strings or
 * of `{type}` (in `license` or `licenses`).
 */
export function npmLicenses(data: Json): string[] {
  const license = data.license
  if (typeof license === 'string' && license.trim() !== '')
    return [license.trim()]
  const type = asString(asRecord(license).type)
  if (type) return [type]
  const list = Array.isArray(license) ? license : asArray(data.licenses)
  return list
    .map((entry) =>
      typeof entry === 'string' ? entry.trim() : asString(asRecord(entry).type)
    )
    .filter((t): t is string => t !== undefined && t !== '')
}

export function npmProject(data: Json): ProjectFacts {
  return {
    ecosystem: 'npm',
    name: asString(data.name),
    version: asString(data.version) ?? '',
    licenses: npmLicenses(data)
  }
}

export interface ManifestDependency {
  name: string
  range: string
  kind: EdgeKind
}

/**
 * Direct dependencies of a manifest (or of an npm lockfile folder entry, which
 * has the same fields). A name in several tables counts once: optional over
 * prod over dev, as npm and yarn install it.
 */
export function manifestDependencies(data: Json): ManifestDependency[] {
  const byName = new Map<string, ManifestDependency>()
  const tables: Array<[string, EdgeKind]> = [
    ['devDependencies', 'dev'],
    ['dependencies', 'prod'],
    ['optionalDependencies', 'optional']
  ]
  for (const [table, kind] of tables) {
    for (const [name, range] of stringEntries(data[table])) {
      byName.set(name, { name, range, kind })
    }
  }
  return [...byName.values()]
}

/** `workspaces: [...]` or `workspaces: {packages: [...]}`. */
export function workspacePatterns(data: Json): string[] {
  const raw = Array.isArray(data.workspaces)
    ? data.workspaces
    : asRecord(data.workspaces).packages
  return asArray(raw).filter((p): p is string => typeof p === 'string')
}

/** Splits `name@range` at the `@` that ends the (possibly scoped) name. */
export function splitNameRange(spec: string): [string, string] {
  const at = spec.indexOf('@', 1)
  return at === -1 ? [spec, ''] : [spec.slice(0, at), spec.slice(at + 1)]
}

export interface Resolution {
  name: string
  /** The range the override applies to, when the key says one (`trim@0.0.1`). */
  range: string | undefined
  value: string
}

/** yarn `resolutions`: `"trim"`, `"**\/trim"`, `"parent/trim"`, `"trim@0.0.1"` -> what to use instead. */
export function yarnResolutions(data: Json): Map<string, Resolution[]> {
  const out = new Map<string, Resolution[]>()
  for (const [key, value] of stringEntries(data.resolutions)) {
    const segments = key.split('/')
    let last = segments.pop() ?? ''
    const previous = segments[segments.length - 1]
    if (previous?.startsWith('@')) last = `${previous}/${last}`
    const [name, range] = splitNameRange(last)
    const list = out.get(name) ?? []
    list.push({ name, range: range === '' ? undefined : range, value })
    out.set(name, list)
  }
  return out
}
