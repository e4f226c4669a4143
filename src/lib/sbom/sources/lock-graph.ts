/**
 * What every lockfile reader returns: the lockfile's own nodes (one per entry,
 * before de-duplication) with their edges, the project's direct dependencies,
 * and the workspace members. readSourceTree merges these into the
 * DependencyGraph: nodes with the same purl become one component.
 */
import type {
  Component,
  Ecosystem,
  Origin,
  Scope,
  TreeReader
} from '../model.js'
import type { Json } from './parse-text.js'
import { joinPath, MANIFEST_INVALID, parseTomlText } from './parse-text.js'

/** prod: dependencies; optional: optionalDependencies / extras; dev: devDependencies (roots only). */
export type EdgeKind = 'prod' | 'optional' | 'dev'

export interface LockEdge {
  to: string
  kind: EdgeKind
}

/** A package as a lockfile states it: a component before its ref and merged scope. */
export type PackageFacts = Pick<
  Component,
  | 'ecosystem'
  | 'name'
  | 'version'
  | 'purl'
  | 'hashes'
  | 'licenses'
  | 'origin'
  | 'properties'
>

export interface LockNode extends PackageFacts {
  /** Reader-local id (npm install path, yarn locator, pnpm key, ...). */
  id: string
  edges: LockEdge[]
  /** The scope the lockfile itself states (npm dev/optional flags, pnpm 6 `dev`, poetry category, Pipfile sections). */
  scope?: Scope
}

export interface ProjectFacts {
  ecosystem: Ecosystem
  /** undefined for a manifest without a name (a virtual Cargo workspace). */
  name: string | undefined
  version: string
  licenses: string[]
}

export interface LockGraph {
  lockfile: string
  /** Every file read, lockfile first. */
  sources: string[]
  /** The manifest beside the lockfile, when there is one. */
  project: ProjectFacts | undefined
  /** The project's direct dependencies. */
  rootEdges: LockEdge[]
  /** Ids of workspace member nodes: walked as roots, like the project. */
  members: string[]
  nodes: Map<string, LockNode>
}

/** What a reader gets: the tree, the lockfile path, and every manifest path found (for workspace globs). */
export interface ReaderContext {
  read: TreeReader
  lockfile: string
  manifestPaths: readonly string[]
}

export function emptyGraph(lockfile: string): LockGraph {
  return {
    lockfile,
    sources: [lockfile],
    project: undefined,
    rootEdges: [],
    members: [],
    nodes: new Map()
  }
}

/** Reads a file the reader needs, recording it in `sources` when present. */
export function readTracked(
  ctx: ReaderContext,
  graph: LockGraph,
  path: string
): string | undefined {
  const text = ctx.read(path)
  if (text !== undefined && !graph.sources.includes(path))
    graph.sources.push(path)
  return text
}

/** The TOML manifest `name` in `folder` (Cargo.toml, pyproject.toml), read and tracked; undefined when absent. */
export function readTomlManifest(
  ctx: ReaderContext,
  graph: LockGraph,
  folder: string,
  name: string
): Json | undefined {
  const path = joinPath(folder, name)
  const text = readTracked(ctx, graph, path)
  return text === undefined
    ? undefined
    : parseTomlText(text, path, MANIFEST_INVALID)
}

export function isLocal(origin: Origin): boolean {
  return (
    origin.kind === 'workspace' ||
    (origin.kind === 'file' && origin.directory === true)
  )
}
