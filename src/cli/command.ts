import type { InputTable } from '../lib/inputs/index.js'
import type { CliOutput } from './output.js'

/** One `provenant <name>` subcommand. It returns the process exit code. */
export interface Command {
  name: string
  summary: string
  usage: string
  /** More about the arguments, after the summary in `--help`. */
  details?: string
  /**
   * Every flag the command takes (its action's input table and its own),
   * the same table it parses with: `--help` and the suggestions for an
   * unknown flag are generated from it.
   */
  flags: InputTable
  run(argv: string[], output: CliOutput): Promise<number>
}
