/**
 * A binary's embedded module data -> DependencyGraph. The root is the
 * program (Go: its main module, or its package path when built without
 * module data; Rust: the root crate) with the file's hashes; components are
 * the modules linked in, with what the binary says of them.
 */
import type {
  Component,
  DependencyGraph,
  Hash,
  RootComponent
} from '../model.js'
import { base64Hash } from '../sources/hashes.js'
import { cargoPurl, golangPurl } from '../sources/purl.js'
import type { GoBuildInfo, GoModule } from './go-buildinfo.js'
import type { AuditablePackage } from './rust-audit.js'

export interface BinaryFile {
  fileName: string
  hashes: Hash[]
  format: string
}

const GO_DEVEL = '(devel)'

export function buildGoBinaryGraph(
  file: BinaryFile,
  info: GoBuildInfo
): DependencyGraph {
  const properties: Record<string, string> = {
    'provenant:artifact:file': file.fileName,
    'provenant:artifact:kind': 'go-binary',
    'provenant:binary:format': file.format
  }
  if (info.goVersion) properties['provenant:go:version'] = info.goVersion
  if (info.path) properties['provenant:go:path'] = info.path
  for (const [key, value] of info.settings)
    properties[`provenant:go:build:${key}`] = value
  if (info.legacyFormat) {
    properties['provenant:go:buildinfo'] =
      'the pre-Go 1.18 layout: module data not read'
  } else if (!info.main) {
    properties['provenant:go:buildinfo'] =
      'built without module data: no main module or dependencies recorded'
  }
  const name = info.main?.path ?? info.path ?? file.fileName
  const version =
    info.main && info.main.version !== GO_DEVEL ? info.main.version : ''
  const purl = info.main || info.path ? golangPurl(name, version) : ''
  const root = binaryRoot(file, 'golang', { name, version, purl }, properties)
  if (info.main?.version === GO_DEVEL)
    properties['provenant:go:main-version'] = GO_DEVEL
  const components = dedupe(info.deps.map(goComponent))
  return {
    root,
    components,
    dependencies: [{ ref: root.ref, dependsOn: components.map((c) => c.ref) }],
    sources: []
  }
}

function goComponent(dep: GoModule): Component {
  const used = dep.replace ?? dep
  const properties: Record<string, string> = {}
  if (dep.replace)
    properties['provenant:go-replaces'] = `${dep.path}@${dep.version}`
  if (used.sum) properties['provenant:go-h1'] = used.sum
  const h1 = used.sum?.startsWith('h1:')
    ? base64Hash('SHA-256', used.sum.slice(3))
    : undefined
  const local = used.version === '' && /^(\.{1,2}\/|\/)/.test(used.path)
  const purl = local ? '' : golangPurl(used.path, used.version)
  return {
    ref: purl || `golang-local:${used.path}`,
    ecosystem: 'golang',
    name: used.path,
    version: used.version,
    purl,
    hashes: h1 ? [h1] : [],
    licenses: [],
    scope: 'required',
    origin: local
      ? { kind: 'file', path: used.path, directory: true }
      : { kind: 'registry' },
    properties,
    kind: 'binary-module'
  }
}

export function buildRustBinaryGraph(
  file: BinaryFile,
  packages: readonly AuditablePackage[]
): DependencyGraph {
  const refs = packages.map((p) => cargoPurl(p.name, p.version))
  const rootIndex = Math.max(
    0,
    packages.findIndex((p) => p.root)
  )
  const top = packages[rootIndex]
  const name = top?.name ?? file.fileName
  const version = top?.version ?? ''
  const purl = top ? refs[rootIndex]! : ''
  const root = binaryRoot(
    file,
    'cargo',
    { name, version, purl },
    {
      'provenant:artifact:file': file.fileName,
      'provenant:artifact:kind': 'rust-binary',
      'provenant:binary:format': file.format
    }
  )
  const components: Component[] = []
  packages.forEach((p, i) => {
    if (i === rootIndex && top) return
    components.push({
      ref: refs[i]!,
      ecosystem: 'cargo',
      name: p.name,
      version: p.version,
      purl: refs[i]!,
      hashes: [],
      licenses: [],
      scope: 'required',
      origin:
        p.source === 'local'
          ? { kind: 'file', path: p.name, directory: true }
          : { kind: 'registry' },
      properties: {
        'provenant:cargo:source': p.source,
        ...(p.kind === 'build' ? { 'provenant:cargo:kind': 'build' } : {})
      },
      kind: 'binary-module'
    })
  })
  const dependencies = packages.map((p, i) => ({
    ref: i === rootIndex ? root.ref : refs[i]!,
    dependsOn: p.dependencies.map((d) =>
      d === rootIndex ? root.ref : refs[d]!
    )
  }))
  return { root, components: dedupe(components), dependencies, sources: [] }
}

/** The program as the SBOM's subject, with the file's hashes. */
function binaryRoot(
  file: BinaryFile,
  ecosystem: 'golang' | 'cargo',
  id: { name: string; version: string; purl: string },
  properties: Record<string, string>
): RootComponent {
  return {
    ref: id.purl || `binary:${file.fileName}`,
    ecosystem,
    ...id,
    type: 'application',
    hashes: file.hashes,
    licenses: [],
    properties
  }
}

function dedupe(components: Component[]): Component[] {
  const byRef = new Map<string, Component>()
  for (const c of components) if (!byRef.has(c.ref)) byRef.set(c.ref, c)
  return [...byRef.values()]
}
