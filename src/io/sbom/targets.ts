/**
 * The paths of the sbom inputs, resolved inside the workspace: each must
 * exist (a directory is a source tree, a file an artifact) and stay inside
 * the workspace, symbolic links followed. A glob (`dist/*.whl`) stands for
 * the files it matches, sorted, SBOMs written earlier left out. Problems are
 * collected and reported together.
 */
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { InputError, InputErrors } from '../../lib/errors.js'
import {
  isImageReference,
  parseImageReference
} from '../../lib/oci/reference.js'
import { compareText } from '../../lib/sbom/document.js'
import { isLayoutFolder } from './image/image-target.js'

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
  workspaceDir: string,
  paths: readonly string[],
  outputDir: string | undefined
): Promise<ResolvedPaths> {
  const workspace = await realpath(path.resolve(workspaceDir)).catch(
    (error: unknown) => {
      throw new InputError(
        'SBOM_WORKSPACE_MISSING',
        `the workspace ${workspaceDir} does not exist (GITHUB_WORKSPACE or the current directory)`,
        { cause: error }
      )
    }
  )
  const problems: InputError[] = []
  const targets: SbomTarget[] = []
  for (const given of paths) {
    try {
      if (isImageReference(given)) {
        parseImageReference(given)
        targets.push({ display: given, absolute: given, kind: 'image' })
        continue
      }
      for (const display of await expand(workspace, given)) {
        targets.push(await resolveTarget(workspace, display))
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(error)
    }
  }
  let out: string | undefined
  try {
    if (outputDir !== undefined)
      out = await resolveOutputDir(workspace, outputDir)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    problems.push(error)
  }
  if (problems.length > 0) throw new InputErrors(problems)
  return { workspace, targets, outputDir: out }
}

/** A glob's matching files as workspace-relative paths; a plain path as given. */
async function expand(workspace: string, given: string): Promise<string[]> {
  if (!GLOB_CHARS.test(given)) return [given]
  const segments = given.replaceAll('\\', '/').split('/')
  const fixed = segments.slice(
    0,
    segments.findIndex((p) => GLOB_CHARS.test(p))
  )
  if (!isInside(workspace, path.resolve(workspace, fixed.join('/') || '.'))) {
    throw outside(workspace, 'path', given)
  }
  const matches = await glob(given, {
    cwd: workspace,
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
      `input "path" has ${given}, which matches no file in the workspace: check the pattern (and that the build step ran)`
    )
  }
  return files
}

function outside(workspace: string, name: string, display: string): InputError {
  return new InputError(
    'SBOM_PATH_OUTSIDE_WORKSPACE',
    `input "${name}" has ${display}, which is outside the workspace ${workspace}: give a path inside it`
  )
}

function isInside(workspace: string, candidate: string): boolean {
  const relative = path.relative(workspace, candidate)
  return (
    relative === '' ||
    (!relative.startsWith('..') && !path.isAbsolute(relative))
  )
}

async function resolveTarget(
  workspace: string,
  display: string
): Promise<SbomTarget> {
  const lexical = path.resolve(workspace, display)
  if (!isInside(workspace, lexical)) throw outside(workspace, 'path', display)
  const absolute = await realpath(lexical).catch((error: unknown) => {
    throw new InputError(
      'SBOM_PATH_NOT_FOUND',
      `input "path" has ${display}, which does not exist in the workspace: check the path (and that the build step ran)`,
      { cause: error }
    )
  })
  if (!isInside(workspace, absolute)) throw outside(workspace, 'path', display)
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

/** The output directory may not exist yet: its nearest existing ancestor must be inside. */
async function resolveOutputDir(
  workspace: string,
  outputDir: string
): Promise<string> {
  const lexical = path.resolve(workspace, outputDir)
  if (!isInside(workspace, lexical))
    throw outside(workspace, 'output-dir', outputDir)
  let existing = lexical
  let rest = ''
  for (;;) {
    const real = await realpath(existing).catch(() => undefined)
    if (real !== undefined) {
      if (!isInside(workspace, real))
        throw outside(workspace, 'output-dir', outputDir)
      const info = await stat(real)
      if (!info.isDirectory()) {
        throw new InputError(
          'SBOM_OUTPUT_NOT_A_DIRECTORY',
          `input "output-dir" has ${outputDir}, but ${path.relative(workspace, real) || '.'} is a file: give a directory`
        )
      }
      return path.join(real, rest)
    }
    rest = path.join(path.basename(existing), rest)
    existing = path.dirname(existing)
  }
}
