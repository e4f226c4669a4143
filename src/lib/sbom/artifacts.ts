/**
 * Built artifacts -> DependencyGraph. The root is the artifact's package (a
 * wheel's or sdist's distribution, an npm tarball's package) with the
 * artifact file's hashes, or the file itself for anything else; components
 * are what the artifact declares it needs at run time.
 */
import { InputError } from '../errors.js'
import type {
  Component,
  DependencyGraph,
  Hash,
  RootComponent
} from './model.js'
import {
  normalizePythonName,
  parseRequirement,
  pythonLicenses,
  type CoreMetadata,
  type RecordEntry
} from './python-metadata.js'
import { buildPurl, pypiPurl } from './sources/purl.js'

export type ArtifactKind =
  'wheel' | 'sdist' | 'npm' | 'go-binary' | 'rust-binary' | 'image' | 'file'

/** The artifact file as read: its base name and its hashes (SHA-256, SHA-512, ...). */
export interface ArtifactFile {
  fileName: string
  hashes: Hash[]
}

export interface PythonArtifact {
  kind: 'wheel' | 'sdist'
  file: ArtifactFile
  /** The METADATA / PKG-INFO member read, e.g. gyp_next-0.16.1.dist-info/METADATA. */
  metadataPath: string
  metadata: CoreMetadata
  /** A wheel's RECORD member and entries. */
  record?: { path: string; entries: RecordEntry[] }
}

export function buildPythonArtifactGraph(
  artifact: PythonArtifact
): DependencyGraph {
  const { metadata, file } = artifact
  const rawName = metadata.fields.get('name')
  const version = metadata.fields.get('version')
  if (!rawName || !version) {
    throw new InputError(
      'SBOM_ARTIFACT_METADATA',
      `${file.fileName}: ${artifact.metadataPath} has no ${rawName ? 'Version' : 'Name'}; the ${artifact.kind} is malformed: rebuild it`
    )
  }
  const purl = pypiPurl(rawName, version)
  const requirements = (metadata.all.get('requires-dist') ?? [])
    .map(parseRequirement)
    .filter((r) => r !== undefined)
  const components = requiredComponents(requirements)
  const properties: Record<string, string> = {
    'provenant:artifact:file': file.fileName,
    'provenant:artifact:kind': artifact.kind
  }
  const optional = (key: string, value: string | undefined): void => {
    if (value) properties[key] = value
  }
  optional(
    'provenant:python:requires-python',
    metadata.fields.get('requires-python')
  )
  optional(
    'provenant:python:provides-extra',
    metadata.all.get('provides-extra')?.join(', ')
  )
  optional(
    'provenant:python:requires-dist',
    requirements.map((r) => r.text).join('\n')
  )
  for (const { path, sha256 } of artifact.record?.entries ?? []) {
    if (sha256) properties[`provenant:wheel:file:${path}`] = `sha256:${sha256}`
  }
  const root: RootComponent = {
    ref: purl,
    ecosystem: 'pypi',
    name: normalizePythonName(rawName),
    version,
    purl,
    type: 'library',
    hashes: file.hashes,
    licenses: pythonLicenses(metadata),
    properties
  }
  return {
    root,
    components: [...components.values()],
    dependencies: [{ ref: root.ref, dependsOn: [...components.keys()] }],
    sources: [
      artifact.metadataPath,
      ...(artifact.record ? [artifact.record.path] : [])
    ]
  }
}

/** One component per distribution the metadata requires (extras aside): optional when every requirement of it has a marker. */
function requiredComponents(
  requirements: ReadonlyArray<NonNullable<ReturnType<typeof parseRequirement>>>
): Map<string, Component> {
  const components = new Map<string, Component>()
  for (const r of requirements.filter((r) => !r.extraOnly)) {
    const ref = pypiPurl(r.name, r.version)
    const known = components.get(ref)
    if (known) {
      known.properties['provenant:requirement'] += `\n${r.text}`
      if (!r.marker) known.scope = 'required'
      continue
    }
    components.set(ref, {
      ref,
      ecosystem: 'pypi',
      name: r.name,
      version: r.version,
      purl: ref,
      hashes: [],
      licenses: [],
      scope: r.marker ? 'optional' : 'required',
      origin: { kind: 'registry' },
      properties: { 'provenant:requirement': r.text }
    })
  }
  return components
}

/** Any other file: itself, with its hashes. */
export function buildFileGraph(file: ArtifactFile): DependencyGraph {
  const sha256 = file.hashes.find((h) => h.algorithm === 'SHA-256')
  const purl = buildPurl({
    type: 'generic',
    name: file.fileName,
    qualifiers: { checksum: sha256 ? `sha256:${sha256.value}` : undefined }
  })
  return {
    root: {
      ref: purl,
      ecosystem: 'generic',
      name: file.fileName,
      version: '',
      purl,
      type: 'file',
      hashes: file.hashes,
      licenses: [],
      properties: { 'provenant:artifact:kind': 'file' }
    },
    components: [],
    dependencies: [],
    sources: []
  }
}
