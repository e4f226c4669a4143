/**
 * Installed packages of a tree (or an image's filesystem) -> the components
 * and edges of a DependencyGraph under a given root: node_modules, Python
 * distributions (vendored code nested in its carrier), Go and Cargo vendor
 * folders (nested in the root, the module that vendors them).
 */
import type { Component, DependencyGraph, RootComponent } from '../model.js'
import type { FileSet } from './file-set.js'
import { findNodeModules } from './node-modules.js'
import { findPythonDistributions } from './python-installed.js'
import { findCargoVendored, findGoVendored } from './vendor-folders.js'

export function buildInstalledGraph(
  files: FileSet,
  root: RootComponent
): DependencyGraph {
  const node = findNodeModules(files, root.ref)
  const python = findPythonDistributions(files)
  const vendored = [...findGoVendored(files), ...findCargoVendored(files)].map(
    (c) => ({ ...c, containedBy: root.ref })
  )
  const components = new Map<string, Component>()
  for (const c of [...node.components, ...python, ...vendored])
    if (c.ref !== root.ref && !components.has(c.ref)) components.set(c.ref, c)
  const topLevel = [...python, ...vendored]
    .filter((c) => c.containedBy === undefined || c.containedBy === root.ref)
    .map((c) => c.ref)
  const rootEdges = node.dependencies.find((d) => d.ref === root.ref)
  return {
    root,
    components: [...components.values()],
    dependencies: [
      ...node.dependencies.filter((d) => d.ref !== root.ref),
      {
        ref: root.ref,
        dependsOn: [...new Set([...(rootEdges?.dependsOn ?? []), ...topLevel])]
      }
    ],
    sources: files.paths.filter((p) => isSource(p))
  }
}

/** Whether the installed tree holds any package the readers know. */
export function hasInstalledPackages(graph: DependencyGraph): boolean {
  return graph.components.length > 0
}

/** Installed packages added to a lockfile graph: what the lockfiles already name stays as they say. */
export function withInstalled(
  locked: DependencyGraph,
  installed: DependencyGraph
): DependencyGraph {
  const known = new Set(locked.components.map((c) => c.ref))
  const rename = (ref: string): string =>
    ref === installed.root.ref ? locked.root.ref : ref
  const added = installed.components
    .filter((c) => !known.has(c.ref) && c.ref !== locked.root.ref)
    .map((c) => ({
      ...c,
      properties: { ...c.properties, 'provenant:installed': 'true' },
      ...(c.containedBy ? { containedBy: rename(c.containedBy) } : {})
    }))
  return {
    ...locked,
    components: [...locked.components, ...added],
    dependencies: [
      ...locked.dependencies,
      ...installed.dependencies.map((d) => ({
        ref: rename(d.ref),
        dependsOn: d.dependsOn.map(rename)
      }))
    ],
    sources: [...new Set([...locked.sources, ...installed.sources])]
  }
}

function isSource(path: string): boolean {
  return (
    /(^|\/)node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(path) ||
    /\.dist-info\/METADATA$|\.egg-info\/PKG-INFO$/.test(path) ||
    /(^|\/)vendor\/modules\.txt$|(^|\/)_vendor\/vendor\.txt$/.test(path) ||
    /(^|\/)vendor\/[^/]+\/Cargo\.toml$/.test(path)
  )
}
