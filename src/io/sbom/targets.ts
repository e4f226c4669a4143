/**
 * The paths of the sbom inputs, resolved against the fence's base: each must
 * exist (a directory is a source tree, a file an artifact) and, in an
 * Action, stay inside the workspace, symbolic links followed. A glob (`dist/*.whl`) stands for
 * the files it matches, sorted, SBOMs written earlier left out. Problems are
 * collected and reported together.
 */
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError, InputErrors } from '../../lib/errors.js'
import {
  isImageReference,
  parseImageReference
} from '../../lib/oci/reference.js'
import { compareText } from '../../lib/sbom/document.js'
import { isLayoutFolder } from './image/layout-folder.js'
import type { PathFence } from '../fs/path-fence.js'
import {
  allows,
  outsideWorkspace,
  realFence,
  resolveWritableDir
} from '../fs/path-fence.js'

const GLOB_CHARS = /[*?[\]{}()!+@]/
/** What this action writes: never described by a glob that matches it. */
const OWN_OUTPUT = /^sbom-.+\.(cyclonedx|spdx)\.json$/

export interface SbomTarget {
  /** As the user wrote it. */
  display: string
  /** Absolute, symbolic links resolved. */
  absolute: string
  /** image: an OCI layout folder, or an oci:// reference (absolute is the reference). */
  kind: 'tree' | 'artifact' | 'image'
}

export interface ResolvedPaths {
  workspace: string
  targets: SbomTarget[]
  /** undefined: each SBOM beside its target. */
  outputDir: string | undefined
}

/** Where a target's SBOMs go by default: in the tree, or next to the artifact. */
export function besideTarget(target: SbomTarget, workspace: string): string {
  if (isImageReference(target.absolute)) return workspace
  return target.kind === 'tree'
    ? target.absolute
    : path.dirname(target.absolute)
}

export async function resolveSbomPaths(
  fence: PathFence,
  paths: readonly string[],
  outputDir: string | undefined
): Promise<ResolvedPaths> {
  await stat(fence.base).catch((error: unknown) => {
    throw new InputError(
      'SBOM_WORKSPACE_MISSING',
      `the workspace ${fence.base} does not exist (GITHUB_WORKSPACE or the current directory)`,
      { cause: error }
    )
  })
  const real = await realFence(fence)
  const problems: InputError[] = []
  const targets: SbomTarget[] = []
  for (const given of paths) {
    try {
      if (isImageReference(given)) {
        parseImageReference(given)
        targets.push({ display: given, absolute: given, kind: 'image' })
        continue
      }
      for (const display of await expand(real, given)) {
        targets.push(await resolveTarget(real, display))
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(error)
    }
  }
  let out: string | undefined
  try {
    if (outputDir !== undefined)
      out = await resolveWritableDir(real, {
        input: 'output-dir',
        given: outputDir,
        code: 'SBOM_PATH_OUTSIDE_WORKSPACE',
        fileCode: 'SBOM_OUTPUT_NOT_A_DIRECTORY'
      })
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    problems.push(error)
  }
  if (problems.length > 0) throw new InputErrors(problems)
  return { workspace: real.base, targets, outputDir: out }
}

/** A glob's matching files as workspace-relative paths; a plain path as given. */
async function expand(fence: PathFence, given: string): Promise<string[]> {
  if (!GLOB_CHARS.test(given)) return [given]
  const segments = given.replaceAll('\\', '/').split('/')
  const fixed = segments.slice(
    0,
    segments.findIndex((p) => GLOB_CHARS.test(p))
  )
  if (!allows(fence, path.resolve(fence.base, fixed.join('/') || '.'))) {
    throw outside(fence, given)
  }
  // Loaded only for a pattern: a plain path needs no glob engine.
  const { glob } = await import('tinyglobby')
  const matches = await glob(given, {
    cwd: fence.base,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: true
  })
  const files = matches
    .filter((m) => !OWN_OUTPUT.test(path.basename(m)))
    .sort(compareText)
  if (files.length === 0) {
    throw new InputError(
      'SBOM_PATH_NO_MATCH',
      `input "path" has ${given}, which matches no file: check the pattern (and that the build step ran)`
    )
  }
  return files
}

function outside(fence: PathFence, given: string, detail = ''): InputError {
  return outsideWorkspace(fence, {
    input: 'path',
    given,
    code: 'SBOM_PATH_OUTSIDE_WORKSPACE',
    detail
  })
}

async function resolveTarget(
  fence: PathFence,
  display: string
): Promise<SbomTarget> {
  const lexical = path.resolve(fence.base, display)
  if (!allows(fence, lexical)) throw outside(fence, display)
  const absolute = await realpath(lexical).catch((error: unknown) => {
    throw new InputError(
      'SBOM_PATH_NOT_FOUND',
      `input "path" has ${display}, which does not exist: check the path (and that the build step ran)`,
      { cause: error }
    )
  })
  if (!allows(fence, absolute))
    throw outside(fence, display, ` (a link to ${absolute})`)
  const info = await stat(absolute)
  if (info.isDirectory()) {
    const kind = (await isLayoutFolder(absolute)) ? 'image' : 'tree'
    return { display, absolute, kind }
  }
  if (info.isFile()) return { display, absolute, kind: 'artifact' }
  throw new InputError(
    'SBOM_PATH_NOT_A_FILE',
    `input "path" has ${display}, which is neither a directory nor a regular file`
  )
}
