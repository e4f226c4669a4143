/** A source tree read safely: linked lockfiles, huge files, links leaving the tree. */
import {
  mkdir,
  mkdtemp,
  rm,
  symlink,
  truncate,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { MAX_TEXT_INPUT_BYTES } from '../../../src/io/fs/read-bounded.js'
import { readSourceDirectory } from '../../../src/io/sbom/source-tree.js'

let tmp: string
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-tree-'))
})
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('readSourceDirectory, hardened', () => {
  it('reads a lockfile that is a symbolic link to a file inside the tree', async () => {
    const tree = path.join(tmp, 'tree')
    await mkdir(path.join(tree, 'locks'), { recursive: true })
    await writeFile(path.join(tree, 'locks', 'reqs.txt'), 'flask==3.0.0\n')
    await symlink('locks/reqs.txt', path.join(tree, 'requirements.txt'))
    const graph = await readSourceDirectory(tree)
    expect(graph.components.map((c) => c.purl)).toEqual([
      'pkg:pypi/flask@3.0.0'
    ])
  })

  it('does not read a linked lockfile whose target leaves the tree', async () => {
    const tree = path.join(tmp, 'tree')
    await mkdir(tree)
    await writeFile(path.join(tmp, 'outside.txt'), 'secret==1.0.0\n')
    await symlink('../outside.txt', path.join(tree, 'requirements.txt'))
    await expect(readSourceDirectory(tree)).rejects.toMatchObject({
      kind: 'input'
    })
  })

  it('refuses a lockfile over the size bound before reading it', async () => {
    const tree = path.join(tmp, 'tree')
    await mkdir(tree)
    const file = path.join(tree, 'requirements.txt')
    await writeFile(file, '')
    await truncate(file, MAX_TEXT_INPUT_BYTES + 1)
    await expect(readSourceDirectory(tree)).rejects.toMatchObject({
      kind: 'input',
      code: 'INPUT_FILE_TOO_LARGE',
      message: expect.stringMatching(
        /^requirements\.txt: 32 MiB, over the 32 MiB/
      ) as unknown
    })
  })
})
