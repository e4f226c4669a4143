import { describe, expect, it } from '@jest/globals'
import {
  lockfileKind,
  selectLockfiles
} from '../../../src/lib/sbom/lockfiles.js'
import { readSourceTree } from '../../../src/lib/sbom/read-source.js'
import { InputErrors } from '../../../src/lib/errors.js'
import { json, readTree } from '../../helpers/sbom-tree.js'

describe('lockfileKind', () => {
  it.each([
    ['package-lock.json', 'npm'],
    ['web/npm-shrinkwrap.json', 'npm'],
    ['yarn.lock', 'yarn'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['requirements.txt', 'requirements'],
    ['requirements-dev.txt', 'requirements'],
    ['requirements/main.txt', 'requirements'],
    ['docs/notes.txt', undefined],
    ['poetry.lock', 'poetry'],
    ['uv.lock', 'uv'],
    ['Pipfile.lock', 'pipfile'],
    ['go.mod', 'go'],
    ['Cargo.lock', 'cargo'],
    ['package.json', undefined]
  ])('%s -> %s', (path, kind) => {
    expect(lockfileKind(path)).toBe(kind)
  })
})

describe('selectLockfiles: one lockfile per folder and ecosystem', () => {
  it.each([
    [
      'npm-shrinkwrap.json over package-lock.json',
      ['package-lock.json', 'npm-shrinkwrap.json'],
      {},
      ['npm-shrinkwrap.json']
    ],
    [
      'package-lock.json over pnpm and yarn',
      ['yarn.lock', 'pnpm-lock.yaml', 'package-lock.json'],
      {},
      ['package-lock.json']
    ],
    [
      'the packageManager package.json names',
      ['yarn.lock', 'package-lock.json'],
      { 'package.json': json({ packageManager: 'yarn@4.1.0' }) },
      ['yarn.lock']
    ],
    [
      'uv.lock over poetry.lock and requirements',
      ['uv.lock', 'poetry.lock', 'requirements.txt'],
      {},
      ['uv.lock']
    ],
    [
      'all requirements files of a folder',
      ['requirements.txt', 'requirements-dev.txt'],
      {},
      ['requirements-dev.txt', 'requirements.txt']
    ],
    [
      'each folder on its own',
      [
        'package-lock.json',
        'site/yarn.lock',
        'go.mod',
        'Cargo.lock',
        'py/Pipfile.lock'
      ],
      {},
      [
        'Cargo.lock',
        'go.mod',
        'package-lock.json',
        'py/Pipfile.lock',
        'site/yarn.lock'
      ]
    ]
  ])('%s', (_name, paths, files: Record<string, string>, expected) => {
    const selection = selectLockfiles(paths, (p) => files[p])
    expect(selection.lockfiles).toEqual(expected)
    expect(selection.skipped.map((s) => s.path).sort()).toEqual(
      paths.filter((p) => !expected.includes(p)).sort()
    )
  })

  it('says which lockfile is read instead', () => {
    const { skipped } = selectLockfiles([
      'web/package-lock.json',
      'web/npm-shrinkwrap.json'
    ])
    expect(skipped).toEqual([
      {
        path: 'web/package-lock.json',
        reason: 'web/npm-shrinkwrap.json is read for this folder instead'
      }
    ])
  })
})

describe('readSourceTree', () => {
  const npmLock = json({
    lockfileVersion: 3,
    packages: {
      '': { name: 'web', version: '1.0.0', dependencies: { a: '^1' } },
      'node_modules/a': { version: '1.0.0' }
    }
  })
  const goMod = 'module example.com/svc\n\nrequire github.com/x/y v1.0.0\n'

  it('merges ecosystems: the shallowest project is the root, the others workspace components', () => {
    const files: Record<string, string> = {
      'package-lock.json': npmLock,
      'svc/go.mod': goMod
    }
    const graph = readSourceTree(
      (p) => files[p],
      ['package-lock.json', 'svc/go.mod']
    )
    expect(graph.root.purl).toBe('pkg:npm/web@1.0.0')
    expect(graph.components.map((c) => c.purl)).toEqual([
      'pkg:golang/example.com/svc',
      'pkg:golang/github.com/x/y@v1.0.0',
      'pkg:npm/a@1.0.0'
    ])
    expect(graph.components[0]?.origin).toEqual({
      kind: 'workspace',
      path: 'svc'
    })
    expect(graph.dependencies[0]).toEqual({
      ref: 'pkg:npm/web@1.0.0',
      dependsOn: ['pkg:golang/example.com/svc', 'pkg:npm/a@1.0.0']
    })
    expect(graph.sources).toEqual(['package-lock.json', 'svc/go.mod'])
  })

  it('reads several lockfiles of the root project into the root', () => {
    const files: Record<string, string> = {
      'pyproject.toml': '[project]\nname = "svc"\nversion = "2.0"\n',
      'requirements.txt': 'a==1.0\n',
      'requirements-dev.txt': 'b==2.0\n'
    }
    const paths = ['requirements-dev.txt', 'requirements.txt']
    const graph = readSourceTree((p) => files[p], paths)
    expect(graph.root.purl).toBe('pkg:pypi/svc@2.0')
    expect(graph.components.map((c) => c.purl)).toEqual([
      'pkg:pypi/a@1.0',
      'pkg:pypi/b@2.0'
    ])
  })

  it('names a root without manifest after rootName', () => {
    expect(
      readTree(
        { 'requirements.txt': 'a==1.0\n' },
        'requirements.txt',
        'my-repo'
      ).root
    ).toMatchObject({
      ecosystem: 'generic',
      name: 'my-repo',
      purl: 'pkg:generic/my-repo'
    })
  })

  it('collects the problems of every lockfile and reports them once', () => {
    const files: Record<string, string> = {
      'package-lock.json': '{',
      'Cargo.lock': 'version = 9\n'
    }
    let thrown: unknown
    try {
      readSourceTree(
        (p) => files[p],
        ['package-lock.json', 'Cargo.lock', 'missing/uv.lock', 'notes.txt']
      )
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputErrors)
    expect((thrown as InputErrors).problems.map((p) => p.code)).toEqual([
      'SBOM_LOCKFILE_INVALID',
      'SBOM_LOCKFILE_VERSION',
      'SBOM_LOCKFILE_MISSING',
      'SBOM_LOCKFILE_UNKNOWN'
    ])
  })
})
