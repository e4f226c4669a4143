/**
 * yarn.lock classic (v1). Each block is one package; its header lists the
 * descriptors (`name@range`) that resolved to it. An alias descriptor
 * (`prettier-2@npm:prettier@^2`) is counted under the real name. The lockfile
 * has no workspace or root entries: those come from package.json and the
 * member manifests its `workspaces` globs select. Scope by the graph walk.
 */
import { checkedSri, hexHash } from './hashes.js'
import {
  emptyGraph,
  type LockEdge,
  type LockGraph,
  type LockNode,
  type ReaderContext
} from './lock-graph.js'
import { lockNode } from './lockfile-format.js'
import {
  manifestDependencies,
  npmProject,
  readPackageJson,
  splitNameRange,
  workspacePatterns,
  yarnResolutions
} from './npm-manifest.js'
import { aliasTarget, npmSource } from './npm-origin.js'
import { dirOf, invalidLockfile, type Json } from './parse-text.js'
import { npmPurl } from './purl.js'
import { matchMembers } from './workspaces.js'
import type { YarnBlock, YarnLockText } from './yarn-lock-text.js'
import { yarnMap, yarnString, type YarnMap } from './yarn-lock-text.js'
import { YarnResolver } from './yarn-resolve.js'

export function readYarnClassic(
  ctx: ReaderContext,
  parsed: YarnLockText
): LockGraph {
  const graph = emptyGraph(ctx.lockfile)
  const lockDir = dirOf(ctx.lockfile)
  const manifest = readPackageJson(ctx, graph, lockDir)?.data ?? {}
  graph.project = npmProject(manifest)
  const resolver = new YarnResolver(yarnResolutions(manifest))
  const blocks = new Map<string, YarnMap>()

  for (const block of parsed.blocks) {
    const node = classicNode(ctx, block)
    graph.nodes.set(node.id, node)
    blocks.set(node.id, block.data)
    for (const [specName, specRange] of block.keys.map(splitNameRange))
      resolver.register(specName, specRange, node.id)
  }

  const members = addMembers(ctx, graph, lockDir, manifest)
  const edgesOf = (data: Json | YarnMap, withDev: boolean): LockEdge[] => {
    const out: LockEdge[] = []
    for (const dep of manifestDependencies(data)) {
      if (dep.kind === 'dev' && !withDev) continue
      const to = members.get(dep.name) ?? resolver.resolve(dep.name, dep.range)
      if (to !== undefined) out.push({ to, kind: dep.kind })
    }
    return out
  }
  for (const [id, data] of blocks) {
    const deps = {
      dependencies: yarnMap(data, 'dependencies'),
      optionalDependencies: yarnMap(data, 'optionalDependencies')
    }
    ;(graph.nodes.get(id) as LockNode).edges = edgesOf(deps, false)
  }
  for (const [folder, id] of memberFolders(graph)) {
    const data = readPackageJson(ctx, graph, folder)?.data ?? {}
    ;(graph.nodes.get(id) as LockNode).edges = edgesOf(data, true)
  }
  graph.rootEdges = edgesOf(manifest, true)
  return graph
}

/** One block as a node: its header's descriptors say the name (an alias counted under the real one) and where it comes from. */
function classicNode(ctx: ReaderContext, block: YarnBlock): LockNode {
  const lockDir = dirOf(ctx.lockfile)
  const id = block.keys[0] as string
  const version = yarnString(block.data, 'version')
  if (version === undefined) {
    throw invalidLockfile(
      ctx.lockfile,
      `line ${block.line}`,
      `entry "${id}" has no version`
    )
  }
  const specs = block.keys.map(splitNameRange)
  const realNames = specs.map(([name, range]) => aliasTarget(range) ?? name)
  const plain = specs.find(([, range]) => aliasTarget(range) === undefined)
  const name = plain?.[0] ?? realNames[0] ?? id
  const aliases = specs
    .filter(([, range]) => aliasTarget(range) !== undefined)
    .map(([alias]) => alias)
  const resolved = yarnString(block.data, 'resolved')
  const range = (plain ?? specs[0])?.[1] ?? ''
  // A local folder or archive: the range says where, there is no `resolved`.
  const local = /^(link|portal|file):/.test(range) && resolved === undefined
  const source = npmSource(
    local ? `file:${range.replace(/^\w+:/, '')}` : resolved,
    name,
    lockDir
  )
  if (/^(link|portal):/.test(range) && source.origin.kind === 'file')
    source.origin.directory = true
  let origin = source.origin
  if (plain === undefined && origin.kind === 'registry')
    origin = { kind: 'alias', alias: aliases[0] as string }
  const hashes = checkedSri(yarnString(block.data, 'integrity'), (problem) =>
    invalidLockfile(ctx.lockfile, `line ${block.line}`, problem)
  )
  const sha1 = /#([0-9a-f]{40})$/i.exec(resolved ?? '')?.[1]
  const fragment = sha1 ? hexHash('SHA-1', sha1) : undefined
  if (fragment && !hashes.some((h) => h.algorithm === 'SHA-1'))
    hashes.push(fragment)
  return lockNode({
    id,
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version, source.qualifiers),
    hashes,
    origin,
    properties:
      aliases.length > 0 ? { 'provenant:alias': aliases.sort().join(',') } : {}
  })
}

function memberFolders(graph: LockGraph): Array<[string, string]> {
  return graph.members.map((id) => [id.slice('workspace:'.length), id])
}

/** Workspace members as local nodes; returns member name -> node id. */
function addMembers(
  ctx: ReaderContext,
  graph: LockGraph,
  lockDir: string,
  manifest: Json
): Map<string, string> {
  const byName = new Map<string, string>()
  for (const folder of matchMembers(
    lockDir,
    workspacePatterns(manifest),
    ctx.manifestPaths,
    'package.json'
  )) {
    const data = readPackageJson(ctx, graph, folder)?.data
    if (data === undefined || folder === lockDir) continue
    const project = npmProject(data)
    const name = project.name ?? folder
    const id = `workspace:${folder}`
    graph.nodes.set(id, {
      id,
      ecosystem: 'npm',
      name,
      version: project.version,
      purl: npmPurl(name, project.version),
      hashes: [],
      licenses: project.licenses,
      origin: { kind: 'workspace', path: folder },
      properties: {},
      scope: 'required',
      edges: []
    })
    graph.members.push(id)
    byName.set(name, id)
  }
  return byName
}
