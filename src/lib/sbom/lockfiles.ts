/**
 * Which files are lockfiles, and which one wins when a folder has several for
 * the same ecosystem. Pure: the io layer walks the tree and calls this.
 *
 * Per folder and ecosystem one lockfile is read:
 * - JavaScript: the package manager package.json names (`packageManager`)
 *   when its lockfile is there; otherwise npm-shrinkwrap.json (npm itself
 *   prefers it), package-lock.json, pnpm-lock.yaml, yarn.lock, in that order.
 * - Python: uv.lock, poetry.lock, Pipfile.lock, else every requirements file
 *   of the folder (they complement each other: requirements.txt,
 *   requirements-dev.txt, requirements/*.txt).
 * - Go: go.mod (with go.sum beside it); Rust: Cargo.lock.
 * The others are reported as skipped, with the reason. The families, names
 * and order come from the registry (sources/lockfile-formats.ts).
 */
import type { TreeReader } from './model.js'
import type { LockfileFormat } from './sources/lockfile-format.js'
import {
  LOCKFILE_FORMATS,
  lockfileFormat,
  lockfileKind
} from './sources/lockfile-formats.js'
import { asString, baseName, dirOf, isRecord } from './sources/parse-text.js'

export type { LockfileKind } from './sources/lockfile-format.js'
export { lockfileKind }

export interface SkippedLockfile {
  path: string
  reason: string
}

export interface LockfileSelection {
  lockfiles: string[]
  skipped: SkippedLockfile[]
}

function packageManager(
  read: TreeReader | undefined,
  folder: string
): string | undefined {
  const text = read?.(folder === '' ? 'package.json' : `${folder}/package.json`)
  if (text === undefined) return undefined
  try {
    const data: unknown = JSON.parse(text)
    const field = isRecord(data) ? asString(data.packageManager) : undefined
    return field?.split('@')[0]
  } catch {
    return undefined // the reader of that folder reports a broken package.json
  }
}

/** The file that wins among `names` for a family: the package manager's first, then the registry's order. */
function winner(
  names: string[],
  family: LockfileFormat['family'],
  manager: string | undefined
): string | undefined {
  const formats = LOCKFILE_FORMATS.filter(
    (f) => f.family === family && f.fallback !== true
  )
  const order = [
    ...formats.filter((f) => manager !== undefined && f.manager === manager),
    ...formats
  ].flatMap((f) => f.names)
  return order.find((name) => names.includes(name))
}

/** `paths`: every lockfile candidate found, relative POSIX paths. */
export function selectLockfiles(
  paths: readonly string[],
  read?: TreeReader
): LockfileSelection {
  const byFolder = new Map<string, string[]>()
  for (const path of paths) {
    if (lockfileFormat(path) === undefined) continue
    const list = byFolder.get(dirOf(path)) ?? []
    list.push(path)
    byFolder.set(dirOf(path), list)
  }
  const lockfiles: string[] = []
  const skipped: SkippedLockfile[] = []
  for (const [folder, list] of byFolder) {
    const names = list.map(baseName)
    const manager = packageManager(read, folder)
    for (const path of list) {
      const format = lockfileFormat(path) as LockfileFormat
      const name = baseName(path)
      const wins = winner(names, format.family, manager) ?? name
      if (wins === name) lockfiles.push(path)
      else
        skipped.push({
          path,
          reason: `${folder === '' ? '' : `${folder}/`}${wins} is read for this folder instead`
        })
    }
  }
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return {
    lockfiles: lockfiles.sort(order),
    skipped: skipped.sort((a, b) => order(a.path, b.path))
  }
}
