/**
 * A container image's filesystem -> DependencyGraph. The root is the image
 * (its manifest digest, platform, config and layers); the components are
 * the OS packages its package databases list and the language packages the
 * installed-tree readers find anywhere in it.
 */
import { compareText } from '../document.js'
import type { FileSet } from '../installed/file-set.js'
import { isInstalledMetadata } from '../installed/file-set.js'
import { buildInstalledGraph } from '../installed/installed-graph.js'
import type { Component, DependencyGraph, RootComponent } from '../model.js'
import { buildPurl } from '../sources/purl.js'
import {
  formatPlatform,
  type ImageConfig,
  type ImageManifest
} from '../../oci/image.js'
import {
  distroOf,
  findOsPackages,
  isOsMetadata,
  parseOsRelease,
  type OsRelease
} from './os-packages.js'
import { findRpmPackages, type RpmDatabase } from './rpm-header.js'
import { buildImageBinaryParts, type ImageBinary } from './image-binaries.js'

/** Which files of the image's layers are kept. */
export function isImageMetadata(path: string): boolean {
  return isOsMetadata(path) || isInstalledMetadata(path)
}

export interface ImageFacts {
  /** How the user named it (oci://..., a layout folder, an archive). */
  display: string
  /** The repository (registry/repo, or the layout's ref name), without tag. */
  repository: string
  /** Where it was pulled from, for the purl's repository_url. */
  repositoryUrl?: string
  tag?: string
  /** The manifest's digest. */
  digest: string
  manifest: ImageManifest
  config: ImageConfig
  /** Digest of the config blob. */
  configDigest: string
  /** The rpm database, when the image has one. */
  rpm?: RpmDatabase
  /** Go and Rust programs in the filesystem, sorted by path. */
  programs?: readonly ImageBinary[]
}

export function buildImageGraph(
  facts: ImageFacts,
  files: FileSet
): DependencyGraph {
  const release = parseOsRelease(files)
  const rpm = rpmPackages(facts.rpm, release)
  const root = imageRoot(facts, rpm.note)
  const installed = buildInstalledGraph(files, root)
  const os = [...findOsPackages(files, release), ...rpm.components]
  const programs = buildImageBinaryParts(facts.programs ?? [])
  const components = new Map<string, Component>()
  for (const c of [...os, ...installed.components, ...programs.components])
    if (!components.has(c.ref)) components.set(c.ref, c)
  const rootEdges = installed.dependencies.find((d) => d.ref === root.ref)
  return {
    root,
    components: [...components.values()],
    dependencies: [
      ...installed.dependencies.filter((d) => d.ref !== root.ref),
      ...programs.dependencies,
      {
        ref: root.ref,
        dependsOn: [
          ...new Set([
            ...os.map((c) => c.ref),
            ...(rootEdges?.dependsOn ?? []),
            ...programs.programs
          ])
        ]
      }
    ],
    sources: files.paths.filter(isImageMetadata).sort(compareText)
  }
}

function rpmPackages(
  db: RpmDatabase | undefined,
  os: OsRelease | undefined
): { components: Component[]; note?: string } {
  if (!db) return { components: [] }
  if (!db.headers)
    return {
      components: [],
      note: `${db.path} found, not read: ${db.unread ?? 'an rpm database format Provenant does not read'}, so rpm packages are missing from this SBOM`
    }
  const distro = distroOf(os)
  const { components, damaged } = findRpmPackages(
    db,
    os?.id ?? 'redhat',
    distro
  )
  return damaged === 0
    ? { components }
    : {
        components,
        note: `${db.path}: ${damaged} package header(s) unreadable and left out`
      }
}

function imageRoot(facts: ImageFacts, rpmNote?: string): RootComponent {
  const { manifest, config } = facts
  const name = facts.repository.slice(facts.repository.lastIndexOf('/') + 1)
  const purl = buildPurl({
    type: 'oci',
    name,
    version: facts.digest,
    qualifiers: {
      arch: config.platform.architecture || undefined,
      os: config.platform.os || undefined,
      repository_url: facts.repositoryUrl,
      tag: facts.tag
    }
  })
  const properties: Record<string, string> = {
    'provenant:artifact:kind': 'image',
    'provenant:image:digest': facts.digest,
    'provenant:image:config': facts.configDigest,
    'provenant:image:platform': formatPlatform(config.platform),
    'provenant:image:repository': facts.repository
  }
  if (facts.tag) properties['provenant:image:tag'] = facts.tag
  if (config.created) properties['provenant:image:created'] = config.created
  const width = String(manifest.layers.length).length
  manifest.layers.forEach((layer, i) => {
    const n = String(i + 1).padStart(width, '0')
    properties[`provenant:image:layer:${n}`] = layer.digest
    const diffId = config.diffIds[i]
    if (diffId) properties[`provenant:image:layer:${n}:diff-id`] = diffId
  })
  const base = {
    ...config.labels,
    ...manifest.annotations
  }
  for (const key of [
    'org.opencontainers.image.base.name',
    'org.opencontainers.image.base.digest'
  ]) {
    if (base[key])
      properties[
        `provenant:image:${key.slice('org.opencontainers.image.'.length)}`
      ] = base[key]
  }
  if (facts.rpm) properties['provenant:image:rpm-database'] = facts.rpm.path
  if (rpmNote) properties['provenant:image:rpm-database:note'] = rpmNote
  return {
    ref: purl,
    ecosystem: 'oci',
    name: facts.repository,
    version: facts.digest,
    purl,
    type: 'container',
    hashes: [
      { algorithm: 'SHA-256', value: facts.digest.slice('sha256:'.length) }
    ],
    licenses: [],
    properties
  }
}
