/**
 * One step's process: output streamed line by line into the run's log
 * (prefixed with the job), the last lines kept for the error message, the
 * whole process group stopped at the timeout.
 */
import { spawn } from 'node:child_process'

const TAIL_LINES = 30
export const STEP_TIMEOUT_MS = 60 * 60 * 1000

export interface StepProcess {
  exitCode: number
  tail: string[]
}

export function runProcess(
  file: string,
  args: readonly string[],
  options: {
    cwd: string
    env: Record<string, string>
    log: (line: string) => void
  }
): Promise<StepProcess> {
  return new Promise((resolve) => {
    const tail: string[] = []
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, STEP_TIMEOUT_MS)
    const lineStream = (): ((chunk: Buffer) => void) => {
      let pending = ''
      return (chunk) => {
        pending += chunk.toString('utf8')
        const lines = pending.split('\n')
        pending = lines.pop()!
        for (const line of lines) {
          options.log(line)
          tail.push(line)
          if (tail.length > TAIL_LINES) tail.shift()
        }
      }
    }
    child.stdout.on('data', lineStream())
    child.stderr.on('data', lineStream())
    child.once('error', (error) => {
      clearTimeout(timer)
      resolve({ exitCode: 127, tail: [...tail, error.message] })
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? (signal ? 128 : 1), tail })
    })
  })
}
