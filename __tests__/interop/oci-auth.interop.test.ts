/**
 * Registries with docker's token authentication: Debian's docker-registry
 * configured with `auth: token`, a token server in the test. With the
 * user's credentials in DOCKER_CONFIG, provenant answers the Bearer
 * challenge (pull and push scopes) and signs and verifies; without, the
 * 401 is a clear input error naming the registry.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runProvenant } from '../helpers/cli.js'
import { withEnv } from '../helpers/env.js'
import { buildLayout, pushTag } from '../helpers/oci-images.js'
import type { TokenServer } from '../helpers/registry-token.js'
import {
  startTokenServer,
  writeDockerConfig
} from '../helpers/registry-token.js'
import { startRegistry, type LocalRegistry } from '../helpers/sbom-image.js'

const USER = { username: 'releaser', password: 'correct horse battery' }

describe('token-authenticated registry', () => {
  let dir: string
  let registry: LocalRegistry
  let tokens: TokenServer
  let restoreEnv: () => void
  let digest: string
  let dockerConfig: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-oci-auth-'))
    tokens = await startTokenServer(dir, USER)
    registry = await startRegistry(
      path.join(dir, 'registry'),
      tokens.authConfig
    )
    const layout = await buildLayout(dir, ['private'])
    digest = await pushTag(
      layout,
      'private',
      `${registry.host}/team/app:private`,
      ['--dest-creds', `${USER.username}:${USER.password}`]
    )
    dockerConfig = path.join(dir, 'docker')
    await writeDockerConfig(dockerConfig, registry.host, USER)
    restoreEnv = withEnv({
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost',
      DOCKER_CONFIG: path.join(dir, 'no-docker-config'),
      REGISTRY_AUTH_FILE: path.join(dir, 'no-auth.json'),
      XDG_RUNTIME_DIR: undefined,
      SIGSTORE_ID_TOKEN: undefined,
      GITHUB_ACTIONS: undefined
    })
  }, 120_000)

  afterAll(async () => {
    restoreEnv()
    await registry.stop()
    await tokens.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('without credentials: exit 2, the registry named, nothing signed', async () => {
    const run = await runProvenant([
      'sign',
      '--local',
      '--output-dir',
      dir,
      `oci://${registry.host}/team/app:private`
    ])
    expect(run.code).toBe(2)
    expect(run.err).toContain(
      `the registry ${registry.host} refused access to ${registry.host}/team/app (HTTP 401) without credentials`
    )
    expect(run.err).toContain('docker login')
  })

  it('with the credentials in DOCKER_CONFIG: a Bearer token for push, then for pull', async () => {
    const restore = withEnv({ DOCKER_CONFIG: dockerConfig })
    try {
      const before = tokens.requests
      const signed = await runProvenant([
        'sign',
        '--local',
        '--json',
        '--output-dir',
        dir,
        `oci://${registry.host}/team/app:private`
      ])
      expect(signed.err).not.toMatch(/provenant sign:/)
      expect(signed.code).toBe(0)
      expect(tokens.requests).toBeGreaterThan(before)
      const result = JSON.parse(signed.out) as {
        images: { digest: string }[]
        certificateIdentity: string
        certificateOidcIssuer: string
        trustedRoot: string
      }
      expect(result.images.map((i) => i.digest)).toEqual([digest])
      const verified = await runProvenant([
        'verify',
        `oci://${registry.host}/team/app:private`,
        '--trusted-root',
        result.trustedRoot,
        '--certificate-identity',
        result.certificateIdentity,
        '--certificate-oidc-issuer',
        result.certificateOidcIssuer
      ])
      expect(verified.code).toBe(0)
    } finally {
      restore()
    }
  }, 60_000)
})
