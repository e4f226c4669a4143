/**
 * The OCI client and the image SBOM against a registry on 127.0.0.1 that
 * asks for a Bearer token (its token service checks Basic credentials from
 * the user's docker config), serving a one-layer image.
 */
import { workspaceFence } from '../../../src/io/fs/path-fence.js'
import { createHash } from 'node:crypto'
import http from 'node:http'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import { RegistryClient } from '../../../src/io/oci/client.js'
import { findRegistryCredentials } from '../../../src/io/oci/credentials.js'
import { generateSboms } from '../../../src/io/sbom/generate.js'
import { tgz } from '../../helpers/archives.js'
import { DOCUMENT_OPTIONS } from '../../helpers/sbom-graph.js'

const sha = (b: Uint8Array | string): string =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`
const USER = 'alice'
const PASSWORD = 's3cret'
const TOKEN = 'token-for-alice'

const layer = tgz([
  {
    path: 'var/lib/dpkg/status',
    data: 'Package: dash\nStatus: install ok installed\nArchitecture: amd64\nVersion: 0.5.12-2\n'
  },
  { path: 'etc/os-release', data: 'ID=debian\nVERSION_ID="12"\n' }
])
const config = JSON.stringify({
  os: 'linux',
  architecture: 'amd64',
  rootfs: { type: 'layers', diff_ids: [] }
})
const manifest = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: sha(config),
    size: config.length
  },
  layers: [
    {
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: sha(layer),
      size: layer.length
    }
  ]
})

let server: http.Server
let host: string
let tamper = false
let dir: string
const saved = { ...process.env }

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-oci-'))
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/token') {
      const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`
      if (
        req.headers.authorization !== expected ||
        url.searchParams.get('scope') !== 'repository:team/app:pull'
      ) {
        res.writeHead(401).end()
        return
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token: TOKEN }))
      return
    }
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://${host}/token",service="test",scope="repository:team/app:pull"`
        })
        .end()
      return
    }
    const body =
      url.pathname === '/v2/team/app/manifests/v1' ||
      url.pathname === `/v2/team/app/manifests/${sha(manifest)}`
        ? manifest
        : url.pathname === `/v2/team/app/blobs/${sha(config)}`
          ? config
          : url.pathname === `/v2/team/app/blobs/${sha(layer)}`
            ? Buffer.from(tamper ? tgz([{ path: 'x', data: 'y' }]) : layer)
            : undefined
    if (body === undefined) {
      res.writeHead(404).end()
      return
    }
    res
      .writeHead(200, {
        'content-type': 'application/vnd.oci.image.manifest.v1+json'
      })
      .end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  host = `127.0.0.1:${(server.address() as { port: number }).port}`
})
afterEach(() => {
  tamper = false
  process.env = { ...saved }
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(dir, { recursive: true, force: true })
})

async function dockerConfig(): Promise<void> {
  const config = path.join(dir, 'docker')
  await mkdir(config, { recursive: true })
  const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64')
  await writeFile(
    path.join(config, 'config.json'),
    JSON.stringify({ auths: { [host]: { auth } } })
  )
  process.env.DOCKER_CONFIG = config
  delete process.env.REGISTRY_AUTH_FILE
  delete process.env.XDG_RUNTIME_DIR
}

describe('the OCI client', () => {
  it('answers a Bearer challenge with a token got with the docker config credentials', async () => {
    await dockerConfig()
    const credentials = await findRegistryCredentials(host)
    expect(credentials).toEqual({
      kind: 'basic',
      username: USER,
      password: PASSWORD
    })
    const client = new RegistryClient({ registry: host, credentials })
    const fetched = await client.getManifest('team/app', 'v1')
    expect(fetched.digest).toBe(sha(manifest))
    expect(
      Buffer.from(await client.getBlob('team/app', sha(config))).toString()
    ).toBe(config)
  })

  it('without credentials: a clear error naming the registry', async () => {
    const client = new RegistryClient({ registry: host })
    await expect(client.getManifest('team/app', 'v1')).rejects.toMatchObject({
      code: 'OCI_UNAUTHORIZED',
      message: expect.stringContaining(
        `the registry ${host} refused access`
      ) as unknown
    })
  })

  it('fails closed when a blob does not match its digest', async () => {
    await dockerConfig()
    tamper = true
    const client = new RegistryClient({
      registry: host,
      credentials: await findRegistryCredentials(host)
    })
    await expect(client.getBlob('team/app', sha(layer))).rejects.toMatchObject({
      code: 'OCI_DIGEST_MISMATCH'
    })
  })

  it('an image SBOM from oci://, the manifest digest as its subject', async () => {
    await dockerConfig()
    const result = await generateSboms(
      {
        fence: workspaceFence(dir),
        paths: [`oci://${host}/team/app:v1`],
        formats: ['cyclonedx'],
        outputDir: 'out',
        label: undefined,
        installed: false
      },
      DOCUMENT_OPTIONS
    )
    expect(result.sboms.map((s) => [s.kind, s.label])).toEqual([
      ['image', 'image-app']
    ])
    const doc = JSON.parse(await readFile(result.files[0]!, 'utf8')) as {
      metadata: { component: { type: string; version: string } }
      components: { purl: string }[]
    }
    expect(doc.metadata.component).toMatchObject({
      type: 'container',
      version: sha(manifest)
    })
    expect(doc.components.map((c) => c.purl)).toEqual([
      'pkg:deb/debian/dash@0.5.12-2?arch=amd64&distro=debian-12'
    ])
  })
})
