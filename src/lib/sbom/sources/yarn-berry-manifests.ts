/**
 * What a berry lockfile leaves to the project's files: which dependencies of
 * a workspace are dev-only (its package.json; the lockfile merges the tables)
 * and the catalogs of .yarnrc.yml (`catalog:` ranges).
 */
import type { EdgeKind, LockGraph, ReaderContext } from './lock-graph.js'
import { readPackageJson } from './npm-manifest.js'
import { asRecord, joinPath, parseYamlText, type Json } from './parse-text.js'

/** The edge kind of each dependency of a workspace, from its package.json (the lockfile merges the tables). */
export function workspaceKinds(
  ctx: ReaderContext,
  graph: LockGraph,
  folder: string
): Map<string, EdgeKind> {
  const data = readPackageJson(ctx, graph, folder)?.data ?? {}
  const kinds = new Map<string, EdgeKind>()
  for (const name of Object.keys(asRecord(data.devDependencies)))
    kinds.set(name, 'dev')
  for (const name of Object.keys(asRecord(data.dependencies)))
    kinds.set(name, 'prod')
  for (const name of Object.keys(asRecord(data.optionalDependencies)))
    kinds.set(name, 'optional')
  return kinds
}

/** `.yarnrc.yml` catalogs: `catalog` (the default) and `catalogs.<name>`, keyed `<catalog>\0<package>`. */
export function readCatalogs(
  ctx: ReaderContext,
  graph: LockGraph,
  lockDir: string
): Map<string, string> {
  const out = new Map<string, string>()
  const path = joinPath(lockDir, '.yarnrc.yml')
  const text = ctx.read(path)
  if (text === undefined || !/^catalogs?:/m.test(text)) return out
  graph.sources.push(path)
  const rc: Json = parseYamlText(text, path)
  const add = (catalog: string, table: unknown): void => {
    for (const [name, range] of Object.entries(asRecord(table))) {
      if (typeof range === 'string') out.set(`${catalog}\u0000${name}`, range)
    }
  }
  add('default', rc.catalog)
  for (const [catalog, table] of Object.entries(asRecord(rc.catalogs)))
    add(catalog, table)
  return out
}
