/**
 * Where a command may read and write. An Action is fenced inside
 * GITHUB_WORKSPACE: every path it reads or writes, symbolic links resolved,
 * must stay inside (a workflow's inputs are not a licence to touch the
 * runner). The CLI takes any path the user names, resolved against the
 * current directory, as syft, cosign and gh do. This module is the one place
 * that decides: the Actions build `workspaceFence`, the CLI `openFence`.
 */
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { isInside } from '../../lib/sign/paths.js'

export interface PathFence {
  /** Where relative paths resolve: the workspace, or the CLI's current directory. */
  readonly base: string
  /** The folder every path must stay inside; undefined on the CLI (any path). */
  readonly root: string | undefined
}

/** An Action's fence: everything inside `workspace`, symbolic links resolved. */
export function workspaceFence(workspace: string): PathFence {
  const root = path.resolve(workspace)
  return { base: root, root }
}

/** The CLI's: any path, relative ones against `cwd`. */
export function openFence(cwd: string): PathFence {
  return { base: path.resolve(cwd), root: undefined }
}

/** The fence with its root's symbolic links resolved (a workspace under /tmp -> /private/tmp). */
export async function realFence(fence: PathFence): Promise<PathFence> {
  const base = await realpath(fence.base).catch(() => fence.base)
  if (fence.root === undefined) return { base, root: undefined }
  const root = await realpath(fence.root).catch(() => fence.root!)
  return { base, root }
}

/** Whether `absolute` may be used: always on the CLI, inside the root in an Action. */
export function allows(fence: PathFence, absolute: string): boolean {
  return fence.root === undefined || isInside(fence.root, absolute)
}

export interface FenceProblem {
  /** The input as the user writes it: "output-dir", "files". */
  input: string
  /** The value as given. */
  given: string
  /** The error code (SIGN_OUTPUT_OUTSIDE_WORKSPACE, ...). */
  code: string
  /** How the path left: " (a link to /etc)". */
  detail?: string
}

export interface WritableDirProblem extends Omit<FenceProblem, 'detail'> {
  /** The error code when the path names a file. */
  fileCode: string
}

export function outsideWorkspace(
  fence: PathFence,
  problem: FenceProblem
): InputError {
  return new InputError(
    problem.code,
    `input "${problem.input}" has ${problem.given}${problem.detail ?? ''}, which is outside the workspace ${fence.root ?? fence.base}: give a path inside it (an Action reads and writes only inside GITHUB_WORKSPACE)`
  )
}

/**
 * A folder to write into, which may not exist yet: absolute, with the links
 * of its nearest existing ancestor resolved. In an Action that real path
 * must lie inside the workspace; an existing file there is an error.
 */
export async function resolveWritableDir(
  fence: PathFence,
  problem: WritableDirProblem
): Promise<string> {
  const real = await realFence(fence)
  const lexical = path.resolve(real.base, problem.given)
  if (!allows(real, lexical)) {
    const { input, given, code } = problem
    throw outsideWorkspace(real, { input, given, code })
  }
  let existing = lexical
  let rest = ''
  for (;;) {
    const resolved = await realpath(existing).catch(() => undefined)
    if (resolved !== undefined) {
      if (!allows(real, resolved)) {
        throw outsideWorkspace(real, {
          input: problem.input,
          given: problem.given,
          code: problem.code,
          detail: ` (through a link to ${resolved})`
        })
      }
      if (!(await stat(resolved)).isDirectory()) {
        throw new InputError(
          problem.fileCode,
          `input "${problem.input}" has ${problem.given}, but ${resolved} is a file: give a directory`
        )
      }
      return path.join(resolved, rest)
    }
    rest = path.join(path.basename(existing), rest)
    existing = path.dirname(existing)
  }
}
