/**
 * Container images: a Debian minbase root filesystem packed with umoci,
 * with a second layer that installs npm and Python packages and deletes a
 * folder of the first. Its OS packages equal `dpkg-query -W` of the root
 * filesystem exactly, by the OCI layout, the docker-archive and the
 * registry (Debian's docker-registry, pushed with skopeo) alike, and with
 * its layers recompressed as zstd by skopeo.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  dpkgQuery,
  ensureLayout,
  IMAGE_TAG,
  LAYER_PACKAGES,
  ROOTFS,
  startRegistry,
  type LocalRegistry
} from '../helpers/sbom-image.js'
import {
  describePath,
  exec,
  flatten,
  fullName,
  property,
  type SbomRun
} from '../helpers/sbom-interop.js'

let ws: string
let registry: LocalRegistry
let expectedDebs: string[]
let manifestDigest: string

beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-sbom-image-'))
  const layout = await ensureLayout()
  await cp(layout, path.join(ws, 'layout'), { recursive: true })
  expectedDebs = await dpkgQuery(ROOTFS)
  registry = await startRegistry(path.join(ws, 'registry'))
  const source = `oci:${path.join(ws, 'layout')}:${IMAGE_TAG}`
  await exec('skopeo', [
    'copy',
    '--quiet',
    source,
    `docker-archive:${path.join(ws, 'image.tar')}:provenant/debian:${IMAGE_TAG}`
  ])
  await exec('skopeo', [
    'copy',
    '--quiet',
    '--dest-tls-verify=false',
    source,
    `docker://${registry.host}/provenant/debian:${IMAGE_TAG}`
  ])
  await exec('skopeo', [
    'copy',
    '--quiet',
    '--dest-compress-format',
    'zstd',
    source,
    `oci:${path.join(ws, 'zstd')}:${IMAGE_TAG}`
  ])
  const { stdout } = await exec('skopeo', [
    'inspect',
    '--tls-verify=false',
    '--format',
    '{{.Digest}}',
    `docker://${registry.host}/provenant/debian:${IMAGE_TAG}`
  ])
  manifestDigest = stdout.trim()
}, 1_800_000)

afterAll(async () => {
  await registry?.stop()
  await rm(ws, { recursive: true, force: true })
})

function debs(run: SbomRun): string[] {
  return flatten(run.cyclonedx)
    .filter((c) => c.purl?.startsWith('pkg:deb/'))
    .map((c) => `${c.name} ${c.version}`)
    .sort()
}

function expectLayerPackages(run: SbomRun): void {
  const all = flatten(run.cyclonedx)
  const npm = all
    .filter((c) => c.purl?.startsWith('pkg:npm/'))
    .map((c) => `${fullName(c)}@${c.version}`)
  expect(npm.sort()).toEqual([...LAYER_PACKAGES.npm].sort())
  const pypi = all
    .filter((c) => c.purl?.startsWith('pkg:pypi/'))
    .map((c) => `${c.name}@${c.version}`)
  expect(pypi.sort()).toEqual([...LAYER_PACKAGES.pypi].sort())
  for (const c of all.filter((c) => c.purl?.startsWith('pkg:deb/')))
    expect(property(c, 'provenant:kind')).toBe('os')
}

describe('container images', () => {
  it('an OCI image layout: dpkg-query exactly, the layer packages, the whiteout applied', async () => {
    expect(expectedDebs.length).toBeGreaterThan(50)
    const run = await describePath(ws, 'layout')
    expect(run.result.sboms[0]!.kind).toBe('image')
    expect(run.result.sboms[0]!.label).toBe('image-layout')
    expect(debs(run)).toEqual(expectedDebs)
    expectLayerPackages(run)
    const root = run.cyclonedx.metadata.component
    expect(root.type).toBe('container')
    expect(property(root, 'provenant:image:platform')).toBe('linux/amd64')
    expect(property(root, 'provenant:image:layer:1')).toMatch(/^sha256:/)
    expect(property(root, 'provenant:image:layer:2')).toMatch(/^sha256:/)
  })

  it('zstd layers (tar+zstd, written by skopeo): the same packages', async () => {
    const layout = path.join(ws, 'zstd')
    const index = JSON.parse(
      await readFile(path.join(layout, 'index.json'), 'utf8')
    ) as { manifests: { digest: string }[] }
    const manifest = JSON.parse(
      await readFile(
        path.join(layout, 'blobs/sha256', index.manifests[0]!.digest.slice(7)),
        'utf8'
      )
    ) as { layers: { mediaType: string }[] }
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([
      'application/vnd.oci.image.layer.v1.tar+zstd',
      'application/vnd.oci.image.layer.v1.tar+zstd'
    ])
    const run = await describePath(ws, 'zstd')
    expect(debs(run)).toEqual(expectedDebs)
    expectLayerPackages(run)
  }, 180_000)

  it('a docker-archive tar: the same packages', async () => {
    const run = await describePath(ws, 'image.tar')
    expect(run.result.sboms[0]!.kind).toBe('image')
    expect(run.result.sboms[0]!.label).toBe('image-debian')
    expect(debs(run)).toEqual(expectedDebs)
    expectLayerPackages(run)
  })

  it('oci:// from a registry: the same packages, the digest skopeo reports as subject', async () => {
    const run = await describePath(
      ws,
      `oci://${registry.host}/provenant/debian:${IMAGE_TAG}`
    )
    expect(run.result.sboms[0]!.label).toBe('image-debian')
    expect(debs(run)).toEqual(expectedDebs)
    expectLayerPackages(run)
    const root = run.cyclonedx.metadata.component
    expect(root.version).toBe(manifestDigest)
    expect(property(root, 'provenant:image:digest')).toBe(manifestDigest)
    const byDigest = await describePath(
      ws,
      `oci://${registry.host}/provenant/debian@${manifestDigest}`
    )
    expect(debs(byDigest)).toEqual(expectedDebs)
  }, 300_000)

  it('a missing tag is a clear error naming the registry', async () => {
    await expect(
      describePath(ws, `oci://${registry.host}/provenant/debian:nope`)
    ).rejects.toMatchObject({
      code: 'OCI_NOT_FOUND',
      message: expect.stringContaining(registry.host) as unknown
    })
  })
})
