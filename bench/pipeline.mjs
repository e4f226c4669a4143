#!/usr/bin/env node
/**
 * The whole pipeline's wall time for the Python example, per stage:
 * `provenant release --local examples/python-package` (build, SBOMs,
 * signatures, rebuild, provenance, release, verify) on the embedded local
 * stack, through the bundled CLI.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = mkdtempSync(path.join(os.tmpdir(), 'provenant-bench-pipeline-'))
try {
  const started = performance.now()
  const stdout = execFileSync(
    process.execPath,
    [
      path.join(root, 'dist', 'cli', 'index.js'),
      'release',
      '--local',
      path.join(root, 'examples', 'python-package'),
      '--build',
      'sh build.sh',
      '--artifacts',
      'dist/*',
      '--out',
      path.join(out, 'release'),
      '--legacy-sig',
      '--json'
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
  )
  const wall = performance.now() - started
  const result = JSON.parse(stdout)
  console.log('pipeline: the Python example released locally, per stage')
  for (const { name, ms } of result.timings) {
    console.log(`  ${(ms / 1000).toFixed(2).padStart(7)} s  ${name}`)
  }
  console.log(
    `  ${(wall / 1000).toFixed(2).padStart(7)} s  in all (wall, CLI start and stack included)`
  )
} finally {
  rmSync(out, { recursive: true, force: true })
}
