/**
 * The verify arguments resolved: files, directories (every release asset
 * in them, by discovery) and `sha256:<hex>` digests (the conformance rule:
 * a digest that is also a path on disk is a path). A missing path is an
 * input error (exit 2), all of them reported at once.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError, InputErrors } from '../../lib/errors.js'
import { parseDigestArgument } from '../../lib/verify/digests.js'
import type { Discovery } from '../../lib/verify/discovery.js'
import { discover } from '../../lib/verify/discovery.js'

export interface FolderListing {
  dir: string
  display: string
  names: string[]
  discovery: Discovery
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
  digests: DigestTarget[]
  folders: FolderListing[]
}

export async function resolveTargets(
  args: readonly string[],
  cwd: string
): Promise<Targets> {
  const problems: InputError[] = []
  const folders = new Map<string, FolderListing>()
  const files = new Map<string, FileTarget>()
  const digests = new Map<string, DigestTarget>()
  const folderOf = async (
    dir: string,
    display: string
  ): Promise<FolderListing> => {
    const known = folders.get(dir)
    if (known) return known
    const entries = await readdir(dir, { withFileTypes: true })
    const names = entries.filter((e) => e.isFile()).map((e) => e.name)
    const listing = { dir, display, names, discovery: discover(names) }
    folders.set(dir, listing)
    return listing
  }
  for (const arg of args) {
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
    if (info.isDirectory()) {
      const folder = await folderOf(full, arg)
      if (folder.discovery.assets.length === 0) {
        problems.push(
          new InputError(
            'VERIFY_NO_ASSETS',
            `${arg}: the directory holds no release asset, only evidence files`
          )
        )
      }
      for (const name of folder.discovery.assets) {
        const file = path.join(full, name)
        files.set(file, {
          kind: 'file',
          path: file,
          label: path.join(arg, name),
          name,
          folder
        })
      }
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
    digests: [...digests.values()],
    folders: [...folders.values()]
  }
}
