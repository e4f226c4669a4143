/**
 * Where an image's documents and blobs come from (a registry, an OCI image
 * layout folder or archive), and the walk every store shares: the top
 * document, an index resolved to one platform's manifest, the config, then
 * each layer, every byte checked against its digest.
 */
import { sha256Digest } from '../../../lib/digest.js'
import { InputError } from '../../../lib/errors.js'
import {
  choosePlatform,
  parseImageConfig,
  parseImageDocument,
  type ImageConfig,
  type ImageManifest,
  type Platform
} from '../../../lib/oci/image.js'

export interface ImageStore {
  /** The image as the user named it, for messages. */
  display: string
  repository: string
  tag?: string
  repositoryUrl?: string
  /** The document the name points at, and its digest. */
  top(): Promise<{ bytes: Uint8Array; digest: string }>
  /** A manifest or index by digest (registries serve them apart from blobs). */
  manifest(digest: string): Promise<Uint8Array>
  blob(digest: string): Promise<Uint8Array>
}

export interface ResolvedImage {
  digest: string
  manifest: ImageManifest
  config: ImageConfig
  configDigest: string
}

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' }
const MAX_INDEX_DEPTH = 4
const utf8 = new TextDecoder()

export async function resolveImage(
  store: ImageStore,
  platform: Platform = DEFAULT_PLATFORM
): Promise<ResolvedImage> {
  let { bytes, digest } = await store.top()
  for (let depth = 0; ; depth++) {
    const document = parseImageDocument(utf8.decode(bytes), store.display)
    if (document.kind === 'manifest') {
      const configDigest = document.config.digest
      const config = parseImageConfig(
        utf8.decode(await store.blob(configDigest)),
        `${store.display} (config ${configDigest})`
      )
      return { digest, manifest: document, config, configDigest }
    }
    if (depth >= MAX_INDEX_DEPTH) {
      throw new InputError(
        'OCI_INDEX_TOO_DEEP',
        `${store.display}: image indexes nest more than ${MAX_INDEX_DEPTH} deep: name a manifest by digest`
      )
    }
    const chosen = choosePlatform(document, platform, store.display)
    digest = chosen.digest
    bytes = await store.manifest(digest)
  }
}

/** Fails closed when bytes do not hash to the digest that named them. */
export function assertDigest(
  bytes: Uint8Array,
  digest: string,
  where: string
): void {
  const actual = sha256Digest(bytes)
  if (actual !== digest) {
    throw new InputError(
      'OCI_DIGEST_MISMATCH',
      `${where}: ${digest} has the digest ${actual}: the image store is damaged or was altered; pull or build the image again`
    )
  }
}

/** A resolved image and a reader of its layers (each checked against its digest). */
export interface LoadedImage extends ResolvedImage {
  layer(index: number): Promise<Uint8Array>
}

/** An image with the names it goes by. */
export interface NamedImage {
  display: string
  repository: string
  tag?: string
  repositoryUrl?: string
  image: LoadedImage
}

export async function loadImage(
  store: ImageStore,
  platform: Platform = DEFAULT_PLATFORM
): Promise<NamedImage> {
  const resolved = await resolveImage(store, platform)
  return {
    display: store.display,
    repository: store.repository,
    ...(store.tag ? { tag: store.tag } : {}),
    ...(store.repositoryUrl ? { repositoryUrl: store.repositoryUrl } : {}),
    image: {
      ...resolved,
      layer: (i) => store.blob(resolved.manifest.layers[i]!.digest)
    }
  }
}
