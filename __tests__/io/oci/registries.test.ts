/**
 * Which registries are reached over plain HTTP (loopback ones, and those
 * named in insecure-registry, never others), whose credentials are used
 * (docker config first, GITHUB_TOKEN for ghcr.io only inside Actions), and
 * the insecure-registry input's shape.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  createRegistryClients,
  credentialsFor
} from '../../../src/io/oci/registries.js'
import { parseInsecureRegistryList } from '../../../src/lib/oci/inputs.js'

describe('registry clients', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-registries-'))
  })
  afterAll(async () => rm(dir, { recursive: true, force: true }))

  const env = (extra: Record<string, string> = {}) => ({
    HOME: dir,
    DOCKER_CONFIG: path.join(dir, 'none'),
    REGISTRY_AUTH_FILE: path.join(dir, 'none.json'),
    ...extra
  })

  it.each([
    ['127.0.0.1:5000', [], 'http://127.0.0.1:5000/v2/'],
    ['localhost:5000', [], 'http://localhost:5000/v2/'],
    ['[::1]:5000', [], 'http://[::1]:5000/v2/'],
    ['registry.internal:5000', [], 'https://registry.internal:5000/v2/'],
    [
      'registry.internal:5000',
      ['registry.internal:5000'],
      'http://registry.internal:5000/v2/'
    ],
    ['ghcr.io', ['registry.internal:5000'], 'https://ghcr.io/v2/'],
    ['docker.io', [], 'https://registry-1.docker.io/v2/']
  ])('%s with insecure-registry %j -> %s', async (registry, insecure, base) => {
    const clients = createRegistryClients({
      insecureRegistries: insecure,
      env: env()
    })
    expect((await clients(registry)).baseUrl).toBe(base)
  })

  it('one client per registry for the run', async () => {
    const clients = createRegistryClients({
      insecureRegistries: [],
      env: env()
    })
    expect(await clients('ghcr.io')).toBe(await clients('ghcr.io'))
  })

  it('insecure-registry takes host[:port] names only', () => {
    expect(parseInsecureRegistryList(['r.internal:5000', 'mirror'])).toEqual([
      'r.internal:5000',
      'mirror'
    ])
    for (const bad of ['http://r.internal', 'r.internal/path', 'a b']) {
      expect(() => parseInsecureRegistryList([bad])).toThrow(
        expect.objectContaining({ code: 'OCI_INSECURE_REGISTRY_INVALID' })
      )
    }
  })

  it('GITHUB_TOKEN is used for ghcr.io inside GitHub Actions only, after the docker config', async () => {
    const actions = {
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: 'ghs_x',
      GITHUB_ACTOR: 'octo'
    }
    expect(await credentialsFor('ghcr.io', env(actions))).toEqual({
      kind: 'basic',
      username: 'octo',
      password: 'ghs_x'
    })
    expect(
      await credentialsFor('ghcr.io', env({ GITHUB_TOKEN: 'ghs_x' }))
    ).toBeUndefined()
    expect(await credentialsFor('quay.io', env(actions))).toBeUndefined()
    const docker = path.join(dir, 'docker')
    await mkdir(docker)
    await writeFile(
      path.join(docker, 'config.json'),
      JSON.stringify({
        auths: { 'ghcr.io': { auth: Buffer.from('me:pat').toString('base64') } }
      })
    )
    expect(
      await credentialsFor('ghcr.io', {
        ...env(actions),
        DOCKER_CONFIG: docker
      })
    ).toEqual({ kind: 'basic', username: 'me', password: 'pat' })
  })
})
