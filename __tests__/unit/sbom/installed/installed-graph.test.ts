import { describe, expect, it } from '@jest/globals'
import { buildInstalledGraph } from '../../../../src/lib/sbom/installed/installed-graph.js'
import type { FileSet } from '../../../../src/lib/sbom/installed/file-set.js'
import type { RootComponent } from '../../../../src/lib/sbom/model.js'

const ROOT: RootComponent = {
  ref: 'pkg:npm/app@1.0.0',
  ecosystem: 'npm',
  name: 'app',
  version: '1.0.0',
  purl: 'pkg:npm/app@1.0.0',
  type: 'application',
  hashes: [],
  licenses: []
}

function files(map: Record<string, string>): FileSet {
  return { paths: Object.keys(map).sort(), read: (p) => map[p] }
}

const pkg = (name: string, version: string, extra: object = {}): string =>
  JSON.stringify({ name, version, ...extra })

describe('installed trees', () => {
  it('node_modules: every package folder at any depth, edges as Node resolves them', () => {
    const graph = buildInstalledGraph(
      files({
        'package.json': pkg('app', '1.0.0', { dependencies: { a: '^1' } }),
        'node_modules/a/package.json': pkg('a', '1.0.0', {
          dependencies: { b: '*' },
          _resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
          _integrity: 'sha512-' + Buffer.alloc(64, 1).toString('base64')
        }),
        'node_modules/a/node_modules/b/package.json': pkg('b', '2.0.0'),
        'node_modules/b/package.json': pkg('b', '1.0.0'),
        'node_modules/@s/c/package.json': pkg('@s/c', '3.0.0'),
        'node_modules/a/lib/package.json': pkg('not-a-package', '0.0.1'),
        'node_modules/.bin/package.json': pkg('bin', '0.0.1')
      }),
      ROOT
    )
    expect(graph.components.map((c) => c.purl).sort()).toEqual([
      'pkg:npm/%40s/c@3.0.0',
      'pkg:npm/a@1.0.0',
      'pkg:npm/b@1.0.0',
      'pkg:npm/b@2.0.0'
    ])
    const a = graph.components.find((c) => c.name === 'a')!
    expect(a.hashes).toEqual([{ algorithm: 'SHA-512', value: '01'.repeat(64) }])
    expect(a.origin).toEqual({
      kind: 'registry',
      url: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz'
    })
    expect(graph.dependencies).toContainEqual({
      ref: 'pkg:npm/a@1.0.0',
      dependsOn: ['pkg:npm/b@2.0.0']
    })
    expect(graph.dependencies).toContainEqual({
      ref: ROOT.ref,
      dependsOn: ['pkg:npm/a@1.0.0']
    })
  })

  it('Python: dist-info and egg-info, and vendored code nested in its carrier', () => {
    const site = 'lib/python3.12/site-packages'
    const graph = buildInstalledGraph(
      files({
        [`${site}/pip-24.0.dist-info/METADATA`]:
          'Name: pip\nVersion: 24.0\nLicense: MIT\n',
        [`${site}/pip-24.0.dist-info/RECORD`]:
          'pip/__init__.py,sha256=abc,10\npip-24.0.dist-info/METADATA,,\n',
        [`${site}/pip/_vendor/vendor.txt`]:
          'CacheControl==0.14.0  # comment\n  certifi==2024.2.2\n# nothing\n',
        [`${site}/six.egg-info/PKG-INFO`]: 'Name: six\nVersion: 1.16.0\n'
      }),
      ROOT
    )
    const pip = graph.components.find((c) => c.name === 'pip')!
    expect(pip.properties['provenant:python:record-files']).toBe('2')
    const vendored = graph.components.filter((c) => c.kind === 'vendored')
    expect(vendored.map((c) => [c.name, c.version, c.containedBy])).toEqual([
      ['cachecontrol', '0.14.0', pip.ref],
      ['certifi', '2024.2.2', pip.ref]
    ])
    expect(
      graph.components.some((c) => c.name === 'six' && c.version === '1.16.0')
    ).toBe(true)
  })

  it('Go and Cargo vendor folders, nested in the root', () => {
    const graph = buildInstalledGraph(
      files({
        'vendor/modules.txt': [
          '# github.com/pkg/errors v0.9.1',
          '## explicit',
          'github.com/pkg/errors',
          '# golang.org/x/text v0.7.0 => golang.org/x/text v0.8.0',
          '# example.com/local v0.0.0 => ./local',
          '# example.com/local => ./local'
        ].join('\n'),
        'vendor/itoa/Cargo.toml':
          '[package]\nname = "itoa"\nversion = "1.0.11"\nlicense = "MIT OR Apache-2.0"\n',
        'vendor/itoa/.cargo-checksum.json': JSON.stringify({
          files: {},
          package: 'ab'.repeat(32)
        })
      }),
      ROOT
    )
    expect(
      graph.components.map((c) => [c.purl, c.containedBy, c.kind])
    ).toEqual([
      ['pkg:golang/github.com/pkg/errors@v0.9.1', ROOT.ref, 'vendored'],
      ['pkg:golang/golang.org/x/text@v0.8.0', ROOT.ref, 'vendored'],
      ['pkg:golang/example.com/local@v0.0.0', ROOT.ref, 'vendored'],
      ['pkg:cargo/itoa@1.0.11', ROOT.ref, 'vendored']
    ])
    expect(graph.components[3]!.hashes).toEqual([
      { algorithm: 'SHA-256', value: 'ab'.repeat(32) }
    ])
  })
})
