import type { Logger } from '../lib/ports.js'

/** Where the CLI writes: stdout for results, stderr for progress and errors. */
export interface CliOutput {
  out(line: string): void
  err(line: string): void
}

export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`)
}

/** Progress and warnings on stderr (`warning: ` before a warning); debug dropped. */
export function stderrLogger(output: CliOutput): Logger {
  return {
    info: (m) => output.err(m),
    warning: (m) => output.err(`warning: ${m}`),
    debug: () => undefined
  }
}
