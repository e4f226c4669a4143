/**
 * `npm run fuzz -- [--seconds N] [--jobs N] [target...]`: runs each fuzz
 * target (all of fuzz/targets/ by default) for N seconds (default 600), N
 * jobs at a time (default 2), each in its own process under `nice`; prints
 * every target's closing figures and exits 1 if any found a bug (saved
 * under fuzz/findings/<target>/).
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = path.dirname(fileURLToPath(import.meta.url))
const { values, positionals } = parseArgs({
  options: {
    seconds: { type: 'string', default: '600' },
    jobs: { type: 'string', default: '2' }
  },
  allowPositionals: true
})
const targets =
  positionals.length > 0
    ? positionals
    : readdirSync(path.join(ROOT, 'targets'))
        .filter(
          (f) =>
            f.endsWith('.ts') &&
            // a target exports itself; the other files are its helpers
            readFileSync(path.join(ROOT, 'targets', f), 'utf8').includes(
              'export default'
            )
        )
        .map((f) => f.replace(/\.ts$/, ''))

let failed = false
const queue = [...targets]
async function worker() {
  for (let name = queue.shift(); name; name = queue.shift()) {
    const code = await new Promise((resolve) => {
      const child = spawn(
        'nice',
        [
          '-n',
          '19',
          process.execPath,
          '--import',
          './register.mjs',
          'engine.mjs',
          name,
          values.seconds
        ],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }
      )
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk)
        if (String(chunk).includes('FINDING')) failed = true
      })
      child.on('close', resolve)
    })
    if (code !== 0) failed = true
  }
}
await Promise.all(Array.from({ length: Number(values.jobs) }, worker))
process.exit(failed ? 1 : 0)
