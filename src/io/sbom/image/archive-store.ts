/**
 * An image saved as a tar file: `docker save` / skopeo `docker-archive:`
 * (manifest.json, the config and each layer by path) or skopeo
 * `oci-archive:` (an OCI image layout in a tar). The archive is read once
 * with the project's tar reader, its members held in memory.
 */
import { sha256Digest } from '../../../lib/digest.js'
import { createReadStream } from 'node:fs'
import { InputError } from '../../../lib/errors.js'
import { parseImageConfig } from '../../../lib/oci/image.js'
import { BoundedInflater } from '../../../lib/archive/inflate.js'
import { InflationBudget } from '../../../lib/archive/limits.js'
import { isZstd } from '../../../lib/archive/zstd.js'
import { TarReader } from '../../../lib/archive/tar.js'
import { IMAGE_LAYER_LIMITS } from '../../../lib/sbom/image/layers.js'
import { assertDigest, loadImage, type NamedImage } from './image-store.js'
import { createLayoutStore } from './layout-store.js'

/** Largest member of an image archive (a layer) held in memory. */
export const MAX_ARCHIVE_MEMBER_BYTES = 4 * 1024 * 1024 * 1024 - 1

export async function readArchiveMembers(
  file: string,
  display: string
): Promise<Map<string, Uint8Array>> {
  const members = new Map<string, Uint8Array>()
  const budget = new InflationBudget(display, IMAGE_LAYER_LIMITS)
  const tar = new TarReader({
    budget,
    want: (entry) => entry.type === 'file',
    maxKeptBytes: MAX_ARCHIVE_MEMBER_BYTES,
    onEntry: (entry, data) => {
      if (data) members.set(entry.path.replace(/^\.?\//, ''), data)
    }
  })
  let gunzip: BoundedInflater | undefined
  let first = true
  try {
    for await (const chunk of createReadStream(file, {
      highWaterMark: 1 << 20
    }) as AsyncIterable<Buffer>) {
      if (first && chunk[0] === 0x1f && chunk[1] === 0x8b)
        gunzip = new BoundedInflater('gzip', budget, (data) => tar.push(data))
      first = false
      if (gunzip) gunzip.push(chunk)
      else tar.push(chunk)
    }
    gunzip?.push(new Uint8Array(0), true)
    tar.end()
  } catch (error) {
    throw new InputError(
      'OCI_ARCHIVE_UNREADABLE',
      `${display}: not a readable image archive (${(error as Error).message}); give the tar that docker save or skopeo copy wrote`,
      { cause: error }
    )
  }
  return members
}

export function isImageArchive(members: Map<string, Uint8Array>): boolean {
  return (
    members.has('manifest.json') ||
    (members.has('oci-layout') && members.has('index.json'))
  )
}

interface DockerArchiveEntry {
  Config?: unknown
  RepoTags?: unknown
  Layers?: unknown
}

const utf8 = new TextDecoder()

/** The image in an archive's members (the first of a docker-archive holding several). */
export async function archiveImage(
  members: Map<string, Uint8Array>,
  display: string,
  fallbackName: string
): Promise<NamedImage> {
  if (members.has('oci-layout') && members.has('index.json')) {
    const store = createLayoutStore(
      (p) => Promise.resolve(members.get(p)),
      display,
      fallbackName,
      undefined
    )
    return loadImage(store)
  }
  return dockerArchiveImage(members, display, fallbackName)
}

/** A docker-archive (`docker save`): its first image, named by its config digest and RepoTags. */
function dockerArchiveImage(
  members: Map<string, Uint8Array>,
  display: string,
  fallbackName: string
): NamedImage {
  const bad = (why: string): InputError =>
    new InputError(
      'OCI_ARCHIVE_INVALID',
      `${display}: not a docker-archive: ${why}; give the tar that docker save wrote`
    )
  const entry = firstArchiveEntry(members, bad)
  const configBytes = members.get(entry.Config)
  if (!configBytes) throw bad(`${entry.Config} is missing`)
  const config = parseImageConfig(
    utf8.decode(configBytes),
    `${display} (${entry.Config})`
  )
  const layers = entry.Layers.filter((l): l is string => typeof l === 'string')
  const tagged =
    Array.isArray(entry.RepoTags) && typeof entry.RepoTags[0] === 'string'
      ? entry.RepoTags[0]
      : undefined
  const colon = tagged ? tagged.lastIndexOf(':') : -1
  const configDigest = sha256Digest(configBytes)
  return {
    display,
    repository: tagged && colon > 0 ? tagged.slice(0, colon) : fallbackName,
    ...(tagged && colon > 0 ? { tag: tagged.slice(colon + 1) } : {}),
    image: {
      // A docker-archive keeps no manifest: the image is named by its config digest (Docker's image ID).
      digest: configDigest,
      configDigest,
      config,
      manifest: {
        kind: 'manifest',
        config: {
          mediaType: '',
          digest: configDigest,
          size: configBytes.length
        },
        layers: layers.map((l, i) => ({
          mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
          digest: config.diffIds[i] ?? '',
          size: members.get(l)?.length ?? -1
        })),
        annotations: {}
      },
      layer: (i) => {
        const bytes = members.get(layers[i]!)
        if (!bytes)
          return Promise.reject(bad(`the layer ${layers[i]} is missing`))
        checkLayer(bytes, layers[i]!, config.diffIds[i], display)
        return Promise.resolve(bytes)
      }
    }
  }
}

/** The first image of manifest.json, with its Config and Layers. */
function firstArchiveEntry(
  members: Map<string, Uint8Array>,
  bad: (why: string) => InputError
): DockerArchiveEntry & { Config: string; Layers: unknown[] } {
  let entries: DockerArchiveEntry[]
  try {
    entries = JSON.parse(
      utf8.decode(members.get('manifest.json'))
    ) as DockerArchiveEntry[]
  } catch {
    throw bad('manifest.json is not JSON')
  }
  const entry = Array.isArray(entries) ? entries[0] : undefined
  if (
    !entry ||
    typeof entry.Config !== 'string' ||
    !Array.isArray(entry.Layers)
  )
    throw bad('manifest.json names no Config and Layers')
  return { ...entry, Config: entry.Config, Layers: entry.Layers }
}

/**
 * A docker-archive layer held to what names it: a member named by its
 * digest (`blobs/sha256/<hex>`) to that digest, and an uncompressed layer
 * to its diff ID (hashed once when the two are the same). A compressed one
 * (gzip or zstd) has no digest to meet but its name's: the layer reader
 * decompresses it within the archive bounds.
 */
function checkLayer(
  bytes: Uint8Array,
  member: string,
  diffId: string | undefined,
  display: string
): void {
  const named = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(member)
  const nameDigest = named ? `sha256:${named[1]}` : undefined
  if (nameDigest) assertDigest(bytes, nameDigest, display)
  const compressed = (bytes[0] === 0x1f && bytes[1] === 0x8b) || isZstd(bytes)
  if (!compressed && diffId && diffId !== nameDigest)
    assertDigest(bytes, diffId, display)
}
