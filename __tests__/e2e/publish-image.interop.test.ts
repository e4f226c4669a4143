/**
 * publish.yml called by a caller workflow on the local runner, with a build
 * command that builds a container image without a daemon (umoci, dated by
 * the commit) and pushes it by tag (skopeo) to Debian's docker-registry on
 * 127.0.0.1, with the registry token the caller passes as a secret (the
 * rebuild job runs the same command without it, and does not push). The
 * sign job signs and attests the image by digest; the registry then holds,
 * per oci-format, cosign's .sig and .att tags and/or the bundle referrers
 * (through the referrers tag schema: distribution 2.8 has no referrers
 * API); the published VERIFY.md's image line passes as written, and fails
 * for a second repository's identity.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { findProvenant } from '../../src/io/release/provenant-root.js'
import type { WorkflowResult } from '../../src/local/runner/index.js'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import { runCallerWorkflow } from '../helpers/caller-workflow.js'
import { RELEASE_TIMEOUT_MS, provenant } from '../helpers/local-runner.js'
import type { ImageReport } from '../helpers/oci-images.js'
import { fetchManifest as fetchManifestAs } from '../helpers/oci-images.js'
import type { TokenServer } from '../helpers/registry-token.js'
import {
  bearer,
  startTokenServer,
  writeDockerConfig
} from '../helpers/registry-token.js'
import { startRegistry, type LocalRegistry } from '../helpers/sbom-image.js'
import { exec } from '../helpers/sbom-interop.js'
import { verifyCommands } from '../../src/lib/release/verify-md.js'
import { repoPath } from '../helpers/repo.js'

const REPOSITORY = 'acme/app'
const TAG = 'v1.0.0'
/** The caller repository's secret, passed as publish.yml's registry_token. */
const REGISTRY_SECRET = 'registry-secret-4f1c9a'

/** The project's build: its release file, and the image holding it pushed by tag. */
const buildScript = (image: string): string => `set -eu
mkdir -p dist
echo "app ${TAG}" > dist/app.txt
when=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umoci init --layout "$work/layout"
umoci new --image "$work/layout:${TAG}"
umoci config --image "$work/layout:${TAG}" --created "$when" --history.created "$when" --config.cmd /app/app.txt
umoci unpack --image "$work/layout:${TAG}" "$work/bundle"
mkdir -p "$work/bundle/rootfs/app"
cp dist/app.txt "$work/bundle/rootfs/app/"
find "$work/bundle/rootfs" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
umoci repack --history.created "$when" --history.created_by build.sh --image "$work/layout:${TAG}" "$work/bundle"
# The registry token reaches the build job only (the rebuild runs without it).
if [ -n "\${REGISTRY_TOKEN:-}" ]; then
  echo "pushing with the token $REGISTRY_TOKEN"
  set -- --dest-tls-verify=false --digestfile "$work/digest"
  if [ -n "$REGISTRY_USERNAME" ]; then set -- "$@" --dest-creds "$REGISTRY_USERNAME:$REGISTRY_TOKEN"; fi
  skopeo copy "$@" "oci:$work/layout:${TAG}" "docker://${image}"
  echo "pushed ${image} as $(cat "$work/digest")"
else
  echo "built ${TAG}, not pushed: no REGISTRY_TOKEN"
fi
`

const callerWorkflow = (options: {
  sha: string
  image: string
  osvUrl: string
  ociFormat: string
  username: string
}): string => `on: push
permissions: {}
jobs:
  publish:
    permissions:
      contents: write
      id-token: write
      attestations: write
    uses: provenant-dev/provenant/.github/workflows/publish.yml@${options.sha}
    with:
      build-command: sh build.sh
      artifacts: dist/*
      release-tag: ${TAG}
      images: oci://${options.image}
      oci-format: ${options.ociFormat}
      scan-osv-url: ${options.osvUrl}
      registry-username: '${options.username}'
    secrets:
      registry_token: \${{ secrets.REGISTRY_TOKEN }}
`

