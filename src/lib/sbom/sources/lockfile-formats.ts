/**
 * The registry of lockfile formats Provenant reads, in the order they win
 * over each other in one folder of one family: npm-shrinkwrap.json,
 * package-lock.json, pnpm-lock.yaml, yarn.lock; uv.lock, poetry.lock,
 * Pipfile.lock, then the requirements files; go.mod; Cargo.lock. A new format
 * is one reader file declaring a LockfileFormat, added here.
 */
import { cargoLockfile } from './cargo-lock.js'
import { goModule } from './go-mod.js'
import type { LockfileFormat, LockfileKind } from './lockfile-format.js'
import { npmLockfile } from './npm-lock.js'
import { baseName } from './parse-text.js'
import { pipfileLockfile } from './pipfile-lock.js'
import { pnpmLockfile } from './pnpm-lock.js'
import { poetryLockfile } from './poetry-lock.js'
import { requirementsFiles } from './requirements.js'
import { uvLockfile } from './uv-lock.js'
import { yarnLockfile } from './yarn-lock.js'

export const LOCKFILE_FORMATS: readonly LockfileFormat[] = [
  npmLockfile,
  pnpmLockfile,
  yarnLockfile,
  uvLockfile,
  poetryLockfile,
  pipfileLockfile,
  requirementsFiles,
  goModule,
  cargoLockfile
]

const BY_NAME = new Map(
  LOCKFILE_FORMATS.flatMap((format) =>
    format.names.map((name) => [name, format] as const)
  )
)

/** The format that reads `path` (a relative POSIX path), if any. */
export function lockfileFormat(path: string): LockfileFormat | undefined {
  return (
    BY_NAME.get(baseName(path)) ??
    LOCKFILE_FORMATS.find((format) => format.pattern?.matches(path))
  )
}

export function lockfileKind(path: string): LockfileKind | undefined {
  return lockfileFormat(path)?.kind
}

/** Every lockfile name read, for messages: `package-lock.json, ..., requirements*.txt, ...`. */
export const LOCKFILE_NAMES: string = LOCKFILE_FORMATS.flatMap((format) => [
  ...format.names,
  ...(format.pattern ? [format.pattern.label] : [])
]).join(', ')

/** The manifests the readers read beside their lockfiles (package.json, pyproject.toml, Cargo.toml). */
export const MANIFEST_NAMES: ReadonlySet<string> = new Set(
  LOCKFILE_FORMATS.flatMap((format) => format.manifests)
)
