import { describe, expect, it } from '@jest/globals'
import {
  component,
  dependsOn,
  expectInputError,
  json,
  readTree,
  summary
} from '../../../helpers/sbom-tree.js'

const hex = (c: string): string => c.repeat(128)

const sri = (c: string): string =>
  `sha512-${Buffer.from(hex(c), 'hex').toString('base64')}`

const SHA1 = '0123456789abcdef0123456789abcdef01234567'

describe('npm package-lock.json v1', () => {
  const lock = json({
    name: 'old',
    version: '2.0.0',
    lockfileVersion: 1,
    requires: true,
    dependencies: {
      a: { version: '1.0.0', integrity: sri('a'), requires: { b: '^1.0.0' } },
      b: { version: '1.0.0', integrity: sri('b') },
      dev: {
        version: '3.0.0',
        dev: true,
        integrity: sri('c'),
        requires: { b: '^2.0.0' },
        dependencies: {
          b: { version: '2.0.0', dev: true, integrity: sri('d') }
        }
      },
      'str-cjs': { version: 'npm:str@4.2.3', integrity: sri('e') },
      gitdep: {
        version: `git+https://github.com/o/gitdep.git#${SHA1}`,
        from: 'git+https://github.com/o/gitdep.git'
      },
      opt: { version: '1.0.0', optional: true, integrity: sri('f') }
    }
  })
  const files = {
    'package-lock.json': lock,
    'package.json': json({
      name: 'old',
      version: '2.0.0',
      dependencies: { a: '^1', 'str-cjs': 'npm:str@^4', gitdep: 'o/gitdep' },
      devDependencies: { dev: '^3' },
      optionalDependencies: { opt: '^1' }
    })
  }

  it('walks the nested tree, resolves requires up the chain of parents', () => {
    const graph = readTree(files, 'package-lock.json')
    expect(summary(graph)).toEqual([
      'a@1.0.0 required',
      'b@1.0.0 required',
      'b@2.0.0 dev',
      'dev@3.0.0 dev',
      'gitdep@ required',
      'opt@1.0.0 optional',
      'str@4.2.3 required'
    ])
    expect(dependsOn(graph, component(graph, 'dev').ref)).toEqual(['b@2.0.0'])
    expect(dependsOn(graph, graph.root.ref)).toEqual([
      'a@1.0.0',
      'dev@3.0.0',
      'gitdep@',
      'opt@1.0.0',
      'str@4.2.3'
    ])
    expect(component(graph, 'str').origin).toEqual({
      kind: 'alias',
      alias: 'str-cjs'
    })
    expect(component(graph, 'gitdep').origin).toEqual({
      kind: 'git',
      url: 'git+https://github.com/o/gitdep.git',
      commit: SHA1
    })
  })
})

describe('npm lockfile errors', () => {
  it.each([
    [
      'malformed JSON',
      'SBOM_LOCKFILE_INVALID',
      'line 3',
      '{\n  "lockfileVersion": 3,\n  "packages": {,\n}'
    ],
    [
      'a truncated file',
      'SBOM_LOCKFILE_INVALID',
      'line 4',
      '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {'
    ],
    [
      'an unknown lockfileVersion',
      'SBOM_LOCKFILE_VERSION',
      'line 2, key lockfileVersion',
      '{\n  "lockfileVersion": 4,\n  "packages": {}\n}'
    ],
    [
      'v3 without packages',
      'SBOM_LOCKFILE_INVALID',
      'packages',
      '{\n  "lockfileVersion": 3\n}'
    ],
    [
      'an entry that is not an object',
      'SBOM_LOCKFILE_INVALID',
      'line 4',
      '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/x": 1\n  }\n}'
    ],
    [
      'a digest that does not decode',
      'SBOM_LOCKFILE_INVALID',
      'key packages["node_modules/x"].integrity',
      '{"lockfileVersion": 3, "packages": {"node_modules/x": {"version": "1.0.0", "integrity": "sha512-abc"}}}'
    ]
  ])('%s -> %s naming the file and %s', (_name, code, where, text) => {
    expectInputError(
      () => readTree({ 'package-lock.json': text }, 'package-lock.json'),
      code,
      'package-lock.json',
      where
    )
  })
})
