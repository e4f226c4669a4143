import { describe, expect, it } from '@jest/globals'
import {
  component,
  dependsOn,
  json,
  readTree,
  summary
} from '../../../helpers/sbom-tree.js'

const hex = (c: string): string => c.repeat(128)
const sri = (c: string): string =>
  `sha512-${Buffer.from(hex(c), 'hex').toString('base64')}`
const SHA1 = '0123456789abcdef0123456789abcdef01234567'

const manifest = json({
  name: 'app',
  version: '1.0.0',
  license: 'MIT',
  workspaces: ['packages/*'],
  dependencies: {
    a: '^1',
    'str-cjs': 'npm:str@^4',
    gitdep: 'github:o/gitdep',
    tar: 'https://x.test/tar.tgz'
  },
  devDependencies: { '@s/dev': '^2' },
  optionalDependencies: { opt: '^1' }
})

const v3 = json({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  packages: {
    '': JSON.parse(manifest) as unknown,
    'node_modules/a': {
      version: '1.0.0',
      integrity: `${sri('a')} sha1-${Buffer.from(SHA1, 'hex').toString('base64')}`,
      license: 'MIT',
      dependencies: { b: '^1' }
    },
    'node_modules/b': { version: '1.0.0', integrity: sri('b') },
    'node_modules/@s/dev': {
      version: '2.0.0',
      dev: true,
      integrity: sri('c'),
      dependencies: { b: '^2' }
    },
    'node_modules/@s/dev/node_modules/b': {
      version: '2.0.0',
      dev: true,
      integrity: sri('d')
    },
    'node_modules/str-cjs': {
      name: 'str',
      version: '4.2.3',
      integrity: sri('e')
    },
    'node_modules/gitdep': {
      version: '0.1.0',
      resolved: `git+ssh://git@github.com/o/gitdep.git#${SHA1}`
    },
    'node_modules/tar': {
      version: '3.0.0',
      resolved: 'https://x.test/tar.tgz',
      integrity: sri('f')
    },
    'node_modules/opt': {
      version: '1.0.0',
      optional: true,
      os: ['darwin'],
      integrity: sri('1')
    },
    'node_modules/w': { resolved: 'packages/w', link: true },
    'packages/w': {
      name: 'w',
      version: '0.0.1',
      dependencies: { a: '^1' },
      devDependencies: { '@s/dev': '^2' }
    }
  }
})

const tree = {
  'package.json': manifest,
  'package-lock.json': v3,
  'packages/w/package.json': json({ name: 'w' })
}

