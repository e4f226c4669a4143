/**
 * One pipeline stage as a child process of the bundled `provenant` CLI,
 * exactly as a runner step would run it, against the stack's environment.
 */
import { ServiceError } from '../../lib/errors.js'
import { execFileCapture } from '../rebuild/exec.js'

const STAGE_TIMEOUT_MS = 15 * 60 * 1000
const TAIL_CHARS = 4000

export interface CliStageRunner {
  (args: readonly string[], options?: { cwd?: string }): Promise<string>
}

export function createCliStageRunner(
  cliPath: string,
  env: NodeJS.ProcessEnv,
  defaultCwd: string
): CliStageRunner {
  return async (args, options = {}) => {
    const result = await execFileCapture(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? defaultCwd,
      env,
      timeoutMs: STAGE_TIMEOUT_MS
    })
    if (result.exitCode !== 0) {
      const output = `${result.stdout}\n${result.stderr}`
        .trim()
        .slice(-TAIL_CHARS)
      throw new ServiceError(
        `provenant ${args[0]}`,
        `provenant ${args[0]} exited with ${result.exitCode ?? result.signal}:\n${output}`
      )
    }
    return result.stdout
  }
}
