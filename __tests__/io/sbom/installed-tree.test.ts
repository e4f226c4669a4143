/** Installed trees on disk: used when a tree has no lockfile, and beside one on request. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { generateSboms } from '../../../src/io/sbom/generate.js'
import { DOCUMENT_OPTIONS } from '../../helpers/sbom-graph.js'
import { sbomRequest } from '../../helpers/sbom-workspace.js'

let ws: string
beforeEach(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-installed-'))
})
afterEach(async () => {
  await rm(ws, { recursive: true, force: true })
})

async function put(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(path.join(ws, file)), { recursive: true })
  await writeFile(
    path.join(ws, file),
    typeof value === 'string' ? value : JSON.stringify(value)
  )
}

const LOCK = {
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { ms: '2.1.3' } },
    'node_modules/ms': {
      version: '2.1.3',
      resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
      integrity:
        'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA=='
    }
  }
}

async function purls(installed: boolean): Promise<string[]> {
  const result = await generateSboms(
    sbomRequest(ws, {
      paths: ['app'],
      formats: ['cyclonedx'],
      outputDir: 'out',
      installed
    }),
    DOCUMENT_OPTIONS
  )
  const doc = JSON.parse(await readFile(result.files[0]!, 'utf8')) as {
    components: { purl: string }[]
  }
  return doc.components.map((c) => c.purl)
}

describe('installed trees', () => {
  it('a tree without a lockfile is described by its node_modules and site-packages', async () => {
    await put('app/package.json', {
      name: 'app',
      version: '1.0.0',
      dependencies: { ms: '*' }
    })
    await put('app/node_modules/ms/package.json', {
      name: 'ms',
      version: '2.1.3'
    })
    await put(
      'app/.venv/lib/python3.12/site-packages/six-1.16.0.dist-info/METADATA',
      'Name: six\nVersion: 1.16.0\n'
    )
    expect(await purls(false)).toEqual([
      'pkg:npm/ms@2.1.3',
      'pkg:pypi/six@1.16.0'
    ])
  })

  it('beside a lockfile only with installed: true', async () => {
    await put('app/package.json', LOCK.packages[''])
    await put('app/package-lock.json', LOCK)
    await put('app/node_modules/ms/package.json', {
      name: 'ms',
      version: '2.1.3'
    })
    await put('app/node_modules/stray/package.json', {
      name: 'stray',
      version: '0.1.0'
    })
    expect(await purls(false)).toEqual(['pkg:npm/ms@2.1.3'])
    expect(await purls(true)).toEqual([
      'pkg:npm/ms@2.1.3',
      'pkg:npm/stray@0.1.0'
    ])
  })

  it('a tree with neither is described by its files, each with its SHA-256', async () => {
    await put('app/README', 'nothing here')
    const [readme, ...rest] = await purls(false)
    expect(rest).toEqual([])
    expect(readme).toMatch(
      /^pkg:generic\/README\?checksum=sha256%3A[0-9a-f]{64}$/
    )
  })
})
