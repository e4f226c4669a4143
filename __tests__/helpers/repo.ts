import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, however jest was started. */
export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..'
)

/** shared/ lies beside the checkout, for developers and CI alike. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared')

export const repoPath = (...parts: string[]): string =>
  path.join(REPO_ROOT, ...parts)
