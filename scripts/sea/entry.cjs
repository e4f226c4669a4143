// The single executable's program: the CLI as CommonJS (a single-executable
// application's main script cannot be an ES module with top-level await).
const { runCli } = require('../../src/cli/main.ts')
const { processOutput } = require('../../src/cli/output.ts')

runCli(process.argv.slice(2), processOutput).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`provenant: ${String(error)}\n`)
    process.exitCode = 3
  }
)