describe('npm package-lock.json v2/v3', () => {
  it('reads every entry, merges nested copies by purl, and keeps flags as scopes', () => {
    const graph = readTree(tree, 'package-lock.json')
    expect(graph.root).toMatchObject({
      name: 'app',
      version: '1.0.0',
      purl: 'pkg:npm/app@1.0.0',
      licenses: ['MIT']
    })
    expect(summary(graph)).toEqual([
      '@s/dev@2.0.0 dev',
      'a@1.0.0 required',
      'b@1.0.0 required',
      'b@2.0.0 dev',
      'gitdep@0.1.0 required',
      'opt@1.0.0 optional',
      'str@4.2.3 required',
      'tar@3.0.0 required',
      'w@0.0.1 required'
    ])
  })

  it.each([
    ['a', 'pkg:npm/a@1.0.0', { kind: 'registry' }],
    ['@s/dev', 'pkg:npm/%40s/dev@2.0.0', { kind: 'registry' }],
    ['str', 'pkg:npm/str@4.2.3', { kind: 'alias', alias: 'str-cjs' }],
    [
      'gitdep',
      `pkg:npm/gitdep@0.1.0?vcs_url=git%2Bssh%3A%2F%2Fgit%40github.com%2Fo%2Fgitdep.git%23${SHA1}`,
      {
        kind: 'git',
        url: 'git+ssh://git@github.com/o/gitdep.git',
        commit: SHA1
      }
    ],
    [
      'tar',
      'pkg:npm/tar@3.0.0?download_url=https%3A%2F%2Fx.test%2Ftar.tgz',
      { kind: 'url', url: 'https://x.test/tar.tgz' }
    ],
    ['w', 'pkg:npm/w@0.0.1', { kind: 'workspace', path: 'packages/w' }]
  ])('%s: purl %s and its origin', (name, purl, origin) => {
    const found = component(readTree(tree, 'package-lock.json'), name)
    expect(found.purl).toBe(purl)
    expect(found.origin).toEqual(origin)
  })

  it('converts SRI integrity to hex hashes and keeps license, os and alias facts', () => {
    const graph = readTree(tree, 'package-lock.json')
    expect(component(graph, 'a').hashes).toEqual([
      { algorithm: 'SHA-512', value: hex('a') },
      { algorithm: 'SHA-1', value: SHA1 }
    ])
    expect(component(graph, 'a').licenses).toEqual(['MIT'])
    expect(component(graph, 'opt').properties).toEqual({
      'provenant:os': 'darwin'
    })
    expect(component(graph, 'str').properties).toEqual({
      'provenant:alias': 'str-cjs'
    })
    expect(component(graph, 'gitdep').hashes).toEqual([])
  })

  it.each([
    ['a list of strings', ['MIT', 'Apache2'], ['MIT', 'Apache2']],
    ['a legacy object', { type: 'BSD' }, ['BSD']],
    ['a list of objects', [{ type: 'MIT' }, { url: 'x' }], ['MIT']]
  ])(
    'reads a license written as %s, as npm copies it into the lockfile',
    (_, license, expected) => {
      const lock = json({
        name: 'app',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', version: '1.0.0', dependencies: { p: '0.0.11' } },
          'node_modules/p': { version: '0.0.11', license }
        }
      })
      const graph = readTree({ 'package-lock.json': lock }, 'package-lock.json')
      expect(component(graph, 'p').licenses).toEqual(expected)
    }
  )

  it('resolves dependencies from the nearest node_modules, links to workspaces', () => {
    const graph = readTree(tree, 'package-lock.json')
    expect(dependsOn(graph, graph.root.ref)).toEqual([
      '@s/dev@2.0.0',
      'a@1.0.0',
      'gitdep@0.1.0',
      'opt@1.0.0',
      'str@4.2.3',
      'tar@3.0.0',
      'w@0.0.1'
    ])
    expect(dependsOn(graph, component(graph, '@s/dev').ref)).toEqual([
      'b@2.0.0'
    ])
    expect(dependsOn(graph, component(graph, 'a').ref)).toEqual(['b@1.0.0'])
    expect(dependsOn(graph, component(graph, 'w').ref)).toEqual([
      '@s/dev@2.0.0',
      'a@1.0.0'
    ])
  })

  it('reads npm-shrinkwrap.json the same way, and v2 from its packages map', () => {
    const v2 = json({
      ...(JSON.parse(v3) as object),
      lockfileVersion: 2,
      dependencies: { ignored: { version: '9.9.9' } }
    })
    const shrinkwrap = readTree(
      { ...tree, 'npm-shrinkwrap.json': v2 },
      'npm-shrinkwrap.json'
    )
    expect(summary(shrinkwrap)).toEqual(
      summary(readTree(tree, 'package-lock.json'))
    )
  })

  it('keeps a file: folder dependency as a local directory, not a package', () => {
    const lock = json({
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', dependencies: { lib: 'file:../lib' } },
        'node_modules/lib': { resolved: '../lib', link: true },
        '../lib': { name: 'lib', version: '2.0.0' }
      }
    })
    const lib = component(
      readTree({ 'app/package-lock.json': lock }, 'app/package-lock.json'),
      'lib'
    )
    expect(lib.origin).toEqual({ kind: 'file', path: 'lib', directory: true })
  })
})
