#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench/<name>.mjs in turn (or the ones named on
 * the command line), each of which measures Provenant against the peer its
 * issue names and prints the ratio. Benchmarks run the bundled dist/, so
 * they measure what users run.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
  .map((f) => f.replace(/\.mjs$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort()

if (benches.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ') || '(none found)'}`)
  process.exit(2)
}

let failed = 0
for (const name of benches) {
  console.log(`\n=== bench: ${name}`)
  const result = spawnSync(process.execPath, [path.join(here, `${name}.mjs`)], {
    stdio: 'inherit'
  })
  if (result.status !== 0) {
    failed += 1
    console.error(
      `bench ${name} failed (exit ${result.status ?? result.signal})`
    )
  }
}
process.exit(failed === 0 ? 0 : 1)
