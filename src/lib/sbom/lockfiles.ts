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
 * The others are reported as skipped, with the reason.
 */
import type { TreeReader } from './model.js'
import { asString, dirOf, isRecord } from './sources/parse-text.js'

export type LockfileKind =
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'uv'
  | 'poetry'
  | 'pipfile'
  | 'requirements'
  | 'go'
  | 'cargo'

const JS_ORDER = [
  'npm-shrinkwrap.json',
  'package-lock.json',
  'pnpm-lock.yaml',
  'yarn.lock'
]
const PY_ORDER = ['uv.lock', 'poetry.lock', 'Pipfile.lock']
const MANAGER_FILES = new Map<string, string[]>([
  ['npm', ['npm-shrinkwrap.json', 'package-lock.json']],
  ['pnpm', ['pnpm-lock.yaml']],
  ['yarn', ['yarn.lock']]
])

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function isRequirementsFile(path: string): boolean {
  const name = baseName(path)
  if (!name.toLowerCase().endsWith('.txt')) return false
  return /requirements/i.test(name) || baseName(dirOf(path)) === 'requirements'
}

export function lockfileKind(path: string): LockfileKind | undefined {
  switch (baseName(path)) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return 'npm'
    case 'yarn.lock':
      return 'yarn'
    case 'pnpm-lock.yaml':
      return 'pnpm'
    case 'uv.lock':
      return 'uv'
    case 'poetry.lock':
      return 'poetry'
    case 'Pipfile.lock':
      return 'pipfile'
    case 'go.mod':
      return 'go'
    case 'Cargo.lock':
      return 'cargo'
    default:
      return isRequirementsFile(path) ? 'requirements' : undefined
  }
}

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

function pick(names: string[], order: string[]): string | undefined {
  return order.find((name) => names.includes(name))
}

/** `paths`: every lockfile candidate found, relative POSIX paths. */
export function selectLockfiles(
  paths: readonly string[],
  read?: TreeReader
): LockfileSelection {
  const byFolder = new Map<string, string[]>()
  for (const path of paths) {
    if (lockfileKind(path) === undefined) continue
    const list = byFolder.get(dirOf(path)) ?? []
    list.push(path)
    byFolder.set(dirOf(path), list)
  }
  const lockfiles: string[] = []
  const skipped: SkippedLockfile[] = []
  for (const [folder, list] of byFolder) {
    const names = list.map(baseName)
    const manager = packageManager(read, folder)
    const js = pick(names, [
      ...(MANAGER_FILES.get(manager ?? '') ?? []),
      ...JS_ORDER
    ])
    const py = pick(names, PY_ORDER)
    for (const path of list) {
      const kind = lockfileKind(path)
      const name = baseName(path)
      let winner: string | undefined = name
      if (kind === 'npm' || kind === 'yarn' || kind === 'pnpm') winner = js
      else if (kind === 'uv' || kind === 'poetry' || kind === 'pipfile')
        winner = py
      else if (kind === 'requirements' && py !== undefined) winner = py
      if (winner === name) lockfiles.push(path)
      else
        skipped.push({
          path,
          reason: `${folder === '' ? '' : `${folder}/`}${winner} is read for this folder instead`
        })
    }
  }
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return {
    lockfiles: lockfiles.sort(order),
    skipped: skipped.sort((a, b) => order(a.path, b.path))
  }
}
