/**
 * All-or-nothing writes of several files: each goes to a temp file beside
 * its target first; only when every temp file is written are they renamed
 * into place. A failure at any step removes the temp files and puts back
 * whatever was there before, so a failed run leaves nothing new behind.
 *
 * SIGINT and SIGTERM count as failures: while a write is under way they are
 * held, the write stops after the files in flight, cleans up as above, and
 * the process then dies of the signal as it would have. The renames into
 * place run synchronously, so a signal finds either the old set of files or
 * the new one, never a mix.
 */
import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, statSync } from 'node:fs'
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface FileToWrite {
  path: string
  content: string | Uint8Array
  /** File mode, set when the temp file is made (0o600 for a private key). */
  mode?: number
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
  holdSignals()
  try {
    for (const dir of new Set(files.map((file) => path.dirname(file.path)))) {
      await mkdirTracked(dir, created)
    }
    for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
      const batch = files.slice(i, i + WRITES_AT_ONCE).map((file) => {
        const dir = path.dirname(file.path)
        const temp = path.join(dir, `.${path.basename(file.path)}.${tag}.tmp`)
        staged.push({ temp, target: file.path })
        return writeFile(temp, file.content, {
          flag: 'wx',
          ...(file.mode !== undefined ? { mode: file.mode } : {})
        })
      })
      // Every write of the batch settles before a failure is acted on, so
      // the clean-up below finds each temp file that was written.
      const failed = (await Promise.allSettled(batch)).find(
        (result) => result.status === 'rejected'
      )
      if (failed) throw failed.reason
      throwIfInterrupted()
    }
    moveIntoPlace(staged)
  } catch (error) {
    for (const entry of staged) {
      // A temp file that could not be made may sit under a path that is not
      // a directory; removing it then fails too, and must not stop the rest.
      await rm(entry.temp, { force: true }).catch(() => undefined)
      if (entry.backup && kindOf(entry.target) === undefined) {
        try {
          renameSync(entry.backup, entry.target)
        } catch {
          // Left as it is: the next step must still run.
        }
      }
    }
    for (const dir of created.reverse()) {
      await rmdir(dir).catch(() => undefined)
    }
    throw error
  } finally {
    releaseSignals()
  }
}

/**
 * Renames every temp file over its target; on failure undoes the ones done.
 * Synchronous on purpose: no signal handler can run in the middle.
 */
function moveIntoPlace(staged: Staged[]): void {
  const done: Staged[] = []
  try {
    for (const entry of staged) {
      if (kindOf(entry.target) !== undefined) {
        entry.backup = `${entry.temp}.old`
        renameSync(entry.target, entry.backup)
      }
      renameSync(entry.temp, entry.target)
      done.push(entry)
    }
  } catch (error) {
    for (const entry of done.reverse()) {
      rmSync(entry.target, { force: true })
      if (entry.backup) renameSync(entry.backup, entry.target)
    }
    throw error
  }
  for (const entry of staged) {
    if (entry.backup) rmSync(entry.backup, { force: true })
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const
let writesUnderWay = 0
let interrupted: NodeJS.Signals | undefined

function onSignal(signal: NodeJS.Signals): void {
  interrupted = signal
}

/** While any write is under way, SIGINT and SIGTERM wait for its clean-up. */
function holdSignals(): void {
  if (writesUnderWay++ === 0)
    for (const signal of SIGNALS) process.on(signal, onSignal)
}

/** The last write done: handlers off, and a held signal delivered again. */
function releaseSignals(): void {
  if (--writesUnderWay > 0) return
  for (const signal of SIGNALS) process.off(signal, onSignal)
  const signal = interrupted
  interrupted = undefined
  if (signal) process.kill(process.pid, signal)
}

function throwIfInterrupted(): void {
  if (interrupted) {
    throw Object.assign(new Error(`interrupted by ${interrupted}`), {
      code: 'EINTR'
    })
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
