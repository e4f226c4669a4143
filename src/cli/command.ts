import type { CliOutput } from './output.js'

/** One `provenant <name>` subcommand. It returns the process exit code. */
export interface Command {
  name: string
  summary: string
  usage: string
  run(argv: string[], output: CliOutput): Promise<number>
}
