/**
 * docker-archive layers (archive-store.ts): an uncompressed layer is held
 * to its diff ID, a gzip or zstd one is handed to the layer reader (which
 * decompresses it), and a member named by its digest is held to that
 * digest.
 */
import { createHash } from 'node:crypto'
import { gzipSync, zstdCompressSync } from 'node:zlib'
import { describe, expect, it } from '@jest/globals'
import { archiveImage } from '../../../../src/io/sbom/image/archive-store.js'
import { readLayer } from '../../../../src/lib/sbom/image/layers.js'
import { tar } from '../../../helpers/archives.js'

const sha = (b: Uint8Array): string =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`

const layerTars = ['gzip', 'zstd', 'plain'].map((kind) =>
  tar([{ path: `etc/${kind}.txt`, data: `written by the ${kind} layer\n` }])
)

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** A docker-archive's members: manifest.json, the config, the layers by the names given. */
function dockerArchive(
  layers: readonly { name: string; bytes: Uint8Array }[],
  diffIds: readonly string[]
): Map<string, Uint8Array> {
  const config = encode(
    JSON.stringify({
      os: 'linux',
      architecture: 'amd64',
      rootfs: { type: 'layers', diff_ids: diffIds }
    })
  )
  const manifest = [
    {
      Config: 'config.json',
      RepoTags: ['example/app:1.0'],
      Layers: layers.map((l) => l.name)
    }
  ]
  return new Map([
    ['manifest.json', encode(JSON.stringify(manifest))],
    ['config.json', config],
    ...layers.map((l) => [l.name, l.bytes] as [string, Uint8Array])
  ])
}

async function filesOf(bytes: Uint8Array): Promise<string[]> {
  const changes = await readLayer(bytes, () => true)
  return [...changes.files.keys()]
}

describe('docker-archive layers', () => {
  const diffIds = layerTars.map(sha)
  const [gzipTar, zstdTar, plainTar] = layerTars as [
    Uint8Array,
    Uint8Array,
    Uint8Array
  ]

  it('reads gzip, zstd and uncompressed layers, each by its own compression', async () => {
    const members = dockerArchive(
      [
        { name: 'a/layer.tar', bytes: gzipSync(gzipTar) },
        { name: 'b/layer.tar', bytes: zstdCompressSync(zstdTar) },
        { name: 'c/layer.tar', bytes: plainTar }
      ],
      diffIds
    )
    const named = await archiveImage(members, 'image.tar', 'fallback')
    expect(named.repository).toBe('example/app')
    const files = await Promise.all(
      [0, 1, 2].map(async (i) => filesOf(await named.image.layer(i)))
    )
    expect(files).toEqual([
      ['etc/gzip.txt'],
      ['etc/zstd.txt'],
      ['etc/plain.txt']
    ])
  })

  it('refuses an uncompressed layer that is not its diff ID', async () => {
    const altered = Uint8Array.from(plainTar)
    altered[600] = altered[600]! ^ 1
    const named = await archiveImage(
      dockerArchive([{ name: 'c/layer.tar', bytes: altered }], [diffIds[2]!]),
      'image.tar',
      'fallback'
    )
    expect(() => named.image.layer(0)).toThrow(
      expect.objectContaining({ code: 'OCI_DIGEST_MISMATCH' })
    )
  })

  it('holds a layer named by its digest to that digest, compressed or not', async () => {
    const zstd = zstdCompressSync(zstdTar)
    const good = `blobs/sha256/${sha(zstd).slice(7)}`
    const named = await archiveImage(
      dockerArchive([{ name: good, bytes: zstd }], [diffIds[1]!]),
      'image.tar',
      'fallback'
    )
    expect(await filesOf(await named.image.layer(0))).toEqual(['etc/zstd.txt'])

    const other = `blobs/sha256/${sha(gzipSync(gzipTar)).slice(7)}`
    const swapped = await archiveImage(
      dockerArchive([{ name: other, bytes: zstd }], [diffIds[1]!]),
      'image.tar',
      'fallback'
    )
    expect(() => swapped.image.layer(0)).toThrow(
      expect.objectContaining({ code: 'OCI_DIGEST_MISMATCH' })
    )
  })
})
