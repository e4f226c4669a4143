import { buildSourceGraph } from '../../../src/io/sbom/source-graph.js'
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../../../src/lib/errors.js'
import {
  createTreeReader,
  findLockfiles,
  readSourceDirectory
} from '../../../src/io/sbom/source-tree.js'

let dir: string

function write(relative: string, text: string): void {
  const full = path.join(dir, relative)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, text)
}

const lock = (name: string): string =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': { name, version: '1.0.0', dependencies: { a: '^1' } },
      'node_modules/a': { version: '1.0.0' }
    }
  })

beforeEach(() => {
  dir = path.join(
    mkdtempSync(path.join(tmpdir(), 'provenant-tree-')),
    'my-repo'
  )
  mkdirSync(dir)
})

afterEach(() => {
  rmSync(path.dirname(dir), { recursive: true, force: true })
})

describe('findLockfiles', () => {
  it('finds lockfiles and manifests, skipping installed and generated trees', async () => {
    write('package.json', '{"name":"web"}')
    write('package-lock.json', lock('web'))
    write('npm-shrinkwrap.json', lock('web'))
    write('tools/go.mod', 'module example.com/tools\n')
    write('crates/x/Cargo.toml', '[package]\nname = "x"\n')
    write('requirements/dev.txt', 'a==1\n')
    for (const skipped of [
      'node_modules/a',
      '.git',
      'vendor/b',
      'target/c',
      '.venv/d'
    ]) {
      write(`${skipped}/package-lock.json`, lock('skipped'))
      write(`${skipped}/requirements.txt`, 'x==1\n')
    }
    const tree = await findLockfiles(dir)
    expect(tree.dir).toBe(path.resolve(dir))
    expect(tree.lockfiles).toEqual([
      'npm-shrinkwrap.json',
      'requirements/dev.txt',
      'tools/go.mod'
    ])
    expect(tree.skipped).toEqual([
      {
        path: 'package-lock.json',
        reason: 'npm-shrinkwrap.json is read for this folder instead'
      }
    ])
    expect(tree.manifests).toEqual(['crates/x/Cargo.toml', 'package.json'])
  })

  it('rejects a path that is not a directory', async () => {
    await expect(findLockfiles(path.join(dir, 'nope'))).rejects.toMatchObject({
      code: 'SBOM_PATH_NOT_FOUND'
    })
    write('file.txt', 'x')
    await expect(
      findLockfiles(path.join(dir, 'file.txt'))
    ).rejects.toBeInstanceOf(InputError)
  })
})

describe('createTreeReader', () => {
  it('reads files by relative POSIX path; missing files and paths leaving the tree are undefined', () => {
    write('a/b.txt', 'hello')
    writeFileSync(path.join(path.dirname(dir), 'outside.txt'), 'secret')
    const read = createTreeReader(dir)
    expect(read('a/b.txt')).toBe('hello')
    expect(read('a/missing.txt')).toBeUndefined()
    expect(read('a')).toBeUndefined()
    expect(read('../outside.txt')).toBeUndefined()
    expect(read(path.join(path.dirname(dir), 'outside.txt'))).toBeUndefined()
  })
})

describe('readSourceDirectory', () => {
  it('reads the tree into one graph', async () => {
    write('package-lock.json', lock('web'))
    write('package.json', '{"name":"web","version":"1.0.0"}')
    const graph = await readSourceDirectory(dir)
    expect(graph.root.purl).toBe('pkg:npm/web@1.0.0')
    expect(graph.components.map((c) => c.purl)).toEqual(['pkg:npm/a@1.0.0'])
    expect(graph.sources).toEqual(['package-lock.json', 'package.json'])
  })

  it('names a root without manifest after the folder', async () => {
    write('requirements.txt', 'a==1.0\n')
    expect((await readSourceDirectory(dir)).root.purl).toBe(
      'pkg:generic/my-repo'
    )
  })

  it('describes a tree without lockfile by its files, with their SHA-256', async () => {
    write('README.md', '# hi')
    write('src/hello.c', 'int main(void) { return 0; }\n')
    write('node_modules/x/index.js', 'skipped')
    const graph = await buildSourceGraph(dir, 'my-repo')
    expect(graph.root).toMatchObject({
      purl: 'pkg:generic/my-repo',
      type: 'application'
    })
    expect(graph.components.map((c) => c.name)).toEqual([
      'README.md',
      'src/hello.c'
    ])
    expect(graph.components[0]!.hashes).toEqual([
      {
        algorithm: 'SHA-256',
        value: createHash('sha256').update('# hi').digest('hex')
      }
    ])
    expect(graph.dependencies[0]!.dependsOn).toHaveLength(2)
  })

  it('reports a broken lockfile with its path and line', async () => {
    write('svc/Cargo.lock', 'version = 4\n[[package]]\nname = \n')
    await expect(readSourceDirectory(dir)).rejects.toMatchObject({
      code: 'SBOM_LOCKFILE_INVALID',
      message: expect.stringContaining(
        'svc/Cargo.lock (line 3)'
      ) as unknown as string
    })
  })
})
