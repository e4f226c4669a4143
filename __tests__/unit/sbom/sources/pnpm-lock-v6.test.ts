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

const v6 = `lockfileVersion: '6.0'

settings:
  autoInstallPeers: true

dependencies:
  a:
    specifier: ^1.0.0
    version: 1.0.0(b@2.0.0)
  str-cjs:
    specifier: npm:str@^4
    version: /str@4.2.3

devDependencies:
  tool:
    specifier: github:o/tool
    version: github.com/o/tool/abc123

packages:

  /a@1.0.0(b@2.0.0):
    resolution: {integrity: ${sri('a')}}
    peerDependencies:
      b: ^2
    dependencies:
      b: 2.0.0
    dev: false

  /b@2.0.0:
    resolution: {integrity: ${sri('b')}}
    os: [darwin, linux]
    dev: false

  /str@4.2.3:
    resolution: {integrity: ${sri('c')}}
    dev: false

  github.com/o/tool/abc123:
    resolution: {tarball: https://codeload.github.com/o/tool/tar.gz/abc123}
    name: tool
    version: 0.9.0
    dependencies:
      b: 2.0.0
    dev: true
`

describe('pnpm-lock.yaml 6.x', () => {
  const tree = {
    'pnpm-lock.yaml': v6,
    'package.json': json({ name: 'app', version: '1.0.0' })
  }

  it('reads packages with peer suffixes dropped and the dev flag as the scope', () => {
    const graph = readTree(tree, 'pnpm-lock.yaml')
    expect(summary(graph)).toEqual([
      'a@1.0.0 required',
      'b@2.0.0 required',
      'str@4.2.3 required',
      'tool@0.9.0 dev'
    ])
    expect(component(graph, 'a').purl).toBe('pkg:npm/a@1.0.0')
    expect(component(graph, 'a').hashes).toEqual([
      { algorithm: 'SHA-512', value: hex('a') }
    ])
    expect(component(graph, 'b').properties).toEqual({
      'provenant:os': 'darwin,linux'
    })
    expect(component(graph, 'tool').origin).toEqual({
      kind: 'git',
      url: 'https://github.com/o/tool.git',
      commit: 'abc123'
    })
  })

  it('resolves the project and package dependencies, aliases included', () => {
    const graph = readTree(tree, 'pnpm-lock.yaml')
    expect(dependsOn(graph, graph.root.ref)).toEqual([
      'a@1.0.0',
      'str@4.2.3',
      'tool@0.9.0'
    ])
    expect(dependsOn(graph, component(graph, 'a').ref)).toEqual(['b@2.0.0'])
  })
})
