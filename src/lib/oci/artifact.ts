/**
 * Manifests Provenant writes beside an image: cosign's `.sig`/`.att`
 * manifests (layers appended to what the tag already holds) and OCI 1.1
 * referrers (an artifact manifest whose `subject` is the image), with the
 * referrers tag schema (`sha256-<hex>`, an index of the referrers) for
 * registries without the referrers API.
 */
import { MEDIA_TYPES, type Descriptor } from './image.js'

export const BUNDLE_ARTIFACT_TYPE =
  'application/vnd.dev.sigstore.bundle.v0.3+json'
export const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json'
export const EMPTY_BLOB = Buffer.from('{}')

export const BUNDLE_ANNOTATIONS = {
  content: 'dev.sigstore.bundle.content',
  predicateType: 'dev.sigstore.bundle.predicateType',
  created: 'org.opencontainers.image.created'
} as const

/** `sha256-<hex>`: the referrers tag schema's tag for an image's referrers. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}

export interface ArtifactDescriptor extends Descriptor {
  artifactType?: string
}

/** An OCI image manifest, serialised once: its bytes are what is pushed and hashed. */
export function buildManifest(parts: {
  config: Descriptor
  layers: readonly Descriptor[]
  artifactType?: string
  subject?: Descriptor
  annotations?: Record<string, string>
}): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      ...(parts.artifactType ? { artifactType: parts.artifactType } : {}),
      config: parts.config,
      layers: parts.layers,
      ...(parts.subject ? { subject: parts.subject } : {}),
      ...(parts.annotations ? { annotations: parts.annotations } : {})
    })
  )
}

/** The image config cosign writes for a `.sig`/`.att` manifest: the layers as diff_ids. */
export function buildCosignConfig(layerDigests: readonly string[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      config: {},
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layerDigests }
    })
  )
}

/** The referrers index with `added` in it (once), for the referrers tag schema. */
export function buildReferrersIndex(
  existing: readonly ArtifactDescriptor[],
  added: ArtifactDescriptor
): Buffer {
  const manifests = existing.filter((d) => d.digest !== added.digest)
  manifests.push(added)
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociIndex,
      manifests
    })
  )
}

/** The descriptors of a referrers index (from the API or the tag), with their artifact types. */
export function parseReferrersIndex(text: string): ArtifactDescriptor[] {
  let json: { manifests?: unknown }
  try {
    json = JSON.parse(text) as typeof json
  } catch {
    return []
  }
  if (!Array.isArray(json.manifests)) return []
  return json.manifests.flatMap((raw: unknown) => {
    const d = raw as Record<string, unknown>
    if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest))
      return []
    return [
      {
        mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
        digest: d.digest,
        size: typeof d.size === 'number' ? d.size : -1,
        ...(typeof d.artifactType === 'string'
          ? { artifactType: d.artifactType }
          : {}),
        ...(d.annotations && typeof d.annotations === 'object'
          ? {
              annotations: Object.fromEntries(
                Object.entries(d.annotations).filter(
                  (e): e is [string, string] => typeof e[1] === 'string'
                )
              )
            }
          : {})
      }
    ]
  })
}
