/**
 * The lockfile reader interface. A format is one file of this folder that
 * declares the file names it reads and turns their text into a LockGraph;
 * lockfile-formats.ts lists them, and everything else (which files are
 * lockfiles, which one wins in a folder, which manifests the tree walk keeps,
 * the list of formats an error message names) is derived from that list.
 *
 * Also the skeleton every structured reader starts with (the text parsed, the
 * version checked, an empty graph) and the node every package becomes.
 */
import type { Scope } from '../model.js'
import {
  emptyGraph,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import {
  dirOf,
  unknownLockfileVersion,
  whereKey,
  type Json
} from './parse-text.js'

export type LockfileKind =
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'uv'
  | 'poetry'
  | 'pipfile'
  | 'requirements'
  | 'go'
  | 'cargo'

/** Formats of one family compete in a folder: one lockfile of a family is read. */
export type LockfileFamily = 'javascript' | 'python' | 'go' | 'rust'

export interface LockfileFormat {
  kind: LockfileKind
  family: LockfileFamily
  /** The file names it reads, the one that wins first when a folder has several. */
  names: readonly string[]
  /** Other files it reads, matched by path (requirements*.txt), and how a message names them. */
  pattern?: { matches: (path: string) => boolean; label: string }
  /** The `packageManager` of package.json that makes this format win in its folder. */
  manager?: string
  /**
   * Read only when no other format of its family is in the folder, and then
   * every file of it (requirements files complement each other).
   */
  fallback?: boolean
  /** The manifests beside a lockfile the reader reads (project name, workspaces, dev-only). */
  manifests: readonly string[]
  read: (ctx: ReaderContext) => LockGraph
}

/** The version a lockfile states, where to point at it, and which ones are read. */
export interface VersionRule {
  of: (data: Json) => unknown
  accepts: (version: unknown) => boolean
  /** The text that starts the version (`"lockfileVersion"`), and its key. */
  needle: string
  key: string
  supported: string
}

export interface OpenLockfile {
  file: string
  /** The lockfile's folder: paths in it are relative to this. */
  lockDir: string
  text: string
  data: Json
  graph: LockGraph
}

/** The start of every structured reader: the text parsed, the version checked, an empty graph. */
export function openLockfile(
  ctx: ReaderContext,
  parse: (text: string, file: string) => Json,
  version: VersionRule
): OpenLockfile {
  const file = ctx.lockfile
  const text = ctx.read(file) ?? ''
  const data = parse(text, file)
  const found = version.of(data)
  if (!version.accepts(found)) {
    throw unknownLockfileVersion(
      file,
      whereKey(text, version.needle, version.key),
      found,
      version.supported
    )
  }
  return { file, lockDir: dirOf(file), text, data, graph: emptyGraph(file) }
}

export type NodeFacts = Pick<
  LockNode,
  'id' | 'ecosystem' | 'name' | 'version' | 'purl' | 'origin'
> &
  Partial<Pick<LockNode, 'hashes' | 'licenses' | 'properties' | 'edges'>> & {
    scope?: Scope | undefined
  }

/** One package as a node: no hashes, licenses, properties or edges unless given; a scope only when known. */
export function lockNode(facts: NodeFacts): LockNode {
  const { scope, ...rest } = facts
  const node: LockNode = {
    id: rest.id,
    ecosystem: rest.ecosystem,
    name: rest.name,
    version: rest.version,
    purl: rest.purl,
    hashes: rest.hashes ?? [],
    licenses: rest.licenses ?? [],
    origin: rest.origin,
    properties: rest.properties ?? {},
    edges: rest.edges ?? []
  }
  if (scope !== undefined) node.scope = scope
  return node
}

/** Adds a node to the graph and to its name's list in `byName`. */
export function addByName(
  graph: LockGraph,
  byName: Map<string, LockNode[]>,
  node: LockNode
): void {
  graph.nodes.set(node.id, node)
  byName.set(node.name, [...(byName.get(node.name) ?? []), node])
}
