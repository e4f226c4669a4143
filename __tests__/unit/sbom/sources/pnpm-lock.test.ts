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

const v9 = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      a:
        specifier: ^1.0.0
        version: 1.0.0(b@2.0.0)
      lib:
        specifier: workspace:*
        version: link:packages/lib
    devDependencies:
      d:
        specifier: ^1.0.0
        version: 1.0.0
    optionalDependencies:
      o:
        specifier: ^1.0.0
        version: 1.0.0

  packages/lib:
    dependencies:
      str-cjs:
        specifier: npm:str@^4
        version: str@4.2.3
      local:
        specifier: file:../local
        version: file:local
      other:
        specifier: link:../../vendor/other
        version: link:../../vendor/other

packages:

  a@1.0.0:
    resolution: {integrity: ${sri('a')}}
    peerDependencies:
      b: ^2

  b@2.0.0:
    resolution: {integrity: ${sri('b')}}

  d@1.0.0:
    resolution: {integrity: ${sri('d')}}

  o@1.0.0:
    resolution: {integrity: ${sri('e')}}
    cpu: [arm64]

  str@4.2.3:
    resolution: {integrity: ${sri('c')}}

  local@file:local:
    resolution: {directory: local, type: directory}
    name: local
    version: 0.0.1

snapshots:

  a@1.0.0(b@2.0.0):
    dependencies:
      b: 2.0.0

  a@1.0.0(b@3.0.0):
    dependencies:
      b: 2.0.0

  b@2.0.0: {}

  d@1.0.0:
    dependencies:
      b: 2.0.0

  o@1.0.0:
    optional: true

  str@4.2.3: {}

  local@file:local: {}
`

describe('pnpm-lock.yaml 9.x', () => {
  const tree = {
    'pnpm-lock.yaml': v9,
    'package.json': json({ name: 'mono', version: '3.0.0' }),
    'packages/lib/package.json': json({ name: '@m/lib', version: '0.2.0' })
  }

  it('merges snapshots (peer variants) into their package; scope by the walk', () => {
    const graph = readTree(tree, 'pnpm-lock.yaml')
    expect(summary(graph)).toEqual([
      '@m/lib@0.2.0 required',
      'a@1.0.0 required',
      'b@2.0.0 required',
      'd@1.0.0 dev',
      'local@0.0.1 required',
      'o@1.0.0 optional',
      'other@ required',
      'str@4.2.3 required'
    ])
    expect(component(graph, 'other').origin).toEqual({
      kind: 'file',
      path: 'vendor/other',
      directory: true
    })
    expect(component(graph, '@m/lib').origin).toEqual({
      kind: 'workspace',
      path: 'packages/lib'
    })
    expect(component(graph, 'local').origin).toEqual({
      kind: 'file',
      path: 'local',
      directory: true
    })
    expect(component(graph, 'o').properties).toEqual({
      'provenant:cpu': 'arm64'
    })
  })

  it('links importers to workspace members and members to their dependencies', () => {
    const graph = readTree(tree, 'pnpm-lock.yaml')
    expect(dependsOn(graph, graph.root.ref)).toEqual([
      '@m/lib@0.2.0',
      'a@1.0.0',
      'd@1.0.0',
      'o@1.0.0'
    ])
    expect(dependsOn(graph, component(graph, '@m/lib').ref)).toEqual([
      'local@0.0.1',
      'other@',
      'str@4.2.3'
    ])
  })
})

describe('pnpm-lock.yaml errors', () => {
  it.each([
    [
      'an unknown lockfileVersion',
      'SBOM_LOCKFILE_VERSION',
      'line 1, key lockfileVersion',
      "lockfileVersion: '10.0'\n"
    ],
    [
      'malformed YAML',
      'SBOM_LOCKFILE_INVALID',
      'line 4',
      "lockfileVersion: '9.0'\npackages:\n  a@1: {resolution: [\n"
    ]
  ])('%s -> %s at %s', (_name, code, where, text) => {
    expectInputError(
      () => readTree({ 'pnpm-lock.yaml': text }, 'pnpm-lock.yaml'),
      code,
      'pnpm-lock.yaml',
      where
    )
  })
})
