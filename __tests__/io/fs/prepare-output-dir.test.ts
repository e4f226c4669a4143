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
import {
  OUTPUT_MARKER,
  prepareOutputDir
} from '../../../src/io/fs/prepare-output-dir.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-out-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function staged(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'provenant-staged-'))
  for (const [name, text] of Object.entries(files))
    await writeFile(path.join(folder, name), text)
  return folder
}

describe('prepareOutputDir', () => {
  it('refuses a file, and leaves it as it was', async () => {
    const victim = path.join(dir, 'victim.txt')
    await writeFile(victim, 'precious')
    expect(() => prepareOutputDir(victim, '--out "victim.txt"')).toThrow(
      '--out "victim.txt": is a file, not a folder'
    )
    expect(await readFile(victim, 'utf8')).toBe('precious')
  })

  it('refuses a folder under a file before any work', async () => {
    await writeFile(path.join(dir, 'notes.txt'), 'mine')
    expect(() =>
      prepareOutputDir(
        path.join(dir, 'notes.txt', 'sub'),
        '--out "d/notes.txt/sub"'
      )
    ).toThrow(/cannot be created: .*notes\.txt is a file/)
  })

  it('refuses a folder of the user’s, even one holding a VERIFY.md', async () => {
    const out = path.join(dir, 'mine')
    await mkdir(out)
    await writeFile(path.join(out, 'VERIFY.md'), '# mine')
    await writeFile(path.join(out, 'thesis.tex'), 'years of work')
    expect(() => prepareOutputDir(out, '--out "mine"')).toThrow(
      'holds files Provenant did not write'
    )
    expect((await readdir(out)).sort()).toEqual(['VERIFY.md', 'thesis.tex'])
  })

  it('fills a new folder, then replaces it on the next run (it carries the marker)', async () => {
    const out = path.join(dir, 'release')
    await prepareOutputDir(out, 'out').replaceWith(
      await staged({ 'a.txt': '1' })
    )
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, 'a.txt'])
    await prepareOutputDir(out, 'out').replaceWith(
      await staged({ 'b.txt': '2' })
    )
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, 'b.txt'])
    expect((await readdir(dir)).sort()).toEqual(['release'])
  })

  it('takes an empty folder', async () => {
    const out = path.join(dir, 'empty')
    await mkdir(out)
    const folder = prepareOutputDir(out, 'out')
    await folder.create()
    expect(await readdir(out)).toEqual([OUTPUT_MARKER])
    await folder.discardIfUnused()
    expect(await readdir(out)).toEqual([OUTPUT_MARKER])
  })
})
