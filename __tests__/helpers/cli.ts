/** Runs the CLI in process and keeps what it printed. */
import { runCli } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  out: string
  err: string
}

export async function runProvenant(args: string[]): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line)
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
