/**
 * A source tree without a lockfile, described by its files (as Syft's file
 * cataloger does): the tree is the root, each file a component named by its
 * path with its SHA-256. Nothing is guessed about packages it may contain.
 */
import type { Component, DependencyGraph, RootComponent } from './model.js'
import { buildPurl, genericPurl } from './sources/purl.js'

export interface TreeFile {
  /** Relative POSIX path inside the tree. */
  path: string
  /** Lower-case hex. */
  sha256: string
}

export function buildFilesGraph(
  rootName: string,
  files: readonly TreeFile[]
): DependencyGraph {
  const rootPurl = genericPurl(rootName, '')
  const root: RootComponent = {
    ref: rootPurl,
    ecosystem: 'generic',
    name: rootName,
    version: '',
    purl: rootPurl,
    type: 'application',
    hashes: [],
    licenses: [],
    properties: { 'provenant:source:kind': 'files' }
  }
  const components: Component[] = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => {
      const purl = buildPurl({
        type: 'generic',
        name: file.path,
        qualifiers: { checksum: `sha256:${file.sha256}` }
      })
      return {
        ref: purl,
        ecosystem: 'generic',
        name: file.path,
        version: '',
        purl,
        hashes: [{ algorithm: 'SHA-256', value: file.sha256 }],
        licenses: [],
        scope: 'required',
        origin: { kind: 'file', path: file.path },
        properties: { 'provenant:file': 'source' }
      }
    })
  return {
    root,
    components,
    dependencies: [{ ref: root.ref, dependsOn: components.map((c) => c.ref) }],
    sources: []
  }
}
