/**
 * yarn.lock berry (Yarn 2+, `__metadata`). One node per `resolution` locator;
 * the header descriptors, package.json `resolutions` and catalogs resolve the
 * `dependencies` of each entry. A `patch:` entry is the package it patches
 * (same name, version and purl, so the two merge into one component; the patch
 * locator is kept as a property). Workspaces are entries of the lockfile; their
 * own package.json says which of their dependencies are dev-only.
 *
 * `checksum` (`<cacheKey>/<hex>`) is the SHA-512 Yarn computes over the zip
 * archive it stores in its cache (hashUtils.checksumFile), not over the
 * registry tarball: it is kept as a SHA-512 hash (what the lockfile pins) and
 * verbatim in `provenant:yarn-checksum`, so nobody compares it to npm's
 * `dist.integrity` unawares.
 */
import { clipInput } from '../../inputs/clip.js'
import { checkedHex } from './hashes.js'
import {
  emptyGraph,
  type EdgeKind,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import { lockNode } from './lockfile-format.js'
import {
  npmProject,
  readPackageJson,
  splitNameRange,
  yarnResolutions
} from './npm-manifest.js'
import { npmSource } from './npm-origin.js'
import { folderSource } from './package-source.js'
import {
  dirOf,
  invalidLockfile,
  joinPath,
  unknownLockfileVersion,
  whereKey
} from './parse-text.js'
import { npmPurl } from './purl.js'
import { readCatalogs, workspaceKinds } from './yarn-berry-manifests.js'
import {
  yarnMap,
  yarnString,
  type YarnBlock,
  type YarnLockText,
  type YarnMap
} from './yarn-lock-text.js'
import { YarnResolver } from './yarn-resolve.js'

const SUPPORTED = 'berry __metadata.version 3 to 10'

/** A locator reference -> where the code comes from (paths relative to the lockfile folder). */
function berrySource(
  name: string,
  reference: string,
  lockDir: string
): ReturnType<typeof npmSource> {
  const ref = reference.split('::')[0] as string
  if (ref.startsWith('npm:'))
    return { origin: { kind: 'registry' }, qualifiers: {} }
  if (/^(link|portal):/.test(ref))
    return folderSource(joinPath(lockDir, ref.replace(/^\w+:/, '')))
  if (ref.includes('#commit=')) {
    const url = ref.slice(0, ref.indexOf('#'))
    const commit = ref.slice(ref.indexOf('#commit=') + 8)
    return {
      origin: { kind: 'git', url, commit },
      qualifiers: { vcs_url: `${url}#${commit}` }
    }
  }
  return npmSource(ref, name, lockDir)
}

/** A package name as a berry locator starts: `name` or `@scope/name`. */
const LOCATOR_NAME = /^(@[^\s/@]+\/)?[^\s/@]+$/

/** What the parts of the reader share while the blocks are read. */
interface Berry {
  ctx: ReaderContext
  file: string
  lockDir: string
  graph: LockGraph
  resolver: YarnResolver
  /** Built-in compat patches: registered once every block is, so they win. */
  compat: Array<[string, string, string]>
  /** Patch locator -> the locator it patches. */
  patchBases: Map<string, string>
  blocks: Map<string, YarnMap>
  rootId: string | undefined
}

export function readYarnBerry(
  ctx: ReaderContext,
  text: string,
  parsed: YarnLockText
): LockGraph {
  const file = ctx.lockfile
  const lockVersion = Number(yarnString(parsed.metadata ?? {}, 'version'))
  if (!Number.isInteger(lockVersion) || lockVersion < 3 || lockVersion > 10) {
    throw unknownLockfileVersion(
      file,
      whereKey(text, '__metadata', '__metadata.version'),
      yarnString(parsed.metadata ?? {}, 'version'),
      SUPPORTED
    )
  }
  const graph = emptyGraph(file)
  const lockDir = dirOf(file)
  const manifest = readPackageJson(ctx, graph, lockDir)?.data ?? {}
  graph.project = npmProject(manifest)
  const berry: Berry = {
    ctx,
    file,
    lockDir,
    graph,
    resolver: new YarnResolver(yarnResolutions(manifest), (r) =>
      /^[a-z]+:/.test(r) ? r : `npm:${r}`
    ),
    compat: [],
    patchBases: new Map(),
    blocks: new Map(),
    rootId: undefined
  }
  for (const block of parsed.blocks) addBlock(berry, block)
  for (const [name, range, id] of berry.compat)
    berry.resolver.register(name, range, id)
  // A patched package is built from its base: the one edge the lockfile implies.
  for (const [id, base] of berry.patchBases) {
    if (graph.nodes.has(base))
      (graph.nodes.get(id) as LockNode).edges.push({ to: base, kind: 'prod' })
  }
  addDependencyEdges(berry)
  if (berry.rootId !== undefined) {
    graph.rootEdges = (graph.nodes.get(berry.rootId) as LockNode).edges
    graph.nodes.delete(berry.rootId)
  }
  return graph
}

/** The name and reference of a block's `resolution` locator, checked. */
function locatorOf(
  berry: Berry,
  block: YarnBlock
): { resolution: string; locked: string; name: string; reference: string } {
  const resolution = yarnString(block.data, 'resolution')
  const locked = yarnString(block.data, 'version')
  if (resolution === undefined || locked === undefined) {
    throw invalidLockfile(
      berry.file,
      `line ${block.line}`,
      `entry "${block.keys.join(', ')}" needs resolution and version`
    )
  }
  const [name, reference] = splitNameRange(resolution)
  if (!LOCATOR_NAME.test(name) || !reference.includes(':')) {
    throw invalidLockfile(
      berry.file,
      `line ${block.line}`,
      `resolution "${clipInput(resolution)}" is not a locator (name@protocol:reference)`
    )
  }
  return { resolution, locked, name, reference }
}

/** Registers a block's descriptors with the resolver; returns the names it is installed under that are not its own. */
function registerDescriptors(
  berry: Berry,
  block: YarnBlock,
  name: string,
  resolution: string
): string[] {
  const aliases: string[] = []
  for (const key of block.keys) {
    const [descName, descRange] = splitNameRange(key)
    berry.resolver.register(descName, descRange, resolution)
    if (descName !== name) aliases.push(descName)
    if (descRange.startsWith('patch:')) {
      // Yarn swaps a dependency on the base descriptor for its built-in compat patch.
      const inner = splitNameRange(
        decodeURIComponent(descRange.slice(6).split('#')[0] as string)
      )
      if (descRange.includes('builtin<compat/'))
        berry.compat.push([inner[0], inner[1], resolution])
      else berry.resolver.registerFallback(inner[0], inner[1], resolution)
    }
  }
  return aliases
}

function addBlock(berry: Berry, block: YarnBlock): void {
  const { lockDir } = berry
  const { resolution, locked, name, reference } = locatorOf(berry, block)
  const properties: Record<string, string> = {}
  let source = berrySource(name, reference, lockDir)
  const checksum = yarnString(block.data, 'checksum')
  const digest = checkedHex(
    'SHA-512',
    checksum?.slice(checksum.lastIndexOf('/') + 1),
    (problem) =>
      invalidLockfile(berry.file, `line ${block.line}`, `checksum ${problem}`)
  )
  if (reference.startsWith('patch:')) {
    const base = decodeURIComponent(reference.slice(6).split('#')[0] as string)
    berry.patchBases.set(resolution, base)
    source = berrySource(name, splitNameRange(base)[1], lockDir)
    properties['provenant:patch'] = resolution
    if (checksum) properties['provenant:yarn-patched-checksum'] = checksum
  } else if (checksum) properties['provenant:yarn-checksum'] = checksum
  const conditions = yarnString(block.data, 'conditions')
  if (conditions) properties['provenant:conditions'] = conditions
  const aliases = registerDescriptors(berry, block, name, resolution)
  if (aliases.length > 0)
    properties['provenant:alias'] = [...new Set(aliases)].sort().join(',')
  let origin = source.origin
  if (aliases.length === block.keys.length && origin.kind === 'registry')
    origin = { kind: 'alias', alias: aliases[0] as string }
  const workspace = reference.startsWith('workspace:')
  const path = joinPath(lockDir, reference.slice('workspace:'.length))
  if (workspace) origin = { kind: 'workspace', path }
  if (workspace && path === lockDir) berry.rootId = resolution
  // A workspace is locked as `0.0.0-use.local`: its package.json has the version.
  const own = workspace
    ? npmProject(readPackageJson(berry.ctx, berry.graph, path)?.data ?? {})
    : undefined
  const version = own ? own.version : locked
  const node = lockNode({
    id: resolution,
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version, source.qualifiers),
    hashes: digest && !reference.startsWith('patch:') ? [digest] : [],
    licenses: own?.licenses ?? [],
    origin,
    properties,
    scope: workspace ? 'required' : undefined
  })
  berry.graph.nodes.set(resolution, node)
  berry.blocks.set(resolution, block.data)
  if (workspace && path !== lockDir) berry.graph.members.push(resolution)
}

/** Each block's `dependencies` through the resolver (catalogs first); a workspace's package.json says which are dev-only. */
function addDependencyEdges(berry: Berry): void {
  const { ctx, graph } = berry
  const catalogs = readCatalogs(ctx, graph, berry.lockDir)
  for (const [id, data] of berry.blocks) {
    const node = graph.nodes.get(id) as LockNode
    const meta = yarnMap(data, 'dependenciesMeta')
    const kinds =
      node.origin.kind === 'workspace'
        ? workspaceKinds(ctx, graph, node.origin.path)
        : undefined
    for (const [dep, value] of Object.entries(yarnMap(data, 'dependencies'))) {
      if (typeof value !== 'string') continue
      const range = value.startsWith('catalog:')
        ? (catalogs.get(`${value.slice(8) || 'default'}\u0000${dep}`) ?? value)
        : value
      const to = berry.resolver.resolve(dep, range)
      const optional = yarnString(yarnMap(meta, dep), 'optional') === 'true'
      const kind: EdgeKind = optional ? 'optional' : (kinds?.get(dep) ?? 'prod')
      if (to !== undefined && to !== id) node.edges.push({ to, kind })
    }
  }
}
