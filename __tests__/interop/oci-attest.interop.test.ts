/**
 * Images signed and attested on one local Sigstore stack (keyless) in a
 * real registry (Debian's docker-registry: no referrers API): SLSA
 * provenance and an SBOM pushed beside two images (cosign's `.att` and
 * bundle referrers), then `provenant verify --require
 * signature,provenance,sbom` by tag; each layout alone is found too.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import { runProvenant } from '../helpers/cli.js'
import { withEnv } from '../helpers/env.js'
import type { ImageReport } from '../helpers/oci-images.js'
import { buildLayout, fetchManifest, pushTag } from '../helpers/oci-images.js'
import { startRegistry, type LocalRegistry } from '../helpers/sbom-image.js'

type Report = ImageReport

describe('provenant attest oci:// --push-to-registry', () => {
  let dir: string
  let registry: LocalRegistry
  let stack: LocalStack
  let trustedRoot: string
  let restoreEnv: () => void
  const digests: Record<string, string> = {}
  const tags = ['one', 'two', 'legacy', 'bundle']

  const sigstoreFlags = async (): Promise<string[]> => [
    '--sigstore',
    'custom',
    '--fulcio-url',
    stack.fulcioUrl,
    '--rekor-url',
    stack.rekorUrl,
    '--trusted-root',
    trustedRoot,
    '--identity-token',
    await stack.oidc.mintToken('sigstore')
  ]
  const image = (tag: string): string => `oci://${registry.host}/app:${tag}`
  const verify = async (
    images: string[],
    extra: string[] = []
  ): Promise<{ code: number; report: Report }> => {
    const run = await runProvenant([
      'verify',
      ...images,
      '--trusted-root',
      trustedRoot,
      '--certificate-identity',
      `https://github.com/${stack.oidc.claims.job_workflow_ref}`,
      '--certificate-oidc-issuer',
      stack.oidc.url,
      '--repo',
      stack.oidc.claims.repository,
      ...extra,
      '--json'
    ])
    return { code: run.code, report: JSON.parse(run.out) as Report }
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-oci-attest-'))
    stack = await startLocalStack()
    trustedRoot = (await stack.writeTrust(path.join(dir, 'trust'))).trustedRoot
    restoreEnv = withEnv({
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
      GITHUB_SERVER_URL: stack.env.GITHUB_SERVER_URL,
      DOCKER_CONFIG: path.join(dir, 'docker'),
      REGISTRY_AUTH_FILE: path.join(dir, 'auth.json'),
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      SIGSTORE_ID_TOKEN: undefined,
      GITHUB_ACTIONS: undefined
    })
    registry = await startRegistry(path.join(dir, 'registry'))
    const layout = await buildLayout(dir, tags)
    for (const tag of tags)
      digests[tag] = await pushTag(layout, tag, `${registry.host}/app:${tag}`)
    await writeFile(
      path.join(dir, 'sbom.cdx.json'),
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        version: 1,
        metadata: { component: { type: 'container', name: 'app' } },
        components: [
          {
            type: 'library',
            name: 'left-pad',
            version: '1.3.0',
            purl: 'pkg:npm/left-pad@1.3.0'
          }
        ]
      })
    )
  }, 120_000)

  afterAll(async () => {
    restoreEnv()
    await registry.stop()
    await stack.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('signs and attests two images, then verifies signature, provenance and SBOM by tag', async () => {
    const signed = await runProvenant([
      'sign',
      image('one'),
      image('two'),
      ...(await sigstoreFlags()),
      '--json'
    ])
    expect(signed.err).not.toMatch(/provenant sign:/)
    expect(signed.code).toBe(0)
    const attested = await runProvenant([
      'attest',
      image('one'),
      `oci://${registry.host}/app@${digests.two}`,
      '--push-to-registry',
      '--sbom-path',
      path.join(dir, 'sbom.cdx.json'),
      '--store=false',
      '--oidc-issuer',
      stack.oidc.url,
      '--output-dir',
      path.join(dir, 'out'),
      ...(await sigstoreFlags()),
      '--json'
    ])
    expect(attested.err).not.toMatch(/provenant attest:/)
    expect(attested.code).toBe(0)
    const result = JSON.parse(attested.out) as {
      subjects: number
      certificatesIssued: number
      pushed: { image: string; tag?: string; referrer?: string }[]
    }
    expect(result.subjects).toBe(2)
    expect(result.certificatesIssued).toBe(1)
    // provenance and SBOM, for each image, in both layouts
    expect(result.pushed).toHaveLength(4)
    for (const p of result.pushed) {
      expect(p.tag).toMatch(/^sha256-[0-9a-f]{64}\.att$/)
      expect(p.referrer).toMatch(/^sha256:/)
    }
    const hex = digests.one!.slice(7)
    const att = await fetchManifest(registry.host, 'app', `sha256-${hex}.att`)
    expect(
      (att.json!.layers as { annotations: Record<string, string> }[])
        .map((l) => l.annotations.predicateType)
        .sort()
    ).toEqual(['https://cyclonedx.org/bom', 'https://slsa.dev/provenance/v1'])

    const { code, report } = await verify(
      [image('one'), image('two')],
      ['--require', 'signature,provenance,sbom']
    )
    expect(
      report.artifacts.map((a) =>
        ['signature', 'provenance', 'sbom', 'identity'].map(
          (c) => a.checks[c]!.status
        )
      )
    ).toEqual([
      ['pass', 'pass', 'pass', 'pass'],
      ['pass', 'pass', 'pass', 'pass']
    ])
    expect(code).toBe(0)
  }, 120_000)

  it('oci-format legacy or bundle alone: each is found, the other layout left unwritten', async () => {
    for (const format of ['legacy', 'bundle']) {
      const signed = await runProvenant([
        'sign',
        image(format),
        '--oci-format',
        format,
        ...(await sigstoreFlags())
      ])
      expect(signed.code).toBe(0)
      const attested = await runProvenant([
        'attest',
        image(format),
        '--push-to-registry',
        '--oci-format',
        format,
        '--store=false',
        '--oidc-issuer',
        stack.oidc.url,
        '--output-dir',
        path.join(dir, `out-${format}`),
        ...(await sigstoreFlags())
      ])
      expect(attested.code).toBe(0)
      const hex = digests[format]!.slice(7)
      const tagsPresent = await Promise.all(
        [`sha256-${hex}.sig`, `sha256-${hex}.att`, `sha256-${hex}`].map(
          async (t) => (await fetchManifest(registry.host, 'app', t)).status
        )
      )
      expect(tagsPresent).toEqual(
        format === 'legacy' ? [200, 200, 404] : [404, 404, 200]
      )
      const { code, report } = await verify(
        [image(format)],
        ['--require', 'signature,provenance']
      )
      expect(report.artifacts[0]!.checks.provenance!.status).toBe('pass')
      expect(code).toBe(0)
    }
  }, 120_000)
})
