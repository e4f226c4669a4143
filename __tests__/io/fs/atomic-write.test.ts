import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFilesAtomically } from '../../../src/io/fs/atomic-write.js'

describe('writeFilesAtomically', () => {
  let dir: string

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-atomic-'))
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const tree = async (root = dir): Promise<string[]> =>
    (await readdir(root, { recursive: true })).map(String).sort()

  it('writes every file, creating directories, replacing what was there', async () => {
    await writeFile(path.join(dir, 'old.txt'), 'old')
    await writeFilesAtomically([
      { path: path.join(dir, 'old.txt'), content: 'new' },
      { path: path.join(dir, 'deep/er/b.bin'), content: Buffer.from([1, 2, 3]) }
    ])
    expect(await tree()).toEqual([
      'deep',
      'deep/er',
      'deep/er/b.bin',
      'old.txt'
    ])
    expect(await readFile(path.join(dir, 'old.txt'), 'utf8')).toBe('new')
    expect([...(await readFile(path.join(dir, 'deep/er/b.bin')))]).toEqual([
      1, 2, 3
    ])
  })

  it('changes nothing when one target cannot be replaced', async () => {
    await writeFile(path.join(dir, 'keep.txt'), 'original')
    await mkdir(path.join(dir, 'is-a-dir'))
    await writeFile(path.join(dir, 'is-a-dir/inside'), 'x')
    const error = await writeFilesAtomically([
      { path: path.join(dir, 'keep.txt'), content: 'replaced' },
      { path: path.join(dir, 'new/a.txt'), content: 'a' },
      { path: path.join(dir, 'is-a-dir'), content: 'b' }
    ]).catch((e: unknown) => e)
    expect(error).toMatchObject({
      kind: 'input',
      code: 'OUTPUT_UNWRITABLE',
      cause: { code: 'EISDIR' }
    })
    expect(await tree()).toEqual(['is-a-dir', 'is-a-dir/inside', 'keep.txt'])
    expect(await readFile(path.join(dir, 'keep.txt'), 'utf8')).toBe('original')
  })

  it('leaves nothing behind when a temp file cannot be written', async () => {
    await writeFile(path.join(dir, 'file'), 'x')
    const error = await writeFilesAtomically([
      { path: path.join(dir, 'a.txt'), content: 'a' },
      { path: path.join(dir, 'file/under-a-file.txt'), content: 'b' }
    ]).catch((e: unknown) => e)
    // The write's own error, not one from the clean-up after it, as an
    // input error naming the file the user asked for (exit 2).
    expect(error).toMatchObject({
      kind: 'input',
      code: 'OUTPUT_UNWRITABLE',
      message: expect.stringContaining(
        `cannot write ${path.join(dir, 'file/under-a-file.txt')} (ENOTDIR)`
      ),
      cause: { code: 'ENOTDIR', syscall: 'open' }
    })
    expect(await tree()).toEqual(['file'])
  })

  it('writes many files at once and, when one late file fails, leaves none of them', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      path: path.join(dir, 'out', `f${i}.txt`),
      content: `file ${i}`
    }))
    await writeFilesAtomically(many)
    expect(await tree(path.join(dir, 'out'))).toHaveLength(40)
    expect(await readFile(path.join(dir, 'out', 'f39.txt'), 'utf8')).toBe(
      'file 39'
    )

    await writeFile(path.join(dir, 'blocker'), 'x')
    const failing = [
      ...many.map((f) => ({ ...f, path: f.path.replace('out', 'again') })),
      { path: path.join(dir, 'blocker', 'late.txt'), content: 'late' }
    ]
    const error = await writeFilesAtomically(failing).catch((e: unknown) => e)
    // The write's own error, not one from the clean-up after it, as an
    // input error naming the file the user asked for (exit 2).
    expect(error).toMatchObject({
      kind: 'input',
      code: 'OUTPUT_UNWRITABLE',
      message: expect.stringContaining(
        `cannot write ${path.join(dir, 'blocker', 'late.txt')} (ENOTDIR)`
      ),
      cause: { code: 'ENOTDIR', syscall: 'open' }
    })
    expect((await tree()).filter((f) => !f.startsWith('out'))).toEqual([
      'blocker'
    ])
  })
})
