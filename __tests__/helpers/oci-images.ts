/**
 * Small container images for the image signing tests, made without a
 * daemon: umoci builds an OCI layout with one tag per image (a one-file
 * layer each, so their digests differ), skopeo pushes a tag to a registry
 * (Debian's docker-registry, started by sbom-image.ts's startRegistry)
 * and reports the digest it pushed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { exec } from './sbom-interop.js'

/** An OCI layout in `dir` holding one small image per tag. */
export async function buildLayout(
  dir: string,
  tags: readonly string[]
): Promise<string> {
  const layout = path.join(dir, 'layout')
  await exec('umoci', ['init', '--layout', layout])
  for (const tag of tags) {
    const image = `${layout}:${tag}`
    const bundle = path.join(dir, `bundle-${tag}`)
    await exec('umoci', ['new', '--image', image])
    await exec('umoci', ['unpack', '--image', image, bundle])
    await mkdir(path.join(bundle, 'rootfs', 'app'), { recursive: true })
    await writeFile(path.join(bundle, 'rootfs', 'app', 'tag'), `${tag}\n`)
    await exec('umoci', ['repack', '--image', image, bundle])
  }
  return layout
}

/** skopeo copy of one tag of the layout to `docker://<host>/<repository>:<tag>`; the pushed digest. */
export async function pushTag(
  layout: string,
  tag: string,
  target: string,
  extra: readonly string[] = []
): Promise<string> {
  const digestFile = path.join(path.dirname(layout), `digest-${tag}`)
  await exec('skopeo', [
    'copy',
    '--dest-tls-verify=false',
    '--digestfile',
    digestFile,
    ...extra,
    `oci:${layout}:${tag}`,
    `docker://${target}`
  ])
  return (await readFile(digestFile, 'utf8')).trim()
}

/** A manifest or index from the registry, as JSON, and its digest (no auth unless given). */
export async function fetchManifest(
  host: string,
  repository: string,
  reference: string,
  authorization?: string
): Promise<{
  status: number
  json?: Record<string, unknown>
  digest?: string
}> {
  const response = await fetch(
    `http://${host}/v2/${repository}/manifests/${reference}`,
    {
      headers: {
        accept:
          'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json',
        ...(authorization ? { authorization } : {})
      }
    }
  )
  if (!response.ok) return { status: response.status }
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown>,
    digest: response.headers.get('docker-content-digest') ?? undefined
  }
}

/** What the tests read of `provenant verify --json`. */
export interface ImageReport {
  verified: boolean
  artifacts: {
    artifact: string
    verified: boolean
    checks: Record<
      string,
      { status: string; code?: string; sources?: string[] }
    >
  }[]
}
