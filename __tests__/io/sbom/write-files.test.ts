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
import { StagedFiles } from '../../../src/io/sbom/write-files.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-staged-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const list = async (): Promise<string[]> =>
  (await readdir(dir, { recursive: true })).sort()

describe('StagedFiles', () => {
  it('shows nothing under the final names until commit', async () => {
    const staged = new StagedFiles()
    await staged.add(path.join(dir, 'a.json'), 'a')
    await staged.add(path.join(dir, 'out', 'b.json'), 'b')
    expect(
      (await list()).filter((f) => !f.startsWith('.') && !f.includes('/.'))
    ).toEqual(['out'])
    await staged.commit()
    expect(await list()).toEqual(['a.json', 'out', path.join('out', 'b.json')])
    expect(await readFile(path.join(dir, 'out', 'b.json'), 'utf8')).toBe('b')
  })

  it('removes temporary files and the folders it made on discard', async () => {
    const staged = new StagedFiles()
    await staged.add(path.join(dir, 'x', 'y', 'z', 'a.json'), 'a')
    await staged.discard()
    expect(await list()).toEqual([])
  })

  it('keeps nothing new when a rename fails, and puts back what was replaced', async () => {
    await writeFile(path.join(dir, 'a.json'), 'old a')
    await mkdir(path.join(dir, 'b.json'))
    const staged = new StagedFiles()
    await staged.add(path.join(dir, 'a.json'), 'new a')
    await staged.add(path.join(dir, 'b.json'), 'b')
    await expect(staged.commit()).rejects.toThrow()
    expect(await list()).toEqual(['a.json', 'b.json'])
    expect(await readFile(path.join(dir, 'a.json'), 'utf8')).toBe('old a')
  })

  it('replaces files that were there on commit', async () => {
    await writeFile(path.join(dir, 'a.json'), 'old a')
    const staged = new StagedFiles()
    await staged.add(path.join(dir, 'a.json'), ['new', ' a'])
    await staged.commit()
    expect(await list()).toEqual(['a.json'])
    expect(await readFile(path.join(dir, 'a.json'), 'utf8')).toBe('new a')
  })
})
