/**
 * The source side of a rebuild: the commit a revision names, its committer
 * time (SOURCE_DATE_EPOCH), where the repository lives, and a fresh
 * worktree of exactly that commit in a temporary directory. The caller's
 * working tree (its untracked and modified files) is never read.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { execFileCapture } from './exec.js'

const GIT_TIMEOUT_MS = 5 * 60 * 1000

export interface SourceCommit {
  /** The repository's top-level directory. */
  root: string
  commit: string
  committerTime: number
  /** The `origin` remote's URL, when there is one. */
  remoteUrl: string | undefined
}

export interface Worktree {
  dir: string
  remove(): Promise<void>
}

async function git(
  cwd: string,
  args: string[]
): Promise<{ ok: boolean; out: string; err: string }> {
  const result = await execFileCapture('git', ['-C', cwd, ...args], {
    timeoutMs: GIT_TIMEOUT_MS,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
  })
  return {
    ok: result.exitCode === 0,
    out: result.stdout.trim(),
    err: result.stderr.trim()
  }
}

export async function resolveSourceCommit(
  source: string,
  ref: string
): Promise<SourceCommit> {
  const top = await git(source, ['rev-parse', '--show-toplevel'])
  if (!top.ok) {
    throw new InputError(
      'REBUILD_NOT_A_REPOSITORY',
      `input "source": ${source} is not a git repository (${top.err || 'git rev-parse failed'}); check out the project first, e.g. with actions/checkout`
    )
  }
  const commit = await git(source, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`
  ])
  if (!commit.ok || !/^[0-9a-f]{40,64}$/.test(commit.out)) {
    throw new InputError(
      'REBUILD_UNKNOWN_COMMIT',
      `input "source-ref": "${ref}" is not a commit of the repository at ${top.out}; fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`
    )
  }
  const time = await git(source, ['show', '-s', '--format=%ct', commit.out])
  const remote = await git(source, ['config', '--get', 'remote.origin.url'])
  return {
    root: top.out,
    commit: commit.out,
    committerTime: Number(time.out),
    remoteUrl: remote.ok && remote.out !== '' ? remote.out : undefined
  }
}

/** A detached worktree of `commit` under `tempRoot`; remove() also prunes its record. */
export async function createWorktree(
  source: SourceCommit,
  tempRoot: string
): Promise<Worktree> {
  const parent = await realpath(
    await mkdtemp(path.join(tempRoot, 'provenant-rebuild-'))
  )
  const dir = path.join(parent, 'src')
  // No hooks of the caller's repository run for this checkout.
  const added = await git(source.root, [
    '-c',
    'core.hooksPath=/dev/null',
    'worktree',
    'add',
    '--detach',
    '--force',
    dir,
    source.commit
  ])
  if (!added.ok) {
    await rm(parent, { recursive: true, force: true })
    throw new InputError(
      'REBUILD_CHECKOUT_FAILED',
      `cannot check out ${source.commit} into a worktree: ${added.err}`
    )
  }
  return {
    dir,
    remove: async () => {
      await git(source.root, ['worktree', 'remove', '--force', dir])
      await rm(parent, { recursive: true, force: true })
      await git(source.root, ['worktree', 'prune'])
    }
  }
}
