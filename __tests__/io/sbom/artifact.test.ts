/** Built artifacts made here: every kind, and broken ones. */
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readArtifact } from '../../../src/io/sbom/artifact.js'
import { tgz, wheel, zip } from '../../helpers/archives.js'

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-artifact-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

async function fixture(
  name: string,
  data: Uint8Array | string
): Promise<string> {
  const file = path.join(tmp, name)
  await writeFile(file, data)
  return file
}

describe('readArtifact on made artifacts', () => {
  it('describes any other file by its SHA-256 and SHA-512', async () => {
    const file = await fixture('tool-linux-amd64', 'binary bytes')
    const { kind, graph } = await readArtifact(file, 'dist/tool-linux-amd64')
    const sha256 = createHash('sha256').update('binary bytes').digest('hex')
    expect(kind).toBe('file')
    expect(graph.root).toMatchObject({
      type: 'file',
      name: 'tool-linux-amd64',
      // Encoded as packageurl-js encodes it.
      purl: `pkg:generic/tool-linux-amd64?checksum=sha256%3A${sha256}`,
      hashes: [
        { algorithm: 'SHA-256', value: sha256 },
        {
          algorithm: 'SHA-512',
          value: createHash('sha512').update('binary bytes').digest('hex')
        }
      ]
    })
    expect(graph.components).toEqual([])
  })

  it('takes a wheel’s runtime requirements, not its extras', async () => {
    const metadata = [
      'Metadata-Version: 2.4',
      'Name: Demo_Pkg',
      'Version: 1.0',
      'License-Expression: MIT OR Apache-2.0',
      'Requires-Dist: requests (>=2.0)',
      'Requires-Dist: idna==3.4',
      'Requires-Dist: colorama ; sys_platform == "win32"',
      'Requires-Dist: pytest ; extra == "test"',
      '',
      'Body text: not a header'
    ].join('\n')
    const file = await fixture(
      'demo_pkg-1.0-py3-none-any.whl',
      wheel({
        distInfo: 'demo_pkg-1.0.dist-info',
        metadata,
        files: { 'demo_pkg/__init__.py': '' }
      })
    )
    const { graph } = await readArtifact(
      file,
      'dist/demo_pkg-1.0-py3-none-any.whl'
    )
    expect(graph.root).toMatchObject({
      name: 'demo-pkg',
      version: '1.0',
      licenses: ['MIT OR Apache-2.0']
    })
    expect(graph.components.map((c) => [c.name, c.version, c.scope])).toEqual([
      ['requests', '', 'required'],
      ['idna', '3.4', 'required'],
      ['colorama', '', 'optional']
    ])
    expect(graph.dependencies).toEqual([
      { ref: graph.root.ref, dependsOn: graph.components.map((c) => c.ref) }
    ])
  })

  it('reads an npm tarball’s bundled npm-shrinkwrap.json for its dependencies', async () => {
    const manifest = {
      name: '@acme/cli',
      version: '2.0.0',
      license: 'ISC',
      dependencies: { ms: '^2.1.0' }
    }
    const shrinkwrap = {
      name: '@acme/cli',
      version: '2.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': {
          name: '@acme/cli',
          version: '2.0.0',
          dependencies: { ms: '^2.1.0' }
        },
        'node_modules/ms': {
          version: '2.1.3',
          integrity:
            'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
          license: 'MIT'
        }
      }
    }
    const file = await fixture(
      'acme-cli-2.0.0.tgz',
      tgz([
        { path: 'package/package.json', data: JSON.stringify(manifest) },
        {
          path: 'package/npm-shrinkwrap.json',
          data: JSON.stringify(shrinkwrap)
        }
      ])
    )
    const { kind, graph } = await readArtifact(file, 'acme-cli-2.0.0.tgz')
    expect(kind).toBe('npm')
    expect(graph.root).toMatchObject({
      name: '@acme/cli',
      purl: 'pkg:npm/%40acme/cli@2.0.0',
      licenses: ['ISC']
    })
    expect(
      graph.components.map((c) => [c.purl, c.licenses, c.hashes.length])
    ).toEqual([['pkg:npm/ms@2.1.3', ['MIT'], 1]])
    expect(graph.dependencies).toContainEqual({
      ref: graph.root.ref,
      dependsOn: ['pkg:npm/ms@2.1.3']
    })
    expect(graph.sources).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/npm-shrinkwrap.json'
      ])
    )
  })

  it('takes exact versions of bundled dependencies, and declared ranges otherwise', async () => {
    const manifest = {
      name: 'bundler',
      version: '1.0.0',
      dependencies: { left: '^1.0.0', right: '2.0.0' },
      optionalDependencies: { fs: 'npm:fsevents@^2' },
      bundleDependencies: ['left']
    }
    const file = await fixture(
      'bundler-1.0.0.tgz',
      tgz([
        { path: 'package/package.json', data: JSON.stringify(manifest) },
        {
          path: 'package/node_modules/left/package.json',
          data: '{"name":"left","version":"1.4.2","license":"MIT"}'
        }
      ])
    )
    const { graph } = await readArtifact(file, 'bundler-1.0.0.tgz')
    expect(
      graph.components.map((c) => [c.name, c.version, c.scope, c.origin.kind])
    ).toEqual([
      ['left', '1.4.2', 'required', 'registry'],
      ['right', '2.0.0', 'required', 'registry'],
      ['fsevents', '', 'optional', 'alias']
    ])
  })
})

