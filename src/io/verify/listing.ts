/**
 * A release folder listed fail-closed, without opening anything:
 *  - regular files, and symlinks to regular files inside the folder, are
 *    the folder's names (assets and evidence, by discovery);
 *  - files in subfolders and symlinks leaving the folder are listed as
 *    unverified: they are part of what the user asked about, and no
 *    evidence of the folder speaks for them;
 *  - FIFOs, sockets, devices, dangling symlinks and symlinks to folders
 *    are refused at once (a FIFO would block the read forever);
 *  - hidden entries (`.git`, `.DS_Store`) are left out, as discovery
 *    leaves them out.
 */
import type { Dirent, Stats } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'

/** Files listed in one release folder, its subfolders included. */
export const MAX_FOLDER_FILES = 100_000

export interface UnverifiedEntry {
  path: string
  /** As the report names it: the folder as the user wrote it, and the name. */
  label: string
  reason: string
}

export interface ListedFolder {
  /** Regular files of the folder itself (symlinks inside it included). */
  names: string[]
  unverified: UnverifiedEntry[]
  problems: InputError[]
}

/** What a directory entry that is not a regular file or a folder is. */
export function describeSpecial(info: Stats | Dirent): string | undefined {
  if (info.isFIFO()) return 'a FIFO (named pipe)'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  return undefined
}

export function refuseSpecial(label: string, kind: string): InputError {
  return new InputError(
    'VERIFY_NOT_A_FILE',
    `${label} is ${kind}: verify reads regular files only and did not open it; remove it, or name the files to verify`
  )
}

/**
 * `deep`: the folder was named, so everything in it is listed. Otherwise
 * (the folder of a named file) only its regular files are read, as the
 * evidence beside that file.
 */
export async function listFolder(
  dir: string,
  display: string,
  deep: boolean
): Promise<ListedFolder> {
  const listed: ListedFolder = { names: [], unverified: [], problems: [] }
  const root = await realpath(dir)
  const label = (rel: string) => path.join(display, rel)
  const folder: ListingContext = { dir, display, root, label, listed }
  let count = 0
  const walk = async (rel: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true })
    } catch (error) {
      if (rel === '') throw error
      listed.problems.push(
        new InputError(
          'VERIFY_ARTIFACT_MISSING',
          `cannot read the subfolder ${label(rel)} (${(error as NodeJS.ErrnoException).code ?? 'error'}): name the files to verify`,
          { cause: error }
        )
      )
      return
    }
    for (const entry of entries) {
      if (++count > MAX_FOLDER_FILES) {
        listed.problems.push(
          new InputError(
            'VERIFY_FOLDER_TOO_LARGE',
            `${display} holds more than ${MAX_FOLDER_FILES} entries: name the files or subfolders to verify`
          )
        )
        return
      }
      const name = path.join(rel, entry.name)
      if (!deep) {
        if (entry.isFile()) listed.names.push(name)
      } else if (entry.name.startsWith('.')) {
        // Hidden entries are not release assets (discovery skips them too).
        continue
      } else if (entry.isDirectory()) await walk(name)
      else if (entry.isFile() && rel === '') listed.names.push(name)
      else await classifyEntry(folder, entry, name, rel !== '')
      if (count > MAX_FOLDER_FILES) return
    }
  }
  await walk('')
  listed.names.sort()
  return listed
}

interface ListingContext {
  dir: string
  display: string
  /** The folder's real path: a symlink resolving outside it is not vouched for. */
  root: string
  label: (rel: string) => string
  listed: ListedFolder
}

/**
 * An entry of a named folder that is neither a top-level file nor a
 * subfolder: a special file is refused; a symlink is followed, and what
 * it reaches outside the folder, like a file in a subfolder, is listed as
 * unverified.
 */
async function classifyEntry(
  folder: ListingContext,
  entry: Dirent,
  name: string,
  inSubfolder: boolean
): Promise<void> {
  const { dir, display, root, label, listed } = folder
  const full = path.join(dir, name)
  const unverified = (reason: string) =>
    listed.unverified.push({ path: full, label: label(name), reason })
  const special = describeSpecial(entry)
  if (special) {
    listed.problems.push(refuseSpecial(label(name), special))
    return
  }
  let target = full
  if (entry.isSymbolicLink()) {
    const resolved = await resolveLink(full, label(name))
    if (resolved instanceof InputError) {
      listed.problems.push(resolved)
      return
    }
    target = resolved
  }
  if (isOutside(root, target)) {
    unverified(
      `a symlink to ${target}, outside ${display}: not verified (evidence in the folder does not speak for a file elsewhere; verify ${target} itself)`
    )
  } else if (inSubfolder) {
    unverified(
      `in a subfolder of ${display}: not verified (verify the subfolder itself: provenant verify ${label(path.dirname(name))})`
    )
  } else listed.names.push(name)
}

/** The real path of a symlink to a regular file, or why it is refused. */
async function resolveLink(
  full: string,
  label: string
): Promise<string | InputError> {
  let target: string
  let info: Stats
  try {
    target = await realpath(full)
    info = await stat(target)
  } catch (error) {
    return new InputError(
      'VERIFY_ARTIFACT_MISSING',
      `${label} is a symlink to nothing (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}): remove it or point it at the file`
    )
  }
  const special = describeSpecial(info)
  if (special) return refuseSpecial(label, `a symlink to ${special}`)
  if (!info.isFile()) {
    return new InputError(
      'VERIFY_NOT_A_FILE',
      `${label} is a symlink to a folder: verify reads files; name the folder itself to verify what it holds`
    )
  }
  return target
}

function isOutside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)
}
