import { describe, expect, it } from '@jest/globals'
import {
  component,
  dependsOn,
  expectInputError,
  readTree,
  summary
} from '../../../helpers/sbom-tree.js'

const h = (c: string): string => c.repeat(64)

const poetry11 = `[[package]]
name = "Attrs"
version = "21.4.0"
category = "dev"
optional = false

[[package]]
name = "chardet"
version = "5.0.0"
category = "main"
optional = false

[package.dependencies]
attrs = ">=21"

[[package]]
name = "chardet"
version = "4.0.0"
category = "main"
optional = false

[metadata]
lock-version = "1.1"

[metadata.files]
attrs = [{file = "attrs-21.4.0-py2.py3-none-any.whl", hash = "sha256:${h('a')}"}]
chardet = [
  {file = "chardet-5.0.0.tar.gz", hash = "sha256:${h('b')}"},
  {file = "chardet-4.0.0.tar.gz", hash = "sha256:${h('c')}"},
]
`

const poetry20 = `[[package]]
name = "py-serializable"
version = "0.11.1"
optional = false
files = [{file = "py_serializable-0.11.1.tar.gz", hash = "sha256:${h('d')}"}]

[package.dependencies]
defusedxml = ">=0.7.1,<0.8.0"

[[package]]
name = "defusedxml"
version = "0.7.1"
optional = false
files = [{file = "defusedxml-0.7.1.tar.gz", hash = "sha256:${h('e')}"}]

[[package]]
name = "mylib"
version = "0.1.0"
optional = false
files = []

[package.source]
type = "git"
url = "https://github.com/o/mylib.git"
reference = "main"
resolved_reference = "abc123"

[[package]]
name = "ddt"
version = "1.6.0"
optional = false
files = [{file = "ddt-1.6.0.tar.gz", hash = "sha256:${h('f')}"}]

[metadata]
lock-version = "2.0"
`

describe('poetry.lock', () => {
  it('1.1: category scopes, [metadata.files] hashes split by version', () => {
    const graph = readTree({ 'poetry.lock': poetry11 }, 'poetry.lock')
    expect(summary(graph)).toEqual([
      'attrs@21.4.0 dev',
      'chardet@4.0.0 required',
      'chardet@5.0.0 required'
    ])
    expect(component(graph, 'chardet', '5.0.0').hashes).toEqual([
      { algorithm: 'SHA-256', value: h('b') }
    ])
    expect(component(graph, 'chardet', '4.0.0').hashes).toEqual([
      { algorithm: 'SHA-256', value: h('c') }
    ])
    expect(dependsOn(graph, component(graph, 'chardet', '5.0.0').ref)).toEqual([
      'attrs@21.4.0'
    ])
  })

  it('2.0 without category: dev-only by the walk from pyproject.toml', () => {
    const pyproject = `[tool.poetry]\nname = "My_Lib"\nversion = "4.1.0"\nlicense = "Apache-2.0"\n\n[tool.poetry.dependencies]\npython = "^3.8"\npy-serializable = "^0.11"\nmylib = {git = "https://github.com/o/mylib.git"}\n\n[tool.poetry.group.dev.dependencies]\nddt = "^1.6.0"\n`
    const graph = readTree(
      { 'poetry.lock': poetry20, 'pyproject.toml': pyproject },
      'poetry.lock'
    )
    expect(graph.root).toMatchObject({
      purl: 'pkg:pypi/my-lib@4.1.0',
      licenses: ['Apache-2.0']
    })
    expect(summary(graph)).toEqual([
      'ddt@1.6.0 dev',
      'defusedxml@0.7.1 required',
      'mylib@0.1.0 required',
      'py-serializable@0.11.1 required'
    ])
    expect(component(graph, 'mylib').origin).toEqual({
      kind: 'git',
      url: 'https://github.com/o/mylib.git',
      commit: 'abc123'
    })
  })

  it.each([
    [
      'an unknown lock-version',
      'SBOM_LOCKFILE_VERSION',
      'metadata.lock-version',
      '[metadata]\nlock-version = "3.0"\n'
    ],
    [
      'broken TOML',
      'SBOM_LOCKFILE_INVALID',
      'line 2',
      '[[package]]\nname = "a\n'
    ],
    [
      'a package without version',
      'SBOM_LOCKFILE_INVALID',
      'package[0]',
      '[[package]]\nname = "a"\n'
    ]
  ])('%s -> %s at %s', (_name, code, where, text) => {
    expectInputError(
      () => readTree({ 'poetry.lock': text }, 'poetry.lock'),
      code,
      'poetry.lock',
      where
    )
  })
})
