/**
 * The one way Provenant takes an output folder: checked before any work,
 * replaced only when it is empty or was written by Provenant (it leaves a
 * marker file in every folder it fills), never when it is a file or lies
 * under one. A file is never removed; a folder of the user's never emptied.
 */
import { randomBytes } from 'node:crypto'
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs'
import { cp, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'

/** The marker Provenant leaves in each folder it writes. */
export const OUTPUT_MARKER = '.provenant-output'
const MARKER_TEXT =
  'This folder was written by Provenant; a later run may replace it.\n'

export interface OutputDir {
  /** The absolute path of the folder. */
  path: string
  /** Creates the folder (or empties the one Provenant wrote) with its marker; the caller then writes into it. */
  create(): Promise<void>
  /** Replaces the folder by a copy of `staged`, the old content removed only once the new is in place. */
  replaceWith(staged: string): Promise<void>
  /** Removes the folder again if this run created it and wrote nothing but the marker. */
  discardIfUnused(): Promise<void>
}

/**
 * Checks `dir` (given to the user as `label`, e.g. `--out "x"`) can take
 * Provenant's output and returns the handle that writes it. Throws an
 * InputError before any work when it cannot.
 */
export function prepareOutputDir(dir: string, label: string): OutputDir {
  const absolute = path.resolve(dir)
  const existedBefore = assertUsable(absolute, label)
  let created = false
  return {
    path: absolute,
    async create() {
      if (assertUsable(absolute, label)) {
        for (const name of readdirSync(absolute))
          await rm(path.join(absolute, name), { recursive: true, force: true })
      } else created = true
      await mkdir(absolute, { recursive: true })
      await writeFile(path.join(absolute, OUTPUT_MARKER), MARKER_TEXT)
    },
    async replaceWith(staged) {
      assertUsable(absolute, label)
      await swapIn(absolute, staged)
    },
    async discardIfUnused() {
      if (existedBefore || !created) return
      const names = readdirSync(absolute, { withFileTypes: false })
      if (names.every((n) => n === OUTPUT_MARKER)) {
        await rm(path.join(absolute, OUTPUT_MARKER), { force: true })
        await rmdir(absolute).catch(() => undefined)
      }
    }
  }
}

/** Throws unless `dir` may be written; says whether it exists. */
function assertUsable(dir: string, label: string): boolean {
  const refuse = (why: string, fix: string): InputError =>
    new InputError('OUTPUT_DIR_REFUSED', `${label}: ${why}; ${fix}`)
  const stats = lstatQuiet(dir)
  if (stats !== undefined) {
    if (stats.isSymbolicLink())
      throw refuse('is a symbolic link', 'give a real folder')
    if (!stats.isDirectory())
      throw refuse('is a file, not a folder', 'choose a new or empty folder')
    const names = readdirSync(dir)
    if (names.length > 0 && !names.includes(OUTPUT_MARKER)) {
      throw refuse(
        'is a folder that holds files Provenant did not write',
        'choose a new or empty folder (Provenant only replaces folders it wrote)'
      )
    }
    return true
  }
  for (let up = path.dirname(dir); ; up = path.dirname(up)) {
    const parent = lstatQuiet(up, true)
    if (parent?.isDirectory()) return false
    if (parent !== undefined)
      throw refuse(
        `cannot be created: ${up} is a file`,
        'choose a folder whose parents are folders'
      )
    if (path.dirname(up) === up) return false
  }
}

/** lstat (stat with `follow`), undefined for a path that is missing or lies under a file. */
function lstatQuiet(file: string, follow = false): Stats | undefined {
  try {
    return (follow ? statSync : lstatSync)(file, { throwIfNoEntry: false })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw error
  }
}

/** Copies `staged` beside `dir`, then renames it over `dir` (the old one aside, then removed). */
async function swapIn(dir: string, staged: string): Promise<void> {
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`
  const parent = path.dirname(dir)
  const temp = path.join(parent, `.${path.basename(dir)}.${tag}.tmp`)
  const old = `${temp}.old`
  await mkdir(parent, { recursive: true })
  try {
    await cp(staged, temp, { recursive: true })
    await writeFile(path.join(temp, OUTPUT_MARKER), MARKER_TEXT)
    const exists = statSync(dir, { throwIfNoEntry: false }) !== undefined
    if (exists) await rename(dir, old)
    try {
      await rename(temp, dir)
    } catch (error) {
      if (exists) await rename(old, dir)
      throw error
    }
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
  await rm(old, { recursive: true, force: true })
}
