/**
 * Images signed in a real registry (Debian's docker-registry, distribution
 * 2.8: no referrers API), images built by umoci and pushed by skopeo:
 * keyless on the local stack, two images in one run with one certificate,
 * stored in cosign's tag layout and as bundle referrers (through the
 * referrers tag schema), then verified by tag and by digest, and each way
 * of getting it wrong failing with its own code.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import { RegistryClient } from '../../src/io/oci/client.js'
import { hasBlob, pushBlob } from '../../src/io/oci/push.js'
import { runProvenant } from '../helpers/cli.js'
import { withEnv } from '../helpers/env.js'
import type { ImageReport } from '../helpers/oci-images.js'
import { buildLayout, fetchManifest, pushTag } from '../helpers/oci-images.js'
import { startRegistry, type LocalRegistry } from '../helpers/sbom-image.js'

interface SignJson {
  files: { bundle: string }[]
  images: {
    reference: string
    digest: string
    signatureTag?: string
    referrer?: string
  }[]
  certificatesIssued: number
  certificateIdentity: string
  certificateOidcIssuer: string
  trustedRoot: string
}

type Report = ImageReport

describe('provenant sign oci:// (keyless, local stack)', () => {
  let dir: string
  let registry: LocalRegistry
  let layout: string
  let restoreEnv: () => void
  const digests: Record<string, string> = {}
  let cwd: string
  let signed: SignJson

  const verify = async (
    images: string[],
    extra: string[] = []
  ): Promise<{ code: number; report: Report; err: string }> => {
    const run = await runProvenant([
      'verify',
      ...images,
      '--trusted-root',
      signed.trustedRoot,
      '--certificate-oidc-issuer',
      signed.certificateOidcIssuer,
      ...(extra.includes('--certificate-identity')
        ? []
        : ['--certificate-identity', signed.certificateIdentity]),
      ...extra,
      '--json'
    ])
    return {
      code: run.code,
      report: JSON.parse(run.out || '{}') as Report,
      err: run.err
    }
  }
  const failedCodes = (report: Report): string[] =>
    report.artifacts.flatMap((a) =>
      Object.values(a.checks).flatMap((c) =>
        c.status === 'fail' && c.code ? [c.code] : []
      )
    )

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

  it('signs two images and a file in one run with one certificate, in both layouts', async () => {
    await writeFile(path.join(dir, 'notes.txt'), 'release notes\n')
    const run = await runProvenant([
      'sign',
      path.join(dir, 'notes.txt'),
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
    expect(result.files.map((f) => path.basename(f.bundle))).toEqual([
      'notes.txt.sigstore.json'
    ])
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
    signed = result
  }, 120_000)

  it('verifies both images by tag and by digest, in both layouts', async () => {
    const { code, report, err } = await verify([
      `oci://${registry.host}/app:one`,
      `oci://${registry.host}/app@${digests.two}`,
      `oci://${registry.host}/app:two@${digests.two}`
    ])
    expect(err).toBe('')
    // Each image's signer was read from both layouts.
    for (const artifact of report.artifacts) {
      const sources = artifact.checks.identity!.sources ?? []
      expect(sources.filter((s) => s.endsWith('.sig#0'))).toHaveLength(1)
      expect(sources.filter((s) => s.includes('/app@sha256:'))).toHaveLength(1)
    }
    expect(
      report.artifacts.map((a) => [a.verified, a.checks.signature!.status])
    ).toEqual([
      [true, 'pass'],
      [true, 'pass'],
      [true, 'pass']
    ])
    expect(code).toBe(0)
  })

  it('fails for another identity and for another repository, each with its code', async () => {
    const other = await verify(
      [`oci://${registry.host}/app:one`],
      [
        '--certificate-identity',
        'https://github.com/someone/else/.github/workflows/release.yml@refs/heads/main'
      ]
    )
    expect(other.code).toBe(1)
    expect(failedCodes(other.report)).toContain('VERIFY_IDENTITY_MISMATCH')
    const repo = await verify(
      [`oci://${registry.host}/app:one`],
      ['--repo', 'someone/else']
    )
    expect(repo.code).toBe(1)
    expect(failedCodes(repo.report)).toContain('VERIFY_REPO_MISMATCH')
  })

  it('fails when the tag moved to another digest, and for a signature copied to another image', async () => {
    const moved = await verify([
      `oci://${registry.host}/app:one@${digests.two}`
    ])
    expect(moved.code).toBe(1)
    expect(failedCodes(moved.report)).toEqual(['VERIFY_IMAGE_TAG_MOVED'])
    // The signature of "one" put where cosign looks for "three"'s.
    const hexOne = digests.one!.slice(7)
    const hexThree = digests.three!.slice(7)
    const source = await fetch(
      `http://${registry.host}/v2/app/manifests/sha256-${hexOne}.sig`,
      { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } }
    )
    const put = await fetch(
      `http://${registry.host}/v2/app/manifests/sha256-${hexThree}.sig`,
      {
        method: 'PUT',
        headers: {
          'content-type': 'application/vnd.oci.image.manifest.v1+json'
        },
        body: await source.text()
      }
    )
    expect(put.status).toBe(201)
    const copied = await verify([`oci://${registry.host}/app:three`])
    expect(copied.code).toBe(1)
    expect(failedCodes(copied.report)).toEqual(['VERIFY_IMAGE_DIGEST_MISMATCH'])
  })

  it('fails when the signature manifest was tampered with', async () => {
    const hex = digests.two!.slice(7)
    const url = `http://${registry.host}/v2/app/manifests/sha256-${hex}.sig`
    const manifest = (await (
      await fetch(url, {
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' }
      })
    ).json()) as { layers: { annotations: Record<string, string> }[] }
    const annotations = manifest.layers[0]!.annotations
    const signature = Buffer.from(
      annotations['dev.cosignproject.cosign/signature']!,
      'base64'
    )
    signature[signature.length - 1]! ^= 1
    annotations['dev.cosignproject.cosign/signature'] =
      signature.toString('base64')
    const put = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      body: JSON.stringify(manifest)
    })
    expect(put.status).toBe(201)
    const tampered = await verify([`oci://${registry.host}/app@${digests.two}`])
    expect(tampered.code).toBe(1)
    expect(failedCodes(tampered.report)).toEqual(['VERIFY_SIGNATURE_INVALID'])
  })

  it('uploads a blob in chunks (PATCH, then PUT) and monolithically, both read back by digest', async () => {
    const client = new RegistryClient({ registry: registry.host })
    const big = crypto.randomBytes(100_000)
    const small = crypto.randomBytes(1000)
    const chunked = await pushBlob(client, 'chunks', big, 16 * 1024)
    const whole = await pushBlob(client, 'chunks', small, 16 * 1024)
    expect(await client.getBlob('chunks', chunked)).toEqual(big)
    expect(await client.getBlob('chunks', whole)).toEqual(small)
    expect(await hasBlob(client, 'chunks', chunked)).toBe(true)
    // A second push finds the blob there and uploads nothing.
    expect(await pushBlob(client, 'chunks', big, 16 * 1024)).toBe(chunked)
  })
})
