import { describe, expect, it } from '@jest/globals'
import {
  component,
  dependsOn,
  expectInputError,
  readTree,
  summary
} from '../../../helpers/sbom-tree.js'

const h1 = (c: string): string =>
  `h1:${Buffer.from(c.repeat(64), 'hex').toString('base64')}`

const goMod = `module github.com/acme/tool

go 1.22

require github.com/a/one v1.2.3

require (
	github.com/b/two v0.0.0-20240101000000-abcdefabcdef // indirect
	github.com/c/three v1.0.0
	example.com/local v0.1.0
	"github.com/d/quoted" v2.0.0+incompatible
)

replace github.com/c/three v1.0.0 => github.com/fork/three v1.0.1

replace example.com/local => ../local
`

const goSum = `github.com/a/one v1.2.3 ${h1('a')}
github.com/a/one v1.2.3/go.mod ${h1('b')}
github.com/b/two v0.0.0-20240101000000-abcdefabcdef/go.mod ${h1('c')}
github.com/fork/three v1.0.1 ${h1('d')}
github.com/c/three v1.0.0 ${h1('e')}
github.com/d/quoted v2.0.0+incompatible ${h1('f')}
github.com/unused/only v1.0.0/go.mod ${h1('1')}
`

describe('go.mod + go.sum', () => {
  const tree = { 'tool/go.mod': goMod, 'tool/go.sum': goSum }

  it('one package per require; replacements applied; /go.mod lines make no package', () => {
    const graph = readTree(tree, 'tool/go.mod')
    expect(graph.root.purl).toBe('pkg:golang/github.com/acme/tool')
    expect(summary(graph)).toEqual([
      'example.com/local@ required',
      'github.com/a/one@v1.2.3 required',
      'github.com/b/two@v0.0.0-20240101000000-abcdefabcdef required',
      'github.com/d/quoted@v2.0.0+incompatible required',
      'github.com/fork/three@v1.0.1 required'
    ])
    expect(dependsOn(graph, graph.root.ref)).toHaveLength(5)
  })

  it('keeps the module h1 as a SHA-256 hash and verbatim; a go.mod-only sum gives no hash', () => {
    const graph = readTree(tree, 'tool/go.mod')
    const one = component(graph, 'github.com/a/one')
    expect(one.purl).toBe('pkg:golang/github.com/a/one@v1.2.3')
    expect(one.hashes).toEqual([
      { algorithm: 'SHA-256', value: 'a'.repeat(64) }
    ])
    expect(one.properties).toEqual({ 'provenant:go-h1': h1('a') })
    const two = component(graph, 'github.com/b/two')
    expect(two.hashes).toEqual([])
    expect(two.properties).toEqual({ 'provenant:go-indirect': 'true' })
  })

  it('a module replacement is the code built; a local replacement a local folder', () => {
    const graph = readTree(tree, 'tool/go.mod')
    const fork = component(graph, 'github.com/fork/three')
    expect(fork.hashes).toEqual([
      { algorithm: 'SHA-256', value: 'd'.repeat(64) }
    ])
    expect(fork.properties['provenant:go-replaces']).toBe(
      'github.com/c/three@v1.0.0'
    )
    const local = component(graph, 'example.com/local')
    expect(local.origin).toEqual({
      kind: 'file',
      path: 'local',
      directory: true
    })
    expect(local.hashes).toEqual([])
  })

  it.each([
    [
      'an unclosed block',
      'tool/go.mod',
      'line 3',
      { 'tool/go.mod': 'module x\n\nrequire (\n\ta v1\n' }
    ],
    [
      'an unknown directive',
      'tool/go.mod',
      'line 2',
      { 'tool/go.mod': 'module x\nrequires a v1\n' }
    ],
    [
      'a bad go.sum line',
      'tool/go.sum',
      'line 1',
      { 'tool/go.mod': 'module x\n', 'tool/go.sum': 'a v1\n' }
    ],
    [
      'a truncated h1 hash',
      'tool/go.sum',
      'line 2',
      {
        'tool/go.mod': 'module x\n',
        'tool/go.sum': `a v1 ${h1('a')}\nb v2 h1:5Nx0Ya0Zq`
      }
    ]
  ])(
    '%s -> SBOM_LOCKFILE_INVALID naming %s %s',
    (_name, file, where, files) => {
      expectInputError(
        () => readTree(files, 'tool/go.mod'),
        'SBOM_LOCKFILE_INVALID',
        file,
        where
      )
    }
  )
})