describe('readArtifact on bad input', () => {
  it.each([
    [
      'a zip that is not a wheel',
      () => zip({ 'hello.txt': 'hi' }),
      'SBOM_NOT_A_WHEEL',
      /dist\/x-1\.0-py3-none-any\.whl: not a wheel: the zip has no <name>-<version>\.dist-info\/METADATA/
    ],
    [
      'a file that is not a zip',
      () => 'plain text',
      'SBOM_NOT_A_WHEEL',
      /not a wheel: it is not a zip archive/
    ],
    [
      'a wheel whose RECORD does not match',
      () =>
        wheel({
          distInfo: 'x-1.0.dist-info',
          metadata: 'Name: x\nVersion: 1.0\n',
          files: { 'x/__init__.py': 'print(1)' },
          tamper: 'x/__init__.py'
        }),
      'SBOM_WHEEL_RECORD_MISMATCH',
      /x\/__init__\.py \(sha256 differs from RECORD\)/
    ]
  ])('rejects %s given a .whl name', async (_, make, code, message) => {
    const file = await fixture('x-1.0-py3-none-any.whl', make())
    await expect(
      readArtifact(file, 'dist/x-1.0-py3-none-any.whl')
    ).rejects.toMatchObject({
      kind: 'input',
      code,
      message: expect.stringMatching(message) as unknown
    })
  })

  it.each([
    ['not gzip at all', (): Uint8Array | string => 'not gzip'],
    [
      'cut short',
      (): Uint8Array | string =>
        tgz([{ path: 'package/package.json', data: '{}' }]).subarray(0, 40)
    ]
  ])('rejects a .tgz that is %s', async (_, make) => {
    const file = await fixture('broken.tgz', make())
    await expect(readArtifact(file, 'broken.tgz')).rejects.toMatchObject({
      kind: 'input',
      code: 'SBOM_ARTIFACT_UNREADABLE',
      message: expect.stringContaining(
        'broken.tgz: not a readable gzip-compressed tar archive'
      ) as unknown
    })
  })

  it('rejects an npm tarball whose package.json is broken, naming the member', async () => {
    const file = await fixture(
      'bad-1.0.0.tgz',
      tgz([{ path: 'package/package.json', data: '{"name": ' }])
    )
    await expect(readArtifact(file, 'bad-1.0.0.tgz')).rejects.toMatchObject({
      code: 'SBOM_ARTIFACT_METADATA',
      message: expect.stringContaining(
        'bad-1.0.0.tgz: package/package.json is not a valid package.json'
      ) as unknown
    })
  })
})
