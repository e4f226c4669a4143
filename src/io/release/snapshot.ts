/**
 * The source of a local release: the project folder committed into a fresh
 * git repository, so that the build and the rebuild start from exactly the
 * same commit, as they do on GitHub.
 */
import { cp, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { execFileCapture } from '../rebuild/exec.js'

const GIT_TIMEOUT_MS = 60_000
const SKIPPED = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  '__pycache__'
])

export interface SourceSnapshot {
  dir: string
  commit: string
  /** The commit's time, seconds: the build's SOURCE_DATE_EPOCH. */
  epoch: number
}

export async function snapshotProject(
  projectDir: string,
  into: string,
  epoch: number
): Promise<SourceSnapshot> {
  await mkdir(into, { recursive: true })
  await cp(projectDir, into, {
    recursive: true,
    filter: (source) =>
      !SKIPPED.has(path.basename(source)) || source === projectDir
  })
  const date = `@${epoch} +0000`
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Provenant',
    GIT_AUTHOR_EMAIL: 'release@provenant.invalid',
    GIT_COMMITTER_NAME: 'Provenant',
    GIT_COMMITTER_EMAIL: 'release@provenant.invalid',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  }
  const git = async (...args: string[]): Promise<string> => {
    const result = await execFileCapture('git', args, {
      cwd: into,
      env,
      timeoutMs: GIT_TIMEOUT_MS
    })
    if (result.exitCode !== 0) {
      throw new InputError(
        'RELEASE_GIT_FAILED',
        `git ${args[0]} failed in ${into}: ${result.stderr.trim() || result.stdout.trim()}`
      )
    }
    return result.stdout.trim()
  }
  await git('init', '-q', '-b', 'main')
  await git('add', '-A')
  await git(
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-q',
    '-m',
    'release source'
  )
  return { dir: into, commit: await git('rev-parse', 'HEAD'), epoch }
}

/** The time of the last commit that touched the folder, or undefined outside git. */
export async function lastCommitTime(dir: string): Promise<number | undefined> {
  const result = await execFileCapture(
    'git',
    ['log', '-1', '--format=%ct', '--', '.'],
    { cwd: dir, timeoutMs: GIT_TIMEOUT_MS }
  ).catch(() => undefined)
  const value = Number(result?.stdout.trim())
  return result?.exitCode === 0 && Number.isInteger(value) && value > 0
    ? value
    : undefined
}
