/**
 * OCI image and Docker schema 2 documents as read from a registry, an OCI
 * image layout or a docker-archive: indexes (manifest lists), manifests and
 * configs, checked for the fields an image reader needs, and the choice of
 * one platform from an index.
 */
import { InputError } from '../errors.js'

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const

/** What a registry is asked for, in order of preference. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.dockerManifest
]

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: Platform
  annotations?: Record<string, string>
}

export interface Platform {
  os: string
  architecture: string
  variant?: string
}

export interface ImageIndex {
  kind: 'index'
  manifests: Descriptor[]
}

export interface ImageManifest {
  kind: 'manifest'
  config: Descriptor
  layers: Descriptor[]
  annotations: Record<string, string>
  /** The digest of the manifest this one refers to (a referrer's `subject`). */
  subject?: string
}

export interface ImageConfig {
  platform: Platform
  /** Digests of the uncompressed layers, in order. */
  diffIds: string[]
  created?: string
  labels: Record<string, string>
}

const DIGEST = /^sha256:[0-9a-f]{64}$/

export function isDigest(text: string): boolean {
  return DIGEST.test(text)
}

/** An index or a manifest, told apart by its media type or its fields. */
export function parseImageDocument(
  text: string,
  where: string
): ImageIndex | ImageManifest {
  const bad = (why: string): InputError =>
    new InputError(
      'OCI_MANIFEST_INVALID',
      `${where}: not an OCI image index or manifest: ${why}`
    )
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    throw bad('it is not JSON')
  }
  if (Array.isArray(json.manifests)) {
    return {
      kind: 'index',
      manifests: json.manifests.map((d) => descriptor(d, bad))
    }
  }
  if (json.config && Array.isArray(json.layers)) {
    const subject = (json.subject as { digest?: unknown } | undefined)?.digest
    return {
      kind: 'manifest',
      config: descriptor(json.config, bad),
      layers: json.layers.map((d) => descriptor(d, bad)),
      annotations: stringRecord(json.annotations),
      ...(typeof subject === 'string' ? { subject } : {})
    }
  }
  throw bad(
    json.schemaVersion === 1
      ? 'Docker schema 1 manifests are not read: push the image again with a current client'
      : 'it has neither "manifests" nor "config" and "layers"'
  )
}

function descriptor(
  raw: unknown,
  bad: (why: string) => InputError
): Descriptor {
  const d = raw as Record<string, unknown>
  if (typeof d.digest !== 'string' || !DIGEST.test(d.digest))
    throw bad(`a descriptor has no sha256 digest (${JSON.stringify(d.digest)})`)
  const platform = d.platform as Record<string, unknown> | undefined
  return {
    mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
    digest: d.digest,
    size: typeof d.size === 'number' ? d.size : -1,
    ...(platform &&
    typeof platform.os === 'string' &&
    typeof platform.architecture === 'string'
      ? {
          platform: {
            os: platform.os,
            architecture: platform.architecture,
            ...(typeof platform.variant === 'string'
              ? { variant: platform.variant }
              : {})
          }
        }
      : {}),
    ...(d.annotations ? { annotations: stringRecord(d.annotations) } : {})
  }
}

function stringRecord(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (raw && typeof raw === 'object')
    for (const [k, v] of Object.entries(raw))
      if (typeof v === 'string') out[k] = v
  return out
}

export function parseImageConfig(text: string, where: string): ImageConfig {
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new InputError(
      'OCI_CONFIG_INVALID',
      `${where}: the image config is not JSON`
    )
  }
  const rootfs = json.rootfs as { diff_ids?: unknown } | undefined
  const diffIds = Array.isArray(rootfs?.diff_ids)
    ? rootfs.diff_ids.filter((d): d is string => typeof d === 'string')
    : []
  const config = json.config as { Labels?: unknown } | undefined
  return {
    platform: {
      os: typeof json.os === 'string' ? json.os : '',
      architecture:
        typeof json.architecture === 'string' ? json.architecture : '',
      ...(typeof json.variant === 'string' ? { variant: json.variant } : {})
    },
    diffIds,
    ...(typeof json.created === 'string' ? { created: json.created } : {}),
    labels: stringRecord(config?.Labels)
  }
}

/** os/architecture[/variant] */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

/** The index entry for `wanted` (default linux/amd64), or the only image it lists. */
export function choosePlatform(
  index: ImageIndex,
  wanted: Platform,
  where: string
): Descriptor {
  const images = index.manifests.filter(
    (m) => m.platform === undefined || m.platform.architecture !== 'unknown'
  )
  const match = images.find(
    (m) =>
      m.platform?.os === wanted.os &&
      m.platform.architecture === wanted.architecture &&
      (wanted.variant === undefined || m.platform.variant === wanted.variant)
  )
  if (match) return match
  if (images.length === 1) return images[0]!
  throw new InputError(
    'OCI_PLATFORM_NOT_FOUND',
    `${where}: the image index has no ${formatPlatform(wanted)} image (it has ${
      images
        .map((m) => (m.platform ? formatPlatform(m.platform) : m.digest))
        .join(', ') || 'none'
    }): name the platform's digest instead`
  )
}
