/** Runs a bundled `provenant` (dist/cli/index.js by default) as a user's shell does. */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { repoPath } from './repo.js'

const run = promisify(execFile)

export const DIST_CLI = repoPath('dist', 'cli', 'index.js')

export interface DistCliRun {
  code: number
  stdout: string
  stderr: string
}

export interface DistCliOptions {
  cwd?: string
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
  /** The program to run: node with DIST_CLI unless given (a single executable, an installed bin). */
  command?: readonly string[]
}

export async function runDistCli(
  args: readonly string[],
  options: DistCliOptions = {}
): Promise<DistCliRun> {
  const [file, ...pre] = options.command ?? [process.execPath, DIST_CLI]
  try {
    const { stdout, stderr } = await run(file!, [...pre, ...args], {
      cwd: options.cwd ?? repoPath(),
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 32 * 1024 * 1024,
      env: options.env ?? { ...process.env, NO_PROXY: '127.0.0.1,localhost' }
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: typeof e.code === 'number' ? e.code : -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? ''
    }
  }
}
