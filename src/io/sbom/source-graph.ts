/**
 * A source tree on disk -> its DependencyGraph, through the lockfile readers
 * (io/sbom/source-tree.ts finds the lockfiles, lib/sbom/read-source.ts reads
 * them). Every message names the tree as the user wrote it.
 */
import { InputError, InputErrors } from '../../lib/errors.js'
import type { DependencyGraph } from '../../lib/sbom/model.js'
import { withInstalled } from '../../lib/sbom/installed/installed-graph.js'
import { readInstalledTree } from './installed-tree.js'
import {
  readLockfileGraph,
  readSourceDirectory,
  readTreeFiles
} from './source-tree.js'

/**
 * The lockfiles' graph; the installed packages when the tree has no
 * lockfile, or beside the lockfiles when `installed` is asked for.
 */
export async function buildSourceGraph(
  dir: string,
  display: string,
  options: { installed?: boolean } = {}
): Promise<DependencyGraph> {
  let locked: DependencyGraph
  try {
    locked = await readLockfiles(dir, display)
  } catch (error) {
    if (!(error instanceof InputError && error.code === 'SBOM_NO_LOCKFILE'))
      throw error
    // No lockfile: the installed packages, else the files themselves.
    return readInstalledTree(dir, display).catch((missing: unknown) => {
      if (missing instanceof InputError && missing.code === 'SBOM_NO_LOCKFILE')
        return named(dir, display, () => readTreeFiles(dir))
      throw missing
    })
  }
  if (!options.installed) return locked
  const installed = await readInstalledTree(dir, display).catch(
    (error: unknown) => {
      if (error instanceof InputError && error.code === 'SBOM_NO_LOCKFILE')
        return undefined
      throw error
    }
  )
  return installed ? withInstalled(locked, installed) : locked
}

async function readLockfiles(
  dir: string,
  display: string
): Promise<DependencyGraph> {
  return named(dir, display, () => readSourceDirectory(dir))
}

/** A lockfile given as a path: that lockfile, with its manifest beside it. */
export async function buildLockfileGraph(
  file: string,
  display: string
): Promise<DependencyGraph> {
  return named(file, display, () => readLockfileGraph(file))
}

async function named(
  dir: string,
  display: string,
  read: () => Promise<DependencyGraph>
): Promise<DependencyGraph> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    const problems = error instanceof InputErrors ? error.problems : [error]
    const named = problems.map(
      (p) =>
        new InputError(
          p.code,
          p.message.startsWith(dir)
            ? `${display}${p.message.slice(dir.length)}`
            : `${display}: ${p.message}`,
          { cause: p }
        )
    )
    throw named.length === 1 ? named[0]! : new InputErrors(named)
  }
}
