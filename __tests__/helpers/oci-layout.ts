/** OCI image layouts written by hand in tests, as the image spec lays them out. */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

const sha = (b: Uint8Array | string): string =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`

/** Writes a linux/amd64 image of `layers` (gzip tars unless `mediaType` says otherwise); returns the manifest digest. */
export async function writeOciLayout(
  dir: string,
  layers: readonly Uint8Array[],
  mediaType = 'application/vnd.oci.image.layer.v1.tar+gzip'
): Promise<string> {
  const blobs = path.join(dir, 'blobs', 'sha256')
  await mkdir(blobs, { recursive: true })
  const put = async (data: Uint8Array | string): Promise<string> => {
    const digest = sha(data)
    await writeFile(path.join(blobs, digest.slice(7)), data)
    return digest
  }
  const layerDigests: string[] = []
  for (const layer of layers) layerDigests.push(await put(layer))
  const config = JSON.stringify({
    os: 'linux',
    architecture: 'amd64',
    rootfs: { type: 'layers', diff_ids: [] }
  })
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: await put(config),
      size: config.length
    },
    layers: layerDigests.map((digest, i) => ({
      mediaType,
      digest,
      size: layers[i]!.length
    }))
  })
  const digest = await put(manifest)
  await writeFile(
    path.join(dir, 'oci-layout'),
    '{"imageLayoutVersion":"1.0.0"}'
  )
  await writeFile(
    path.join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest,
          size: manifest.length
        }
      ]
    })
  )
  return digest
}
