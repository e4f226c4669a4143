/**
 * An installed node_modules tree: one component per package folder
 * (`node_modules/<name>` and `node_modules/@scope/<name>` at any depth, as
 * npm, yarn classic and Bun lay them out), with `_resolved` and `_integrity`
 * where npm left them, and the edges Node's resolution would follow.
 */
import type { Component, Dependency } from '../model.js'
import { fromSri } from '../sources/hashes.js'
import { npmPurl } from '../sources/purl.js'
import { dirOf, type FileSet } from './file-set.js'

type Json = Record<string, unknown>

const PACKAGE_JSON =
  /^(.*?)node_modules\/((?:@[^/.][^/]*\/)?[^/.@][^/]*)\/package\.json$/

export interface NodeModulesTree {
  components: Component[]
  /** Edges from each package folder's component, and from '' (the tree's own package.json). */
  dependencies: Dependency[]
}

/** `rootRef` stands for the tree's own package.json (the SBOM's root). */
export function findNodeModules(
  files: FileSet,
  rootRef: string
): NodeModulesTree {
  // Each manifest is read for what the SBOM needs and let go: keeping the
  // whole parsed package.json of every package costs collector time.
  const folders = new Map<string, { declared: string[]; ref: string }>()
  const components = new Map<string, Component>()
  for (const path of files.paths) {
    const match = PACKAGE_JSON.exec(path)
    if (!match || !isPackageOwner(match[1]!)) continue
    const json = parse(files.read(path))
    if (!json || typeof json.version !== 'string') continue
    const name = typeof json.name === 'string' ? json.name : match[2]!
    const component =
      components.get(npmPurl(name, json.version)) ??
      toComponent(name, json, dirOf(path))
    components.set(component.ref, component)
    folders.set(dirOf(path), { declared: declared(json), ref: component.ref })
  }
  const dependencies: Dependency[] = []
  const resolve = (from: string, dep: string): string | undefined => {
    for (let dir = from; ; dir = parentPackage(dir)) {
      const found = folders.get(`${dir ? `${dir}/` : ''}node_modules/${dep}`)
      if (found) return found.ref
      if (dir === '') return undefined
    }
  }
  const edges = (dir: string, names: string[]): string[] =>
    names
      .map((dep) => resolve(dir, dep))
      .filter((r): r is string => r !== undefined)
  for (const [dir, { declared: names, ref }] of folders)
    dependencies.push({ ref, dependsOn: edges(dir, names) })
  const tops = parse(files.read('package.json'))
  const topLevel = tops
    ? edges('', declared(tops))
    : [...folders]
        .filter(
          ([d]) =>
            !d
              .slice(0, d.lastIndexOf('node_modules/'))
              .includes('node_modules/')
        )
        .map(([, f]) => f.ref)
  dependencies.push({ ref: rootRef, dependsOn: topLevel })
  return { components: [...components.values()], dependencies }
}

/** What sits before `node_modules/`: the tree itself, a project folder, or a package folder. */
function isPackageOwner(prefix: string): boolean {
  if (!prefix.includes('node_modules/')) return true
  return /node_modules\/(@[^/]+\/)?[^/]+\/$/.test(prefix)
}

/** The folder whose node_modules is searched next (Node walks up). */
function parentPackage(dir: string): string {
  const at = dir.lastIndexOf('node_modules/')
  return at <= 0 ? '' : dir.slice(0, at - 1)
}

function declared(json: Json | undefined): string[] {
  const names = new Set<string>()
  for (const key of [
    'dependencies',
    'optionalDependencies',
    'peerDependencies'
  ]) {
    const table = json?.[key]
    if (table && typeof table === 'object')
      for (const n of Object.keys(table)) names.add(n)
  }
  return [...names]
}

function toComponent(name: string, json: Json, dir: string): Component {
  const version = json.version as string
  const purl = npmPurl(name, version)
  const resolved =
    typeof json._resolved === 'string' ? json._resolved : undefined
  const integrity =
    typeof json._integrity === 'string' ? json._integrity : undefined
  const license = typeof json.license === 'string' ? [json.license] : []
  return {
    ref: purl,
    ecosystem: 'npm',
    name,
    version,
    purl,
    hashes: fromSri(integrity),
    licenses: license,
    scope: 'required',
    origin: resolved?.startsWith('http')
      ? { kind: 'registry', url: resolved }
      : { kind: 'registry' },
    properties: { 'provenant:installed:path': dir }
  }
}

function parse(text: string | undefined): Json | undefined {
  if (text === undefined) return undefined
  try {
    const json = JSON.parse(text) as unknown
    return json && typeof json === 'object' ? (json as Json) : undefined
  } catch {
    return undefined
  }
}
