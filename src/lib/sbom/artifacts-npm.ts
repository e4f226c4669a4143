/**
 * An npm package tarball (`npm pack` output) -> DependencyGraph: the package
 * from package/package.json with the tarball's hashes, and its dependencies
 * from the bundled npm-shrinkwrap.json (or package-lock.json) when there is
 * one, else as package.json declares them (exact where bundled or pinned).
 */
import { InputError } from '../errors.js'
import type { ArtifactFile } from './artifacts.js'
import type { Component, DependencyGraph, Origin } from './model.js'
import { npmPurl } from './sources/purl.js'

export interface NpmTarball {
  file: ArtifactFile
  /** The package folder inside the tarball (`package` for npm pack). */
  top: string
  packageJson: string
  /** package.json texts of bundled dependencies, by dependency name. */
  bundled: ReadonlyMap<string, string>
  /** The graph of the bundled lockfile (read with paths relative to `top`), when there is one. */
  lockfile?: { graph: DependencyGraph }
}

type Json = Record<string, unknown>

export function buildNpmTarballGraph(tarball: NpmTarball): DependencyGraph {
  const manifestPath = `${tarball.top}/package.json`
  const manifest = parseJson(
    tarball.file.fileName,
    manifestPath,
    tarball.packageJson
  )
  const name = typeof manifest.name === 'string' ? manifest.name : ''
  const version = typeof manifest.version === 'string' ? manifest.version : ''
  if (name === '' || version === '') {
    throw new InputError(
      'SBOM_ARTIFACT_METADATA',
      `${tarball.file.fileName}: ${manifestPath} has no ${name ? 'version' : 'name'}; the package tarball is malformed: rebuild it with npm pack`
    )
  }
  const purl = npmPurl(name, version)
  const root = {
    ref: purl,
    ecosystem: 'npm' as const,
    name,
    version,
    purl,
    type: 'library' as const,
    hashes: tarball.file.hashes,
    licenses: npmLicenses(manifest),
    properties: {
      'provenant:artifact:file': tarball.file.fileName,
      'provenant:artifact:kind': 'npm'
    }
  }
  if (tarball.lockfile)
    return fromShippedLock(tarball, tarball.lockfile.graph, root, manifestPath)
  const components = new Map<string, Component>()
  const declared: [Json, Component['scope']][] = [
    [asRecord(manifest.dependencies), 'required'],
    [asRecord(manifest.optionalDependencies), 'optional']
  ]
  for (const [table, scope] of declared) {
    for (const [alias, spec] of Object.entries(table)) {
      if (typeof spec !== 'string') continue
      const c = declaredComponent(tarball, alias, spec, scope)
      if (c.properties['provenant:bundled']) {
        c.kind = 'vendored'
        c.containedBy = purl
      }
      components.set(c.ref, c)
    }
  }
  return {
    root,
    components: [...components.values()],
    dependencies: [{ ref: root.ref, dependsOn: [...components.keys()] }],
    sources: [
      manifestPath,
      ...[...tarball.bundled.keys()].map(
        (dep) => `${tarball.top}/node_modules/${dep}/package.json`
      )
    ]
  }
}

/** The package's graph from the lockfile the tarball carries, its root the tarball's; bundled packages are vendored in it. */
function fromShippedLock(
  tarball: NpmTarball,
  graph: DependencyGraph,
  root: DependencyGraph['root'],
  manifestPath: string
): DependencyGraph {
  const purl = root.ref
  const rename = (ref: string): string => (ref === graph.root.ref ? purl : ref)
  const bundled = bundledIds(tarball)
  return {
    root,
    components: graph.components
      .filter((c) => c.ref !== purl)
      .map((c) =>
        bundled.has(`${c.name}@${c.version}`)
          ? { ...c, kind: 'vendored' as const, containedBy: purl }
          : c
      ),
    dependencies: graph.dependencies.map((d) => ({
      ref: rename(d.ref),
      dependsOn: d.dependsOn.map(rename)
    })),
    sources: [
      ...new Set([
        manifestPath,
        ...graph.sources.map((s) => `${tarball.top}/${s}`)
      ])
    ]
  }
}

function declaredComponent(
  tarball: NpmTarball,
  alias: string,
  spec: string,
  scope: Component['scope']
): Component {
  const bundledText = tarball.bundled.get(alias)
  const bundled = bundledText
    ? parseJson(
        tarball.file.fileName,
        `${tarball.top}/node_modules/${alias}/package.json`,
        bundledText
      )
    : undefined
  const aliasMatch = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(spec)
  const name = aliasMatch ? aliasMatch[1]! : alias
  const range = aliasMatch ? (aliasMatch[2] ?? '') : spec
  const exact = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(
    range
  )
    ? range.replace(/^v/, '')
    : ''
  const version = typeof bundled?.version === 'string' ? bundled.version : exact
  const ref = npmPurl(name, version)
  const properties: Record<string, string> = { 'provenant:requirement': spec }
  if (bundled) properties['provenant:bundled'] = 'true'
  return {
    ref,
    ecosystem: 'npm',
    name,
    version,
    purl: ref,
    hashes: [],
    licenses: bundled ? npmLicenses(bundled) : [],
    scope,
    origin: specOrigin(alias, name, range),
    properties
  }
}

function specOrigin(alias: string, name: string, range: string): Origin {
  if (alias !== name) return { kind: 'alias', alias }
  if (
    /^(git\+|git:|github:|gitlab:|bitbucket:)/.test(range) ||
    /^[\w.-]+\/[\w.-]+(#.*)?$/.test(range)
  )
    return { kind: 'git', url: range }
  if (/^https?:\/\//.test(range)) return { kind: 'url', url: range }
  if (/^(file:|link:)/.test(range))
    return { kind: 'file', path: range.replace(/^(file|link):/, '') }
  return { kind: 'registry' }
}

/** `license` (string or {type}), or the legacy `licenses` list. */
export function npmLicenses(manifest: Json): string[] {
  const one = (value: unknown): string | undefined =>
    typeof value === 'string'
      ? value
      : typeof (value as Json | null)?.type === 'string'
        ? ((value as Json).type as string)
        : undefined
  const license = one(manifest.license)
  if (license) return [license]
  return Array.isArray(manifest.licenses)
    ? manifest.licenses.map(one).filter((l) => l !== undefined)
    : []
}

function asRecord(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : {}
}

function parseJson(fileName: string, member: string, text: string): Json {
  try {
    const value: unknown = JSON.parse(text)
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Json
    throw new Error('not a JSON object')
  } catch (error) {
    throw new InputError(
      'SBOM_ARTIFACT_METADATA',
      `${fileName}: ${member} is not a valid package.json (${(error as Error).message}); rebuild the tarball with npm pack`,
      { cause: error }
    )
  }
}

/** name@version of every package bundled in the tarball (its node_modules). */
function bundledIds(tarball: NpmTarball): Set<string> {
  const ids = new Set<string>()
  for (const [dep, text] of tarball.bundled) {
    try {
      const json = JSON.parse(text) as Json
      const name = typeof json.name === 'string' ? json.name : dep
      if (typeof json.version === 'string') ids.add(`${name}@${json.version}`)
    } catch {
      // An unreadable bundled manifest is reported where it is read.
    }
  }
  return ids
}
