/**
 * All-or-nothing writes: each file is written to a hidden temporary name
 * beside its target as soon as it is ready (so its text need not stay in
 * memory: src/io/fs/atomic-write.ts takes every content at once); only when
 * every file is staged are they renamed into place. On any failure the
 * temporary files and the folders created here are removed and the files
 * that were there before are put back.
 */
import { existsSync, statSync } from 'node:fs'
import { mkdir, open, rename, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'

/** Pieces are gathered into blocks of this many characters per write. */
const WRITE_BLOCK_CHARS = 256 * 1024

interface Staged {
  target: string
  temp: string
  /** Where the file that was at `target` waits until the commit is done. */
  backup?: string
}

export class StagedFiles {
  readonly #staged: Staged[] = []
  readonly #createdDirs: string[] = []

  /** Writes the text (or its pieces, gathered into blocks) under a temporary name. */
  async add(file: string, text: string | Iterable<string>): Promise<void> {
    const dir = path.dirname(file)
    const created = await mkdir(dir, { recursive: true })
    // mkdir gives the first folder it made; every one from there down is new.
    for (let d = dir; created !== undefined; d = path.dirname(d)) {
      this.#createdDirs.push(d)
      if (d === created || d === path.dirname(d)) break
    }
    const temp = path.join(
      dir,
      `.${path.basename(file)}.${process.pid}-${this.#staged.length}.tmp`
    )
    this.#staged.push({ target: file, temp })
    const handle = await open(temp, 'wx')
    try {
      let block = ''
      for (const piece of typeof text === 'string' ? [text] : text) {
        block += piece
        if (block.length >= WRITE_BLOCK_CHARS) {
          await handle.write(block)
          block = ''
        }
      }
      if (block !== '') await handle.write(block)
    } finally {
      await handle.close()
    }
  }

  /** Renames every staged file into place; on failure nothing changes. */
  async commit(): Promise<void> {
    const done: Staged[] = []
    try {
      const folder = this.#staged.find((e) =>
        statSync(e.target, { throwIfNoEntry: false })?.isDirectory()
      )
      if (folder) {
        throw Object.assign(new Error(`${folder.target} is a directory`), {
          code: 'EISDIR'
        })
      }
      for (const entry of this.#staged) {
        if (existsSync(entry.target)) {
          entry.backup = `${entry.temp}.old`
          await rename(entry.target, entry.backup)
        }
        await rename(entry.temp, entry.target)
        done.push(entry)
      }
    } catch (error) {
      for (const entry of done.reverse())
        await rm(entry.target, { force: true })
      await this.discard()
      throw error
    }
    for (const { backup } of this.#staged) {
      if (backup) await rm(backup, { force: true })
    }
  }

  /** Removes what was staged and puts back what was replaced. */
  async discard(): Promise<void> {
    for (const entry of this.#staged) {
      await rm(entry.temp, { force: true })
      if (entry.backup && !existsSync(entry.target)) {
        await rename(entry.backup, entry.target).catch(() => undefined)
      }
    }
    // Deepest first; a folder that holds anything else stays.
    const dirs = [...this.#createdDirs].sort((a, b) => b.length - a.length)
    for (const dir of dirs) await rmdir(dir).catch(() => undefined)
  }
}
