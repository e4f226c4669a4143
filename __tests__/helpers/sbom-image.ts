/**
 * Container images for the SBOM interop tests, made without a daemon:
 * a Debian root filesystem (debootstrap --variant=minbase, built once and
 * kept under /var/cache), packed as an OCI image layout with umoci, a
 * second layer adding npm and Python packages and deleting a folder of the
 * first (a whiteout); and Debian's docker-registry on 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { exec, INTEROP_CACHE } from './sbom-interop.js'

export const ROOTFS = path.join(INTEROP_CACHE, 'bookworm-minbase')
const LAYOUT = path.join(INTEROP_CACHE, 'sbom-image-layout-v1')
export const IMAGE_TAG = 'bookworm'

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false
  )

/** The minbase root filesystem; made with debootstrap from the configured apt mirror when missing. */
export async function ensureRootfs(): Promise<string> {
  if (await exists(path.join(ROOTFS, 'var/lib/dpkg/status'))) return ROOTFS
  const partial = `${ROOTFS}.partial-${process.pid}`
  await rm(partial, { recursive: true, force: true })
  await exec('debootstrap', ['--variant=minbase', 'bookworm', partial], {
    maxBuffer: 64 * 1024 * 1024
  })
  await rename(partial, ROOTFS)
  return ROOTFS
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify(value))
}

/** Packages the second layer installs: npm under /app, Python in site-packages. */
export const LAYER_PACKAGES = {
  npm: ['left-pad@1.3.0', 'is-odd@3.0.1', 'is-number@6.0.0'],
  pypi: ['requests@2.31.0', 'idna@3.6']
}

/** The OCI image layout (two layers), made with umoci once and kept. */
export async function ensureLayout(): Promise<string> {
  if (await exists(path.join(LAYOUT, 'index.json'))) return LAYOUT
  const rootfs = await ensureRootfs()
  const work = `${LAYOUT}.partial-${process.pid}`
  const layout = path.join(work, 'layout')
  const bundle = path.join(work, 'bundle')
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const image = `${layout}:${IMAGE_TAG}`
  await exec('umoci', ['init', '--layout', layout])
  await exec('umoci', ['new', '--image', image])
  await exec('umoci', ['unpack', '--image', image, bundle])
  await exec('cp', ['-a', `${rootfs}/.`, path.join(bundle, 'rootfs')])
  await writeJson(
    path.join(bundle, 'rootfs/opt/gone/node_modules/gone/package.json'),
    {
      name: 'gone',
      version: '9.9.9'
    }
  )
  await exec('umoci', ['repack', '--image', image, bundle])
  await rm(bundle, { recursive: true, force: true })
  await exec('umoci', ['unpack', '--image', image, bundle])
  const root = path.join(bundle, 'rootfs')
  await rm(path.join(root, 'opt/gone'), { recursive: true, force: true })
  const app = path.join(root, 'app')
  await writeJson(path.join(app, 'package.json'), {
    name: 'app',
    version: '1.0.0',
    dependencies: { 'left-pad': '1.3.0', 'is-odd': '3.0.1' }
  })
  for (const spec of LAYER_PACKAGES.npm) {
    const [name, version] = spec.split('@') as [string, string]
    const deps = name === 'is-odd' ? { 'is-number': '^6.0.0' } : {}
    await writeJson(path.join(app, 'node_modules', name, 'package.json'), {
      name,
      version,
      dependencies: deps
    })
  }
  const site = path.join(root, 'usr/local/lib/python3.11/site-packages')
  for (const spec of LAYER_PACKAGES.pypi) {
    const [name, version] = spec.split('@') as [string, string]
    const info = path.join(site, `${name}-${version}.dist-info`)
    await mkdir(info, { recursive: true })
    await writeFile(
      path.join(info, 'METADATA'),
      `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`
    )
    await writeFile(
      path.join(info, 'RECORD'),
      `${name}/__init__.py,,\n${name}-${version}.dist-info/METADATA,,\n`
    )
  }
  await exec('umoci', ['repack', '--image', image, bundle])
  await rm(bundle, { recursive: true, force: true })
  await rename(layout, LAYOUT)
  await rm(work, { recursive: true, force: true })
  return LAYOUT
}

/** `dpkg-query -W` of the root filesystem: "name version" lines, architecture qualifiers dropped. */
export async function dpkgQuery(rootfs: string): Promise<string[]> {
  const { stdout } = await exec('dpkg-query', [
    `--admindir=${path.join(rootfs, 'var/lib/dpkg')}`,
    '-W'
  ])
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name = '', version = ''] = line.split('\t')
      return `${name.replace(/:.*$/, '')} ${version}`
    })
    .sort()
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface LocalRegistry {
  host: string
  stop(): Promise<void>
}

/**
 * Debian's docker-registry (distribution 2.8) on 127.0.0.1, storage in
 * `dir`; `auth` is an `auth:` section of its config (token auth), as YAML.
 */
export async function startRegistry(
  dir: string,
  auth?: string
): Promise<LocalRegistry> {
  const port = await freePort()
  const config = path.join(dir, 'config.yml')
  await mkdir(path.join(dir, 'storage'), { recursive: true })
  await writeFile(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'storage')}\nhttp:\n  addr: 127.0.0.1:${port}\n${auth ?? ''}`
  )
  const child: ChildProcess = spawn('docker-registry', ['serve', config], {
    stdio: 'ignore'
  })
  const host = `127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    // With token auth, /v2/ answers 401 with its challenge once it is up.
    const up = await fetch(`http://${host}/v2/`).then(
      (r) => r.ok || r.status === 401,
      () => false
    )
    if (up) break
    if (i > 100 || child.exitCode !== null) {
      child.kill()
      throw new Error(`docker-registry did not start on ${host}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    host,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill()
      })
  }
}
