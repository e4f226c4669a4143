/**
 * An OCI image layout (image-spec image-layout.md): a folder with
 * `oci-layout`, `index.json` and `blobs/<alg>/<hex>`, or the same files
 * held in memory from an archive (`oci-archive`, skopeo's and umoci's).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../../lib/errors.js'
import { isDigest, parseImageDocument } from '../../../lib/oci/image.js'
import { assertDigest, type ImageStore } from './image-store.js'

/** Reads a file of the layout by its relative path; undefined when absent. */
export type LayoutReader = (relative: string) => Promise<Uint8Array | undefined>

const REF_NAME = 'org.opencontainers.image.ref.name'
const utf8 = new TextDecoder()

export function folderReader(dir: string): LayoutReader {
  return async (relative) =>
    readFile(path.join(dir, relative)).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    })
}

/** `tag` picks the index entry with that ref name; without it, the index must list one image (or is resolved by platform). */
export function createLayoutStore(
  read: LayoutReader,
  display: string,
  name: string,
  tag: string | undefined
): ImageStore {
  const blob = async (digest: string): Promise<Uint8Array> => {
    if (!isDigest(digest)) throw missing(display, digest)
    const bytes = await read(`blobs/sha256/${digest.slice('sha256:'.length)}`)
    if (bytes === undefined) throw missing(display, digest)
    assertDigest(bytes, digest, display)
    return bytes
  }
  return {
    display,
    repository: name,
    ...(tag ? { tag } : {}),
    blob,
    manifest: blob,
    async top() {
      const index = await read('index.json')
      if (index === undefined) {
        throw new InputError(
          'OCI_LAYOUT_INVALID',
          `${display}: no index.json: not an OCI image layout; give the folder umoci or skopeo (oci:) wrote`
        )
      }
      const document = parseImageDocument(
        utf8.decode(index),
        `${display}/index.json`
      )
      if (document.kind === 'manifest') {
        throw new InputError(
          'OCI_LAYOUT_INVALID',
          `${display}/index.json is a manifest, not an index`
        )
      }
      const named = tag
        ? document.manifests.filter((m) => m.annotations?.[REF_NAME] === tag)
        : document.manifests
      if (tag && named.length === 0) {
        const names = document.manifests
          .map((m) => m.annotations?.[REF_NAME])
          .filter(Boolean)
        throw new InputError(
          'OCI_LAYOUT_TAG_NOT_FOUND',
          `${display}: the layout has no image tagged ${tag} (it has ${names.join(', ') || 'no tags'})`
        )
      }
      if (named.length === 1) {
        return { digest: named[0]!.digest, bytes: await blob(named[0]!.digest) }
      }
      // Several images: resolved by platform, as an index of its own.
      return { digest: `sha256:${'0'.repeat(64)}`, bytes: index }
    }
  }
}

function missing(display: string, digest: string): InputError {
  return new InputError(
    'OCI_BLOB_MISSING',
    `${display}: the blob ${digest} is not in the layout: copy the image again (skopeo copy, umoci)`
  )
}
