/**
 * All-or-nothing writes of several files: each goes to a temp file beside
 * its target first; only when every temp file is written are they renamed
 * into place. A failure at any step removes the temp files and puts back
 * whatever was there before, so a failed run leaves nothing new behind.
 */
import { randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface FileToWrite {
  path: string
  content: string | Uint8Array
}

/** Temp files written concurrently: a run that signs 1,000 files writes 1,000 bundles. */
const WRITES_AT_ONCE = 16

interface Staged {
  temp: string
  target: string
  backup?: string
}

export async function writeFilesAtomically(
  files: readonly FileToWrite[]
): Promise<void> {
  for (const file of files) {
    if (kindOf(file.path) === 'directory') {
      throw Object.assign(
        new Error(`cannot write ${file.path}: it is a directory`),
        { code: 'EISDIR' }
      )
    }
  }
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`
  const staged: Staged[] = []
  const created: string[] = []
  try {
    for (const dir of new Set(files.map((file) => path.dirname(file.path)))) {
      await mkdirTracked(dir, created)
    }
    for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
      const batch = files.slice(i, i + WRITES_AT_ONCE).map((file) => {
        const dir = path.dirname(file.path)
        const temp = path.join(dir, `.${path.basename(file.path)}.${tag}.tmp`)
        staged.push({ temp, target: file.path })
        return writeFile(temp, file.content, { flag: 'wx' })
      })
      // Every write of the batch settles before a failure is acted on, so
      // the clean-up below finds each temp file that was written.
      const failed = (await Promise.allSettled(batch)).find(
        (result) => result.status === 'rejected'
      )
      if (failed) throw failed.reason
    }
    await moveIntoPlace(staged)
  } catch (error) {
    for (const entry of staged) {
      // A temp file that could not be made may sit under a path that is not
      // a directory; removing it then fails too, and must not stop the rest.
      await rm(entry.temp, { force: true }).catch(() => undefined)
      if (entry.backup && kindOf(entry.target) === undefined) {
        await rename(entry.backup, entry.target).catch(() => undefined)
      }
    }
    for (const dir of created.reverse()) {
      await rmdir(dir).catch(() => undefined)
    }
    throw error
  }
}

/** Renames every temp file over its target; on failure undoes the ones done. */
async function moveIntoPlace(staged: Staged[]): Promise<void> {
  const done: Staged[] = []
  try {
    for (const entry of staged) {
      if (kindOf(entry.target) !== undefined) {
        entry.backup = `${entry.temp}.old`
        await rename(entry.target, entry.backup)
      }
      await rename(entry.temp, entry.target)
      done.push(entry)
    }
  } catch (error) {
    for (const entry of done.reverse()) {
      await rm(entry.target, { force: true })
      if (entry.backup) await rename(entry.backup, entry.target)
    }
    throw error
  }
  for (const entry of staged) {
    if (entry.backup) await rm(entry.backup, { force: true })
  }
}

/** Creates `dir` (and missing parents), recording the ones it created. */
async function mkdirTracked(dir: string, created: string[]): Promise<void> {
  const missing: string[] = []
  for (let d = dir; kindOf(d) === undefined; d = path.dirname(d)) {
    missing.unshift(d)
    if (path.dirname(d) === d) break
  }
  if (missing.length === 0) return
  await mkdir(dir, { recursive: true })
  created.push(...missing)
}

/** A cheap, throw-free stat (no ENOENT errors built per file). */
function kindOf(file: string): 'file' | 'directory' | undefined {
  const stats = statSync(file, { throwIfNoEntry: false })
  if (!stats) return undefined
  return stats.isDirectory() ? 'directory' : 'file'
}
