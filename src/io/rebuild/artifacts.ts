/**
 * The rebuilt artifacts: files the artifact globs match under the build's
 * working directory, named by their file name (a release is flat, so two
 * artifacts may not share one).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { InputError } from '../../lib/errors.js'

export interface FoundArtifact {
  name: string
  /** Relative to the working directory. */
  path: string
  absolute: string
}

export async function findArtifacts(
  globs: readonly string[],
  cwd: string
): Promise<FoundArtifact[]> {
  const matches = await glob([...globs], {
    cwd,
    onlyFiles: true,
    dot: true,
    expandDirectories: false,
    followSymbolicLinks: false
  })
  if (matches.length === 0) {
    const present = await listSome(cwd, globs)
    throw new InputError(
      'REBUILD_NO_ARTIFACTS',
      `input "artifacts": ${globs.map((g) => `"${g}"`).join(', ')} matched no file after the build, in ${cwd}${present}; check the globs against where the build writes its artifacts (they are relative to "working-directory")`
    )
  }
  const byName = new Map<string, string>()
  const found: FoundArtifact[] = []
  for (const match of matches.sort()) {
    const name = path.basename(match)
    const other = byName.get(name)
    if (other !== undefined) {
      throw new InputError(
        'REBUILD_DUPLICATE_ARTIFACT',
        `input "artifacts": ${other} and ${match} have the same file name; artifacts are compared by name, so narrow the globs to one of them`
      )
    }
    byName.set(name, match)
    found.push({ name, path: match, absolute: path.join(cwd, match) })
  }
  return found
}

/** ` (the directory dist/ holds: a, b)`, to help fix a glob. */
async function listSome(
  cwd: string,
  globs: readonly string[]
): Promise<string> {
  const first = globs[0] ?? ''
  const dir = first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '.'
  if (/[*?[{]/.test(dir)) return ''
  try {
    const names = (await readdir(path.join(cwd, dir))).sort()
    const shown = names.slice(0, 10).join(', ')
    return names.length === 0
      ? ` (${dir}/ is empty)`
      : ` (${dir}/ holds: ${shown}${names.length > 10 ? ', ...' : ''})`
  } catch {
    return ` (there is no ${dir}/)`
  }
}
