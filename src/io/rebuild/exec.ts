/**
 * Child processes for the rebuild: a command's output captured (git, tool
 * versions, diffoscope), each with a timeout that kills its whole process
 * group, so nothing outlives the call.
 */
import { spawn } from 'node:child_process'

export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  timeoutMs: number
  /** Output kept in memory, per stream (the rest is dropped). */
  maxOutputBytes?: number
  /** Every chunk of output as it arrives (stdout and stderr interleaved). */
  onOutput?: (chunk: Buffer) => void
}

export interface ExecResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
}

const DEFAULT_MAX_OUTPUT_BYTES = 4 * 1024 * 1024

export function execFileCapture(
  file: string,
  args: readonly string[],
  options: ExecOptions
): Promise<ExecResult> {
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outBytes = 0
    let errBytes = 0
    child.stdout.on('data', (chunk: Buffer) => {
      options.onOutput?.(chunk)
      if (outBytes < max) out.push(chunk)
      outBytes += chunk.length
    })
    child.stderr.on('data', (chunk: Buffer) => {
      options.onOutput?.(chunk)
      if (errBytes < max) err.push(chunk)
      errBytes += chunk.length
    })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid)
    }, options.timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    // Whatever the command left running in the background goes with it,
    // which also closes the pipes such a process would hold open.
    child.once('exit', () => killGroup(child.pid))
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer)
      resolve({
        exitCode,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut
      })
    })
  })
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
}
