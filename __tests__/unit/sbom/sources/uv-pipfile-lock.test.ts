import { describe, expect, it } from '@jest/globals'
import {
  component,
  dependsOn,
  expectInputError,
  json,
  readTree,
  summary
} from '../../../helpers/sbom-tree.js'

const h = (c: string): string => c.repeat(64)

const uv = `version = 1
revision = 3

[[package]]
name = "app"
version = "1.0.0"
source = { editable = "." }
dependencies = [{ name = "requests", extra = ["socks"] }]

[package.optional-dependencies]
async = [{ name = "anyio" }]

[package.dev-dependencies]
dev = [{ name = "pytest" }]

[[package]]
name = "requests"
version = "2.32.0"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://x.test/requests-2.32.0.tar.gz", hash = "sha256:${h('a')}" }
wheels = [{ url = "https://x.test/requests-2.32.0-py3-none-any.whl", hash = "sha256:${h('b')}" }]

[package.optional-dependencies]
socks = [{ name = "pysocks" }]

[[package]]
name = "pysocks"
version = "1.7.1"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://x.test/PySocks-1.7.1.tar.gz", hash = "sha256:${h('c')}" }

[[package]]
name = "anyio"
version = "4.0.0"
source = { registry = "https://mirror.test/simple" }
wheels = [{ url = "https://x.test/anyio-4.0.0-py3-none-any.whl", hash = "sha256:${h('d')}" }]

[[package]]
name = "pytest"
version = "8.0.0"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "pysocks" }]
sdist = { url = "https://x.test/pytest-8.0.0.tar.gz", hash = "sha256:${h('e')}" }
`

describe('uv.lock', () => {
  const tree = {
    'uv.lock': uv,
    'pyproject.toml': '[project]\nname = "app"\nversion = "1.0.0"\n'
  }

  it('excludes the editable project, follows extras, scopes by the walk', () => {
    const graph = readTree(tree, 'uv.lock')
    expect(graph.root.purl).toBe('pkg:pypi/app@1.0.0')
    expect(summary(graph)).toEqual([
      'anyio@4.0.0 optional',
      'pysocks@1.7.1 required',
      'pytest@8.0.0 dev',
      'requests@2.32.0 required'
    ])
    expect(component(graph, 'requests').hashes).toHaveLength(2)
    expect(component(graph, 'anyio').purl).toBe(
      'pkg:pypi/anyio@4.0.0?repository_url=https%3A%2F%2Fmirror.test%2Fsimple'
    )
    expect(dependsOn(graph, component(graph, 'requests').ref)).toEqual([
      'pysocks@1.7.1'
    ])
  })

  it('rejects an unknown version', () => {
    expectInputError(
      () => readTree({ 'uv.lock': 'version = 2\n' }, 'uv.lock'),
      'SBOM_LOCKFILE_VERSION',
      'uv.lock',
      'line 1'
    )
  })
})

describe('Pipfile.lock', () => {
  const lock = json({
    _meta: {
      'pipfile-spec': 6,
      sources: [{ name: 'pypi', url: 'https://pypi.org/simple' }]
    },
    default: {
      Requests: {
        version: '==2.31.0',
        hashes: [`sha256:${h('a')}`],
        markers: "python_version >= '3.7'"
      }
    },
    develop: {
      requests: { version: '==2.31.0', hashes: [`sha256:${h('a')}`] },
      pytest: { version: '==8.0.0', hashes: [`sha256:${h('b')}`] },
      mine: { editable: true, path: '.' },
      vcs: { git: 'https://github.com/o/vcs.git', ref: 'abc123' }
    }
  })

  it('is dev-only when only in develop; the path entry names the project', () => {
    const graph = readTree({ 'Pipfile.lock': lock }, 'Pipfile.lock')
    expect(graph.root.purl).toBe('pkg:pypi/mine')
    expect(summary(graph)).toEqual([
      'pytest@8.0.0 dev',
      'requests@2.31.0 required',
      'vcs@ dev'
    ])
    expect(component(graph, 'requests').properties).toEqual({
      'provenant:markers': "python_version >= '3.7'"
    })
    expect(component(graph, 'vcs').origin).toEqual({
      kind: 'git',
      url: 'https://github.com/o/vcs.git',
      commit: 'abc123'
    })
  })

  it('rejects an unknown pipfile-spec', () => {
    const text = json({ _meta: { 'pipfile-spec': 7 }, default: {} })
    expectInputError(
      () => readTree({ 'Pipfile.lock': text }, 'Pipfile.lock'),
      'SBOM_LOCKFILE_VERSION',
      '_meta.pipfile-spec'
    )
  })
})
