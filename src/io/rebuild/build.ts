/**
 * Runs the build command with `sh` under umask 022 in the checkout, with
 * exactly the environment it is given. Its output goes to build.log and to
 * the log; when it fails, the error carries its exit code and the tail of
 * its output.
 */
import { createWriteStream } from 'node:fs'
import { InputError } from '../../lib/errors.js'
import { execFileCapture } from './exec.js'

export const BUILD_UMASK = '022'
/** Lines of output shown when a build fails. */
export const FAILED_BUILD_TAIL_LINES = 30
const TAIL_BYTES = 16 * 1024

export interface BuildRun {
  command: string
  cwd: string
  env: Record<string, string>
  timeoutMs: number
  logFile: string
  onOutput?: (chunk: Buffer) => void
}

export async function runBuild(run: BuildRun): Promise<{ durationMs: number }> {
  const log = createWriteStream(run.logFile)
  let tail = Buffer.alloc(0)
  const started = performance.now()
  const result = await execFileCapture(
    '/bin/sh',
    ['-c', `umask ${BUILD_UMASK}\n${run.command}`],
    {
      cwd: run.cwd,
      env: run.env,
      timeoutMs: run.timeoutMs,
      maxOutputBytes: 0,
      onOutput: (chunk) => {
        log.write(chunk)
        run.onOutput?.(chunk)
        tail = Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES)
      }
    }
  ).finally(() => new Promise<void>((resolve) => log.end(resolve)))
  const durationMs = Math.round(performance.now() - started)
  if (result.exitCode === 0 && !result.timedOut) return { durationMs }
  const lines = tail.toString('utf8').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const shown = lines.slice(-FAILED_BUILD_TAIL_LINES)
  const how = result.timedOut
    ? `was stopped after ${Math.round(run.timeoutMs / 60000)} minute(s) (input "build-timeout-minutes")`
    : result.signal
      ? `was killed by ${result.signal}`
      : `exited with code ${result.exitCode}`
  throw new InputError(
    'REBUILD_BUILD_FAILED',
    [
      `input "build": the build command ${how}; fix the build (it runs in a clean checkout of the commit, with only the normalised environment and the "env" input). Last ${shown.length} line(s) of its output (all of it in ${run.logFile}):`,
      ...shown.map((line) => `  | ${line}`)
    ].join('\n')
  )
}
