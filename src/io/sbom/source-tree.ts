/**
 * A directory on disk as a source tree: the lockfiles in it (which one wins per
 * folder and ecosystem is src/lib/sbom/lockfiles.ts), the manifests (for
 * workspace globs), and a TreeReader over its files.
 *
 * The walk does not descend into installed or generated trees (node_modules,
 * vendor, target, virtualenvs, .git and other VCS folders, Yarn's .yarn) and
 * does not follow symbolic links to folders.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import {
  basename,
  dirname,
  isAbsolute,
  join,
  relative,
  resolve,
  sep
} from 'node:path'
import { InputError } from '../../lib/errors.js'
import { readTextBounded } from '../fs/read-bounded.js'
import {
  selectLockfiles,
  type SkippedLockfile
} from '../../lib/sbom/lockfiles.js'
import {
  LOCKFILE_NAMES,
  lockfileFormat,
  MANIFEST_NAMES
} from '../../lib/sbom/sources/lockfile-formats.js'
import type { DependencyGraph, TreeReader } from '../../lib/sbom/model.js'
import { sha256Files } from '../fs/hash.js'
import type { TreeFile } from '../../lib/sbom/files-graph.js'
import { buildFilesGraph } from '../../lib/sbom/files-graph.js'
import { readSourceTree } from '../../lib/sbom/read-source.js'

export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  'target',
  '.venv',
  '.tox',
  '.yarn',
  '__pycache__'
])

export interface SourceTree {
  /** Absolute path of the tree. */
  dir: string
  /** The lockfiles to read, relative POSIX paths, sorted. */
  lockfiles: string[]
  /** Lockfiles not read because another one of the same folder and ecosystem wins. */
  skipped: SkippedLockfile[]
  /** package.json / Cargo.toml / pyproject.toml paths, for workspace globs. */
  manifests: string[]
  reader: TreeReader
}

const toPosix = (path: string): string => path.split(sep).join('/')

/**
 * Reads files of `dir` by relative POSIX path; paths leaving the tree and
 * missing files read as undefined. `regular` names files a walk of the
 * tree found as regular files through real folders (walkFiles): inside by
 * construction, they are read without resolving links.
 */
export function createTreeReader(
  dir: string,
  regular: ReadonlySet<string> = new Set()
): TreeReader {
  const root = resolve(dir)
  let realRoot: string | undefined
  return (relativePath: string): string | undefined => {
    const full = resolve(root, relativePath)
    const inside = relative(root, full)
    if (inside.startsWith('..') || isAbsolute(inside)) return undefined
    try {
      if (regular.has(relativePath)) return readTextBounded(full, relativePath)
      // A link may point anywhere: only a target inside the tree is read.
      const real = realpathSync.native(full)
      realRoot ??= realpathSync.native(root)
      const realInside = relative(realRoot, real)
      if (realInside.startsWith('..') || isAbsolute(realInside))
        return undefined
      return readTextBounded(full, relativePath)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
        return undefined
      throw error
    }
  }
}

/** A symbolic link whose target is a file (links to folders are not followed). */
function isLinkToFile(full: string): boolean {
  return statSync(full, { throwIfNoEntry: false })?.isFile() === true
}

/**
 * Every file below `root` that `keep` wants, as relative POSIX paths: only
 * the folders `enter` allows are entered, symbolic links to folders not
 * followed, unreadable folders passed over; `links` (when given) receives
 * the kept paths that are symbolic links to files. The folders are read one after
 * the other, synchronously: on the many small folders of a node_modules
 * tree that takes half the CPU time of promises through the thread pool.
 */