/** The registry's user: token authentication (a token server in the test) takes the secret as password. */
const USER = { username: 'releaser', password: REGISTRY_SECRET }

const CASES = [
  { ociFormat: 'both', tags: true, referrers: true, auth: false },
  { ociFormat: 'legacy', tags: true, referrers: false, auth: false },
  { ociFormat: 'bundle', tags: false, referrers: true, auth: false },
  // registry-username with the registry_token secret: the build pushes with
  // them, the sign and verify jobs log in with them.
  { ociFormat: 'both', tags: true, referrers: true, auth: true }
] as const

describe.each(CASES)(
  'publish.yml on the local runner: an image pushed by the build job (oci-format: $ociFormat, token auth: $auth)',
  (format) => {
    let tmp: string
    let stack: LocalStack
    let registry: LocalRegistry
    let result: WorkflowResult
    const logs: string[] = []
    let digest: string
    let outDir: string
    let tokens: TokenServer | undefined
    /** What a consumer has (docker login) for the registry. */
    const consumerEnv: Record<string, string> = {}
    const fetchManifest = async (
      reference: string
    ): ReturnType<typeof fetchManifestAs> =>
      fetchManifestAs(
        registry.host,
        REPOSITORY,
        reference,
        tokens ? await bearer(tokens, REPOSITORY, USER) : undefined
      )

    beforeAll(async () => {
      tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-publish-image-'))
      if (format.auth) {
        tokens = await startTokenServer(tmp, USER)
        consumerEnv.DOCKER_CONFIG = path.join(tmp, 'consumer-docker')
      }
      registry = await startRegistry(
        path.join(tmp, 'registry'),
        tokens?.authConfig
      )
      if (tokens)
        await writeDockerConfig(consumerEnv.DOCKER_CONFIG!, registry.host, USER)
      stack = await startLocalStack()
      const { trustedRoot } = await stack.writeTrust(path.join(tmp, 'trust'))
      const image = `${registry.host}/${REPOSITORY}:${TAG}`
      const provenantRepo = await findProvenant(repoPath('src'))
      result = await runCallerWorkflow(
        { stack, trustedRoot, tmp, log: (line) => logs.push(line) },
        'app',
        {
          'build.sh': buildScript(image),
          'README.md': '# app\n',
          '.github/workflows/ci.yml': callerWorkflow({
            sha: provenantRepo.sha,
            image,
            osvUrl: stack.osv.url,
            ociFormat: format.ociFormat,
            username: format.auth ? USER.username : ''
          })
        },
        undefined,
        { REGISTRY_TOKEN: REGISTRY_SECRET }
      )
      digest = (await fetchManifest(TAG)).digest ?? ''
      // Downloaded as a consumer gets it (the script publish.yml's verify job runs).
      outDir = path.join(tmp, 'published')
      if (result.result !== 'success') return
      await exec(
        process.execPath,
        [repoPath('scripts/download-release.mjs'), REPOSITORY, TAG, outDir],
        {
          env: {
            ...process.env,
            GITHUB_API_URL: stack.github.url,
            GH_TOKEN: stack.github.token
          }
        }
      )
    }, RELEASE_TIMEOUT_MS)

    afterAll(async () => {
      await registry?.stop()
      await tokens?.close()
      await stack?.close()
      await rm(tmp, { recursive: true, force: true })
    })

    it('runs every job, the build pushing the image and the sign job signing it', () => {
      // On failure, the end of the run's log says why.
      expect(
        result.result === 'success' ? 'success' : logs.slice(-40).join('\n')
      ).toBe('success')
      expect(result.jobs.map((j) => [j.name, j.result])).toEqual([
        ['build', 'success'],
        ['sbom', 'success'],
        ['scan', 'success'],
        ['rebuild (ubuntu-24.04)', 'success'],
        ['sign', 'success'],
        ['release', 'success'],
        ['verify', 'success']
      ])
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      const log = logs.join('\n')
      // Pushed by the build job with the secret (masked), not by the rebuild.
      expect(log).toMatch(new RegExp(`\\[build\\] .*pushed .* as ${digest}`))
      expect(log).toContain('pushing with the token ***')
      expect(log).toMatch(/\[rebuild [^\]]*\] .*not pushed: no REGISTRY_TOKEN/)
      expect(log).not.toContain(REGISTRY_SECRET)
      // publish.yml's own verify job checked the image by digest.
      const checked = logs.filter(
        (l) =>
          l.startsWith('[verify]') &&
          l.includes(`oci://${registry.host}/${REPOSITORY}@${digest}`)
      )
      expect(checked).toEqual([expect.stringMatching(/\bverified$/)])
      const sign = result.jobs.find((j) => j.id === 'sign')!
      expect(sign.outputs.images).toContain(
        `${registry.host}/${REPOSITORY}@${digest}`
      )
    })

    const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

    it(`stores the signature and the provenance where oci-format says`, async () => {
      const tag = digest.replace(':', '-')
      const sig = await fetchManifest(`${tag}.sig`)
      const att = await fetchManifest(`${tag}.att`)
      const referrers = await fetchManifest(tag)
      expect([sig.status, att.status, referrers.status]).toEqual([
        format.tags ? 200 : 404,
        format.tags ? 200 : 404,
        format.referrers ? 200 : 404
      ])
      if (format.tags) {
        const layers = (
          m: typeof sig
        ): { mediaType: string; annotations: Record<string, string> }[] =>
          m.json!.layers as never
        expect(Object.keys(layers(sig)[0]!.annotations)).toEqual(
          expect.arrayContaining([
            'dev.cosignproject.cosign/signature',
            'dev.sigstore.cosign/bundle'
          ])
        )
        expect(layers(att)[0]!.mediaType).toBe(
          'application/vnd.dsse.envelope.v1+json'
        )
      }
      if (format.referrers) {
        // The signature's bundle and the provenance's bundle, both naming the image.
        const manifests = referrers.json!.manifests as {
          artifactType: string
          digest: string
        }[]
        expect(manifests.filter((m) => m.artifactType === BUNDLE)).toHaveLength(
          2
        )
        for (const m of manifests) {
          const referrer = await fetchManifest(m.digest)
          expect((referrer.json!.subject as { digest: string }).digest).toBe(
            digest
          )
        }
      }
    })

    const imageLine = async (): Promise<string[]> => {
      const markdown = await readFile(path.join(outDir, 'VERIFY.md'), 'utf8')
      const line = verifyCommands(markdown).find(
        (l) => l[0] === 'npx' && l[4]?.startsWith('oci://')
      )
      expect(line).toBeDefined()
      return line!.slice(3)
    }

    it('verifies the image with the published VERIFY.md line, run as written', async () => {
      const line = await imageLine()
      expect(line).toEqual(
        expect.arrayContaining([
          `oci://${registry.host}/${REPOSITORY}@${digest}`,
          '--repo',
          REPOSITORY,
          '--require',
          'signature,provenance'
        ])
      )
      const verified = await provenant([...line, '--json'], outDir, consumerEnv)
      const report = JSON.parse(verified.stdout) as ImageReport
      expect({ code: verified.code, verified: report.verified }).toEqual({
        code: 0,
        verified: true
      })
      const checks = report.artifacts[0]!.checks
      expect(checks.signature?.status).toBe('pass')
      expect(checks.provenance?.status).toBe('pass')
    })

    it('fails the line for a second repository’s identity, with its own code', async () => {
      const line = await imageLine()
      const at = line.indexOf('--repo')
      const other = [...line]
      other[at + 1] = 'mallory/evil'
      const verified = await provenant(
        [...other, '--json'],
        outDir,
        consumerEnv
      )
      const report = JSON.parse(verified.stdout) as ImageReport
      expect(verified.code).toBe(1)
      const codes = report.artifacts.flatMap((a) =>
        Object.values(a.checks).flatMap((c) =>
          c.status === 'fail' && c.code ? [c.code] : []
        )
      )
      expect(codes).toContain('VERIFY_REPO_MISMATCH')
    })
  }
)
