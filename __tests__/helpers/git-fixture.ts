/**
 * Temporary git repositories for rebuild tests: files committed with fixed
 * dates (so SOURCE_DATE_EPOCH is known), the repository's examples copied
 * in, and clean clones at a commit (what a producer's release job builds).
 */
import { execFile } from 'node:child_process'
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { repoPath } from './repo.js'

const run = promisify(execFile)

/** 2024-01-01T00:00:00Z: the commit time of every fixture commit. */
export const FIXTURE_EPOCH = 1704067200
const FIXTURE_DATE = '2024-01-01T00:00:00Z'

export async function git(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', dir, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Fixture',
      GIT_AUTHOR_EMAIL: 'fixture@example.com',
      GIT_COMMITTER_NAME: 'Fixture',
      GIT_COMMITTER_EMAIL: 'fixture@example.com',
      GIT_AUTHOR_DATE: FIXTURE_DATE,
      GIT_COMMITTER_DATE: FIXTURE_DATE,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1'
    }
  })
  return stdout.trim()
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `provenant-test-${prefix}-`))
}

export type FixtureFiles = Record<
  string,
  string | { text: string; mode: number }
>

export async function writeFiles(
  dir: string,
  files: FixtureFiles
): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    await mkdir(path.dirname(file), { recursive: true })
    const text = typeof content === 'string' ? content : content.text
    await writeFile(file, text)
    if (typeof content !== 'string') await chmod(file, content.mode)
  }
}

/** A new repository holding `files` (and examples/<example>, when named), one commit. */
export async function createRepo(
  files: FixtureFiles,
  example?: string
): Promise<{ dir: string; commit: string }> {
  const dir = await tempDir('repo')
  await git(dir, 'init', '-q', '-b', 'main')
  if (example) await cp(repoPath('examples', example), dir, { recursive: true })
  await writeFiles(dir, files)
  await git(dir, 'add', '-A')
  await git(dir, 'commit', '-q', '-m', 'fixture')
  return { dir, commit: await git(dir, 'rev-parse', 'HEAD') }
}

/** A clean clone of `repo` at `commit`, as a release job checks it out. */
export async function cloneAt(repo: string, commit: string): Promise<string> {
  const dir = path.join(await tempDir('clone'), 'src')
  await run('git', ['clone', '-q', '--no-hardlinks', repo, dir])
  await git(dir, 'checkout', '-q', '--detach', commit)
  return dir
}

/** Runs `sh -c command` in `cwd` with exactly `env`; its output on failure. */
export async function sh(
  cwd: string,
  command: string,
  env: NodeJS.ProcessEnv
): Promise<void> {
  try {
    await run('/bin/sh', ['-c', command], {
      cwd,
      env,
      maxBuffer: 16 * 1024 * 1024
    })
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string }
    throw new Error(
      `${command} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`
    )
  }
}

/** Removes temporary test directories; refuses anything but this helper's own. */
export async function removeAll(
  ...dirs: (string | undefined)[]
): Promise<void> {
  const own = path.join(os.tmpdir(), 'provenant-test-')
  for (const dir of dirs) {
    if (dir !== undefined && !path.resolve(dir).startsWith(own)) {
      throw new Error(`removeAll: ${dir} is not a test directory (${own}*)`)
    }
  }
  await Promise.all(
    dirs
      .filter((d) => d !== undefined)
      .map((d) => rm(d, { recursive: true, force: true }))
  )
}

/** PATH and HOME only, plus `extra`: the environment of a build with nothing else. */
export function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra }
}