export async function walkFiles(
  root: string,
  enter: (path: string, name: string, parent: string) => boolean,
  keep: (path: string, name: string) => boolean,
  links?: Set<string>
): Promise<string[]> {
  const found: string[] = []
  const pending = ['']
  for (
    let folder = pending.pop();
    folder !== undefined;
    folder = pending.pop()
  ) {
    let entries: Dirent[]
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EACCES') continue
      throw error
    }
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`
      if (entry.isDirectory()) {
        if (enter(path, entry.name, folder)) pending.push(path)
      } else if (entry.isFile()) {
        if (keep(path, entry.name)) found.push(path)
      } else if (
        entry.isSymbolicLink() &&
        keep(path, entry.name) &&
        isLinkToFile(join(root, path))
      ) {
        found.push(path)
        links?.add(path)
      }
    }
  }
  return Promise.resolve(found)
}

export async function findLockfiles(dir: string): Promise<SourceTree> {
  const root = resolve(dir)
  const info = await stat(root).catch(() => undefined)
  if (!info?.isDirectory()) {
    throw new InputError(
      'SBOM_PATH_NOT_FOUND',
      `${dir}: no such directory; give the path of the source tree to describe`
    )
  }
  const found = await walkFiles(
    root,
    (_, name) => !SKIPPED_FOLDERS.has(name),
    (path, name) =>
      MANIFEST_NAMES.has(name) || lockfileFormat(path) !== undefined
  )
  const reader = createTreeReader(root)
  const selection = selectLockfiles(found.map(toPosix), reader)
  const manifests = found.filter((p) => MANIFEST_NAMES.has(basename(p))).sort()
  return {
    dir: root,
    lockfiles: selection.lockfiles,
    skipped: selection.skipped,
    manifests,
    reader
  }
}

/** findLockfiles + readSourceTree; the folder's name is the root's name when no manifest gives one. */
export async function readSourceDirectory(
  dir: string,
  options: { rootName?: string } = {}
): Promise<DependencyGraph> {
  const tree = await findLockfiles(dir)
  if (tree.lockfiles.length === 0) {
    // source-graph.ts turns this into the installed packages, else the files.
    throw new InputError(
      'SBOM_NO_LOCKFILE',
      `${dir}: no lockfile found (${LOCKFILE_NAMES})`
    )
  }
  return readSourceTree(tree.reader, tree.lockfiles, {
    rootName: options.rootName ?? basename(tree.dir),
    manifestPaths: tree.manifests
  })
}

/**
 * One lockfile given as a path: that lockfile alone, with the manifests
 * beside it (package.json, Cargo.toml, pyproject.toml) for the root's name
 * and what is dev-only. The folder's name is the root's name when no
 * manifest gives one.
 */
export async function readLockfileGraph(
  file: string
): Promise<DependencyGraph> {
  const dir = dirname(resolve(file))
  const lockfile = basename(file)
  const beside = await Promise.all(
    [...MANIFEST_NAMES].map(async (name) =>
      (await stat(join(dir, name)).catch(() => undefined))?.isFile()
        ? name
        : undefined
    )
  )
  return readSourceTree(createTreeReader(dir), [lockfile], {
    rootName: basename(dir),
    manifestPaths: beside.filter((n): n is string => n !== undefined).sort()
  })
}

/** A tree with no lockfile and no installed packages, described by its files (each with its SHA-256). */
export async function readTreeFiles(dir: string): Promise<DependencyGraph> {
  const root = resolve(dir)
  return buildFilesGraph(basename(root), await hashTreeFiles(root))
}

/** A tree described by its files stops here: past it, describe a built artifact instead. */
export const MAX_TREE_FILES = 50_000

/** Every regular file of the tree (the walk's skipped folders aside) with its SHA-256. */
export async function hashTreeFiles(dir: string): Promise<TreeFile[]> {
  const paths: string[] = []
  const visit = async (folder: string): Promise<void> => {
    const entries = await readdir(join(dir, folder), { withFileTypes: true })
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
        await visit(path)
      } else if (entry.isFile()) paths.push(path)
      if (paths.length > MAX_TREE_FILES) {
        throw new InputError(
          'SBOM_TREE_TOO_LARGE',
          `${dir}: no lockfile, and more than ${MAX_TREE_FILES} files to describe one by one: commit a lockfile, or give the path of a built artifact instead`
        )
      }
    }
  }
  await visit('')
  const sorted = paths.sort()
  const digests = await sha256Files(sorted.map((p) => join(dir, p)))
  return sorted.map((path, i) => ({ path, sha256: digests[i]!.sha256 }))
}
