/**
 * The `files` input -> the files to sign: globs matched with tinyglobby,
 * inside the workspace in an Action (every match, symlinks resolved,
 * checked to be inside it) and anywhere on the CLI; duplicates and our own
 * earlier outputs dropped, sorted.
 */
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { InputError, InputErrors } from '../../lib/errors.js'
import {
  dropOwnOutputs,
  fixedDirectoryOf,
  toWorkspacePattern
} from '../../lib/sign/paths.js'
import type { Logger } from '../../lib/ports.js'
import type { PathFence } from '../fs/path-fence.js'
import { allows, realFence } from '../fs/path-fence.js'

export interface ResolveFilesOptions {
  patterns: readonly string[]
  fence: PathFence
  allowEmpty: boolean
  logger: Logger
}

/** Where to glob a pattern from and the pattern relative to it. */
function toGlob(
  fence: PathFence,
  pattern: string
): { cwd: string; relative: string } {
  if (fence.root !== undefined) {
    return {
      cwd: fence.root,
      relative: toWorkspacePattern(fence.root, pattern)
    }
  }
  const cwd = path.resolve(fence.base, fixedDirectoryOf(pattern))
  const relative = path
    .relative(cwd, path.resolve(fence.base, pattern))
    .replaceAll(path.sep, '/')
  return { cwd, relative: relative || '.' }
}

/** Absolute, real paths of the files to sign. */
export async function resolveFiles(
  options: ResolveFilesOptions
): Promise<string[]> {
  const fence = await realFence(options.fence)
  const problems: InputError[] = []
  const found = new Set<string>()
  for (const pattern of options.patterns) {
    let from: { cwd: string; relative: string }
    try {
      from = toGlob(fence, pattern)
    } catch (error) {
      if (error instanceof InputError) {
        problems.push(error)
        continue
      }
      throw error
    }
    const matches = await glob(from.relative, {
      cwd: from.cwd,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
      followSymbolicLinks: true
    })
    if (matches.length === 0) {
      if (options.allowEmpty) {
        options.logger.warning(
          `files: "${pattern}" matches no file (allowed by allow-empty)`
        )
      } else {
        problems.push(
          new InputError(
            'SIGN_NO_MATCH',
            `input "files": "${pattern}" matches no file in ${from.cwd}; check the path, or set \`allow-empty: true\` if that can happen`
          )
        )
      }
    }
    for (const match of matches) {
      const real = await realpath(match)
      if (!allows(fence, real)) {
        problems.push(
          new InputError(
            'SIGN_PATH_OUTSIDE_WORKSPACE',
            `input "files": "${match}" links to ${real}, outside the workspace ${fence.root}`
          )
        )
      } else found.add(real)
    }
  }
  if (problems.length > 0) throw new InputErrors(problems)
  const { kept, dropped } = dropOwnOutputs([...found].sort())
  for (const file of dropped) {
    options.logger.info(`files: skipping ${file}, a signature of another match`)
  }
  return kept
}
