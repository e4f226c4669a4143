/**
 * scripts/registry-login.mjs, as publish.yml's sign and verify jobs run it:
 * a docker config.json (0600) with the user and token for each registry of
 * the images, DOCKER_CONFIG for the next steps, nothing printed; an empty
 * token or an image that is not oci:// refused, naming the input, exit 2.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { repoPath } from '../helpers/repo.js'

const run = promisify(execFile)

describe('scripts/registry-login.mjs', () => {
  let tmp: string
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-registry-login-'))
  })
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true })
  })

  const login = async (
    name: string,
    env: Record<string, string>
  ): Promise<{
    code: number
    out: string
    err: string
    dir: string
    envFile: string
  }> => {
    const dir = path.join(tmp, name, 'auth')
    const envFile = path.join(tmp, `${name}.env`)
    await writeFile(envFile, '')
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [repoPath('scripts/registry-login.mjs'), dir],
        { env: { PATH: process.env.PATH ?? '', GITHUB_ENV: envFile, ...env } }
      )
      return { code: 0, out: stdout, err: stderr, dir, envFile }
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string }
      return { code: e.code, out: e.stdout, err: e.stderr, dir, envFile }
    }
  }

  it('writes one auth a registry, readable by the job only, and points DOCKER_CONFIG at it', async () => {
    const done = await login('ok', {
      IMAGES:
        'oci://ghcr.io/acme/app:v1\noci://quay.io/acme/app@sha256:' +
        'a'.repeat(64) +
        ' oci://ghcr.io/acme/tool:v1',
      REGISTRY_USERNAME: 'releaser',
      REGISTRY_TOKEN: 'tok3n-value'
    })
    expect(done).toMatchObject({ code: 0, out: '', err: '' })
    const config = JSON.parse(
      await readFile(path.join(done.dir, 'config.json'), 'utf8')
    ) as { auths: Record<string, { auth: string }> }
    const auth = Buffer.from('releaser:tok3n-value').toString('base64')
    expect(config).toEqual({
      auths: { 'ghcr.io': { auth }, 'quay.io': { auth } }
    })
    expect((await stat(path.join(done.dir, 'config.json'))).mode & 0o777).toBe(
      0o600
    )
    expect(await readFile(done.envFile, 'utf8')).toBe(
      `DOCKER_CONFIG=${done.dir}\n`
    )
  })

  it('refuses an empty registry_token, naming the secret, and writes nothing', async () => {
    const done = await login('empty', {
      IMAGES: 'oci://quay.io/acme/app:v1',
      REGISTRY_USERNAME: 'releaser'
    })
    expect(done.code).toBe(2)
    expect(done.err).toContain('"registry_token" is empty')
    await expect(stat(done.dir)).rejects.toThrow()
    expect(await readFile(done.envFile, 'utf8')).toBe('')
  })

  it('refuses an image that is not an oci:// reference, naming the input', async () => {
    const done = await login('bad', {
      IMAGES: 'quay.io/acme/app:v1',
      REGISTRY_USERNAME: 'releaser',
      REGISTRY_TOKEN: 'tok3n-value'
    })
    expect(done.code).toBe(2)
    expect(done.err).toContain('input "images": "quay.io/acme/app:v1"')
    expect(done.err).not.toContain('tok3n-value')
    await expect(stat(done.dir)).rejects.toThrow()
  })
})
