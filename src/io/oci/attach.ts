/**
 * Storing and finding what is attached to an image, in both layouts:
 * cosign's `sha256-<hex>.sig`/`.att` tags (a layer appended to the tag's
 * manifest, the tag moved to the new manifest) and OCI 1.1 referrers (the
 * referrers API, else the referrers tag schema's index, kept up to date
 * by the writer as the distribution spec asks).
 */
import type { Descriptor, ImageManifest } from '../../lib/oci/image.js'
import { MEDIA_TYPES, parseImageDocument } from '../../lib/oci/image.js'
import type { ArtifactDescriptor } from '../../lib/oci/artifact.js'
import {
  buildCosignConfig,
  buildManifest,
  buildReferrersIndex,
  EMPTY_BLOB,
  EMPTY_MEDIA_TYPE,
  parseReferrersIndex,
  referrersTag
} from '../../lib/oci/artifact.js'
import type { CosignSuffix } from '../../lib/oci/cosign.js'
import { cosignTag, OCI_CONFIG_MEDIA_TYPE } from '../../lib/oci/cosign.js'
import type { RegistryClient } from './client.js'
import { isNotFound } from './client.js'
import { sha256Digest } from '../../lib/digest.js'
import { pushBlob, pushManifest } from './push.js'

export interface AttachedLayer {
  mediaType: string
  bytes: Buffer
  annotations: Record<string, string>
}

/** The manifest under a tag, or undefined when the tag does not exist. */
async function manifestAt(
  client: RegistryClient,
  repository: string,
  tag: string
): Promise<{ bytes: Buffer; digest: string } | undefined> {
  return client.getManifest(repository, tag).catch((error: unknown) => {
    if (isNotFound(error)) return undefined
    throw error
  })
}

/** cosign's `.sig`/`.att` manifest of the image, or undefined. */
export async function readCosignManifest(
  client: RegistryClient,
  repository: string,
  digest: string,
  suffix: CosignSuffix
): Promise<{ manifest: ImageManifest; digest: string } | undefined> {
  const tag = cosignTag(digest, suffix)
  const found = await manifestAt(client, repository, tag)
  if (!found) return undefined
  const document = parseImageDocument(
    found.bytes.toString('utf8'),
    `${client.registry}/${repository}:${tag}`
  )
  if (document.kind !== 'manifest') return undefined
  return { manifest: document, digest: found.digest }
}

/** Appends a layer to the image's `.sig`/`.att` tag (unless the same layer is there). */
export async function attachCosignLayer(
  client: RegistryClient,
  repository: string,
  digest: string,
  suffix: CosignSuffix,
  layer: AttachedLayer
): Promise<string> {
  const existing = await readCosignManifest(client, repository, digest, suffix)
  const layers: Descriptor[] = [...(existing?.manifest.layers ?? [])]
  const blob = await pushBlob(client, repository, layer.bytes)
  const same = layers.some(
    (l) =>
      l.digest === blob &&
      JSON.stringify(l.annotations ?? {}) === JSON.stringify(layer.annotations)
  )
  if (!same) {
    layers.push({
      mediaType: layer.mediaType,
      digest: blob,
      size: layer.bytes.length,
      annotations: layer.annotations
    })
  }
  const config = buildCosignConfig(layers.map((l) => l.digest))
  await pushBlob(client, repository, config)
  const manifest = buildManifest({
    config: {
      mediaType: OCI_CONFIG_MEDIA_TYPE,
      digest: sha256Digest(config),
      size: config.length
    },
    layers
  })
  const tag = cosignTag(digest, suffix)
  await pushManifest(client, repository, tag, manifest, MEDIA_TYPES.ociManifest)
  return tag
}

/** Pushes an artifact (one layer) referring to `subject`; keeps the referrers tag when the registry has no referrers API. */
export async function attachReferrer(
  client: RegistryClient,
  repository: string,
  subject: Descriptor,
  artifact: {
    artifactType: string
    bytes: Buffer
    annotations: Record<string, string>
  }
): Promise<string> {
  await pushBlob(client, repository, EMPTY_BLOB)
  const blob = await pushBlob(client, repository, artifact.bytes)
  const manifest = buildManifest({
    artifactType: artifact.artifactType,
    config: {
      mediaType: EMPTY_MEDIA_TYPE,
      digest: sha256Digest(EMPTY_BLOB),
      size: EMPTY_BLOB.length
    },
    layers: [
      {
        mediaType: artifact.artifactType,
        digest: blob,
        size: artifact.bytes.length
      }
    ],
    subject: {
      mediaType: subject.mediaType,
      digest: subject.digest,
      size: subject.size
    },
    annotations: artifact.annotations
  })
  const digest = sha256Digest(manifest)
  const pushed = await pushManifest(
    client,
    repository,
    digest,
    manifest,
    MEDIA_TYPES.ociManifest
  )
  if (!pushed.subjectAccepted) {
    const tag = referrersTag(subject.digest)
    const index = await manifestAt(client, repository, tag)
    const existing = index ? parseReferrersIndex(index.bytes.toString()) : []
    await pushManifest(
      client,
      repository,
      tag,
      buildReferrersIndex(existing, {
        mediaType: MEDIA_TYPES.ociManifest,
        digest,
        size: manifest.length,
        artifactType: artifact.artifactType,
        annotations: artifact.annotations
      }),
      MEDIA_TYPES.ociIndex
    )
  }
  return digest
}

/** The image's referrers: from the referrers API, else from the referrers tag. */
export async function listReferrers(
  client: RegistryClient,
  repository: string,
  digest: string
): Promise<ArtifactDescriptor[]> {
  const api = await client
    .send(repository, {
      path: `referrers/${digest}`,
      headers: { accept: MEDIA_TYPES.ociIndex }
    })
    .catch((error: unknown) => {
      if (isNotFound(error)) return undefined
      throw error
    })
  if (api) return parseReferrersIndex(api.body.toString('utf8'))
  const index = await manifestAt(client, repository, referrersTag(digest))
  return index ? parseReferrersIndex(index.bytes.toString('utf8')) : []
}
