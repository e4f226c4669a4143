/**
 * The `files` input -> the files to sign: globs matched inside the
 * workspace with tinyglobby, every match (symlinks resolved) checked to be
 * inside it, duplicates and our own earlier outputs dropped, sorted.
 */
import { realpath } from 'node:fs/promises'
import { glob } from 'tinyglobby'
import { InputError, InputErrors } from '../../lib/errors.js'
import {
  dropOwnOutputs,
  isInside,
  toWorkspacePattern
} from '../../lib/sign/paths.js'
import type { Logger } from '../../lib/ports.js'

export interface ResolveFilesOptions {
  patterns: readonly string[]
  workspace: string
  allowEmpty: boolean
  logger: Logger
}

/** Absolute, real paths of the files to sign. */
export async function resolveFiles(
  options: ResolveFilesOptions
): Promise<string[]> {
  const root = await realpath(options.workspace)
  const problems: InputError[] = []
  const found = new Set<string>()
  for (const pattern of options.patterns) {
    let relative: string
    try {
      relative = toWorkspacePattern(root, pattern)
    } catch (error) {
      if (error instanceof InputError) {
        problems.push(error)
        continue
      }
      throw error
    }
    const matches = await glob(relative, {
      cwd: root,
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
            `input "files": "${pattern}" matches no file in ${root}; check the path, or set \`allow-empty: true\` if that can happen`
          )
        )
      }
    }
    for (const match of matches) {
      const real = await realpath(match)
      if (!isInside(root, real)) {
        problems.push(
          new InputError(
            'SIGN_PATH_OUTSIDE_WORKSPACE',
            `input "files": "${match}" links to ${real}, outside the workspace ${root}`
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
