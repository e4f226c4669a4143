/** Where the CLI writes: stdout for results, stderr for progress and errors. */
export interface CliOutput {
  out(line: string): void
  err(line: string): void
}

export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`)
}
