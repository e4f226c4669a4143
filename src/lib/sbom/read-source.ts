/**
 * A source tree's lockfiles -> one DependencyGraph. Each lockfile is read by
 * its own reader (src/lib/sbom/sources/); their nodes are merged by purl.
 *
 * The root component is the project of the shallowest lockfile that has a
 * manifest (package.json, pyproject.toml, go.mod, Cargo.toml), ties broken by
 * the order of `lockfilePaths`; the projects of the other lockfiles become
 * `workspace` components the root depends on. Without any manifest (only
 * requirements files or a Pipfile.lock) the root is `pkg:generic/<rootName>`.
 * Every problem of every lockfile is collected and reported once.
 */
import { InputError, InputErrors } from '../errors.js'
import { clipMessage } from '../inputs/clip.js'
import type { DependencyGraph, RootComponent, TreeReader } from './model.js'
import type { LockGraph, ProjectFacts } from './sources/lock-graph.js'
import { GraphBuilder } from './sources/merge.js'
import { LOCKFILE_NAMES, lockfileFormat } from './sources/lockfile-formats.js'
import { dirOf, invalidLockfile, lineAt } from './sources/parse-text.js'
import {
  cargoPurl,
  genericPurl,
  golangPurl,
  npmPurl,
  pypiPurl
} from './sources/purl.js'
import { computeScopes } from './sources/scopes.js'

export interface ReadSourceOptions {
  /** The root's name when no manifest names the project (e.g. the folder name); default `source`. */
  rootName?: string
  /** Every manifest path of the tree (package.json, Cargo.toml, ...): workspace globs are matched against them. */
  manifestPaths?: readonly string[]
}

function readOne(
  reader: TreeReader,
  path: string,
  manifestPaths: readonly string[]
): LockGraph {
  const format = lockfileFormat(path)
  if (format === undefined) {
    throw new InputError(
      'SBOM_LOCKFILE_UNKNOWN',
      `${path}: not a lockfile Provenant reads (${LOCKFILE_NAMES})`
    )
  }
  const text = reader(path)
  if (text === undefined) {
    throw new InputError(
      'SBOM_LOCKFILE_MISSING',
      `${path}: no such file in the source tree`
    )
  }
  assertText(path, text)
  return format.read({ read: reader, lockfile: path, manifestPaths })
}

/** A lockfile is text: a NUL byte or bytes that are not UTF-8 mean it is not one. */
function assertText(path: string, text: string): void {
  const found = [text.indexOf('\u0000'), text.indexOf('\ufffd')].filter(
    (i) => i !== -1
  )
  if (found.length === 0) return
  const at = Math.min(...found)
  throw invalidLockfile(
    path,
    `line ${lineAt(text, at)}`,
    text[at] === '\u0000'
      ? 'a NUL byte: this is a binary file, not a lockfile'
      : 'bytes that are not UTF-8 text'
  )
}

function projectPurl(project: ProjectFacts, name: string): string {
  switch (project.ecosystem) {
    case 'npm':
      return npmPurl(name, project.version)
    case 'pypi':
      return pypiPurl(name, project.version)
    case 'golang':
      return golangPurl(name, project.version)
    case 'cargo':
      return cargoPurl(name, project.version)
    default:
      return genericPurl(name, project.version)
  }
}

/** A reader's error with its message bounded: a hostile lockfile's text is never printed at length. */
function bounded(error: InputError): InputError {
  const message = clipMessage(error.message)
  return message === error.message
    ? error
    : new InputError(error.code, message, { cause: error })
}

const depth = (path: string): number =>
  dirOf(path) === '' ? 0 : dirOf(path).split('/').length

/** Every lockfile read; every problem of every lockfile reported at once. */
function readAll(
  reader: TreeReader,
  lockfilePaths: readonly string[],
  manifestPaths: readonly string[]
): LockGraph[] {
  const graphs: LockGraph[] = []
  const problems: InputError[] = []
  for (const path of lockfilePaths) {
    try {
      graphs.push(readOne(reader, path, manifestPaths))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(bounded(error))
    }
  }
  if (problems.length === 1) throw problems[0] as InputError
  if (problems.length > 1) throw new InputErrors(problems)
  return graphs
}

/** The project of the shallowest lockfile with a manifest; `pkg:generic/<fallbackName>` without any. */
function rootOf(graphs: LockGraph[], fallbackName: string): RootComponent {
  const main = graphs
    .filter((g) => g.project !== undefined)
    .sort((a, b) => depth(a.lockfile) - depth(b.lockfile))[0]
  const rootProject = main?.project
  const rootName = rootProject?.name ?? fallbackName
  const rootPurl = rootProject
    ? projectPurl(rootProject, rootName)
    : genericPurl(rootName, '')
  return {
    ref: rootPurl,
    ecosystem: rootProject?.ecosystem ?? 'generic',
    name: rootName,
    version: rootProject?.version ?? '',
    purl: rootPurl,
    type: 'application',
    hashes: [],
    licenses: rootProject?.licenses ?? []
  }
}

export function readSourceTree(
  reader: TreeReader,
  lockfilePaths: readonly string[],
  options: ReadSourceOptions = {}
): DependencyGraph {
  const graphs = readAll(reader, lockfilePaths, options.manifestPaths ?? [])
  const root = rootOf(graphs, options.rootName ?? 'source')
  const rootPurl = root.purl
  const builder = new GraphBuilder()
  // First every component (so the root's ref can avoid theirs), then the edges.
  const added = graphs.map((graph) => {
    const scopes = computeScopes(graph)
    let projectRef: string | undefined
    const name = graph.project?.name ?? dirOf(graph.lockfile)
    const purl = graph.project ? projectPurl(graph.project, name) : rootPurl
    // Another project of the tree (not one more lockfile of the root's own, like requirements-dev.txt).
    if (graph.project !== undefined && purl !== rootPurl) {
      const origin = { kind: 'workspace' as const, path: dirOf(graph.lockfile) }
      const facts = {
        ...graph.project,
        name,
        purl,
        hashes: [],
        origin,
        properties: {}
      }
      projectRef = builder.add(facts, 'required')
    }
    const refs = new Map<string, string>()
    for (const [id, node] of graph.nodes)
      refs.set(id, builder.add(node, scopes.get(id)))
    return { graph, projectRef, refs }
  })
  if (builder.has(root.ref)) root.ref = `${root.purl}#root`
  for (const { graph, projectRef, refs } of added) {
    const from = projectRef ?? root.ref
    if (projectRef !== undefined) builder.edge(root.ref, projectRef)
    for (const [id, node] of graph.nodes) {
      for (const edge of node.edges) {
        const to = refs.get(edge.to)
        if (to !== undefined) builder.edge(refs.get(id) as string, to)
      }
    }
    for (const edge of [
      ...graph.rootEdges,
      ...graph.members.map((to) => ({ to }))
    ]) {
      const to = refs.get(edge.to)
      if (to !== undefined) builder.edge(from, to)
    }
  }
  const { components, dependencies } = builder.build(root.ref)
  const sources = [...new Set(graphs.flatMap((g) => g.sources))].sort()
  return { root, components, dependencies, sources }
}
