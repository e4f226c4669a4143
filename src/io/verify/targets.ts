/**
 * The verify arguments resolved: files, directories (every release asset
 * in them, by discovery) and `sha256:<hex>` digests (the conformance rule:
 * a digest that is also a path on disk is a path). A missing path, a FIFO,
 * a socket or a device is an input error (exit 2), all of them reported at
 * once; a folder is listed fail-closed (listing.ts).
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError, InputErrors } from '../../lib/errors.js'
import {
  isImageReference,
  parseImageReference
} from '../../lib/oci/reference.js'
import { parseDigestArgument } from '../../lib/verify/digests.js'
import type { Discovery } from '../../lib/verify/discovery.js'
import { discover } from '../../lib/verify/discovery.js'
import type { UnverifiedEntry } from './listing.js'
import { describeSpecial, listFolder, refuseSpecial } from './listing.js'

export interface FolderListing {
  dir: string
  display: string
  names: string[]
  discovery: Discovery
  /** Files in subfolders and symlinks leaving the folder. */
  unverified: UnverifiedEntry[]
}

export interface FileTarget {
  kind: 'file'
  path: string
  label: string
  name: string
  folder: FolderListing
}

export interface DigestTarget {
  kind: 'digest'
  label: string
  sha256: string
}

export interface Targets {
  files: FileTarget[]
  /** oci:// references, as given. */
  images: string[]
  digests: DigestTarget[]
  folders: FolderListing[]
  /** Files in named folders that no evidence of the folder speaks for. */
  unverified: UnverifiedEntry[]
}

export async function resolveTargets(
  args: readonly string[],
  cwd: string
): Promise<Targets> {
  const problems: InputError[] = []
  const folders = new Map<string, FolderListing>()
  const files = new Map<string, FileTarget>()
  const digests = new Map<string, DigestTarget>()
  const unverified: UnverifiedEntry[] = []
  const images: string[] = []
  // Named folders are listed whole (subfolders, symlinks); the folder of a
  // named file only for the evidence beside it.
  const named = await namedFolders(args, cwd)
  const folderOf = folderLister(named, folders, problems)
  for (const arg of args) {
    if (isImageReference(arg)) {
      try {
        parseImageReference(arg)
        if (!images.includes(arg)) images.push(arg)
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        problems.push(error)
      }
      continue
    }
    const full = path.resolve(cwd, arg)
    const info = await stat(full).catch(() => undefined)
    const digest = parseDigestArgument(arg, info !== undefined)
    if (digest) {
      digests.set(digest, { kind: 'digest', label: arg, sha256: digest })
      continue
    }
    if (!info) {
      problems.push(
        new InputError(
          'VERIFY_ARTIFACT_MISSING',
          `${arg}: no such file or directory (give a file, a directory or sha256:<64 hex digits>)`
        )
      )
      continue
    }
    const special = describeSpecial(info)
    if (special) {
      problems.push(refuseSpecial(arg, special))
      continue
    }
    if (info.isDirectory()) {
      const folder = await folderOf(full, arg)
      unverified.push(...folder.unverified)
      if (
        folder.discovery.assets.length === 0 &&
        folder.unverified.length === 0
      ) {
        problems.push(
          new InputError(
            'VERIFY_NO_ASSETS',
            `${arg}: the directory holds no release asset, only evidence files`
          )
        )
      }
      for (const target of assetTargets(folder, arg))
        files.set(target.path, target)
    } else {
      const dir = path.dirname(full)
      const folder = await folderOf(dir, path.dirname(arg))
      const name = path.basename(full)
      if (!files.has(full))
        files.set(full, { kind: 'file', path: full, label: arg, name, folder })
    }
  }
  if (problems.length > 0) throw new InputErrors(problems)
  return {
    files: [...files.values()],
    images,
    digests: [...digests.values()],
    folders: [...folders.values()],
    unverified
  }
}

/** The arguments that are folders: listed whole (subfolders, symlinks), where a named file's folder is read only for its evidence. */
async function namedFolders(
  args: readonly string[],
  cwd: string
): Promise<Set<string>> {
  const named = new Set<string>()
  for (const arg of args) {
    const full = path.resolve(cwd, arg)
    if ((await stat(full).catch(() => undefined))?.isDirectory())
      named.add(full)
  }
  return named
}

/** Every release asset of a named folder, labelled under the argument as given. */
function assetTargets(folder: FolderListing, arg: string): FileTarget[] {
  return folder.discovery.assets.map((name) => ({
    kind: 'file',
    path: path.join(folder.dir, name),
    label: path.join(arg, name),
    name,
    folder
  }))
}

/** Lists a folder once (its listing problems collected), however many arguments name it or a file in it. */
function folderLister(
  named: ReadonlySet<string>,
  folders: Map<string, FolderListing>,
  problems: InputError[]
): (dir: string, display: string) => Promise<FolderListing> {
  return async (dir, display) => {
    const known = folders.get(dir)
    if (known) return known
    const listed = await listFolder(dir, display, named.has(dir))
    problems.push(...listed.problems)
    const listing = {
      dir,
      display,
      names: listed.names,
      discovery: discover(listed.names),
      unverified: listed.unverified
    }
    folders.set(dir, listing)
    return listing
  }
}
