#!/usr/bin/env node
/**
 * Bundles every entry with ncc: the CLI into <out>/cli/index.js and each
 * action into <out>/<name>/index.js. `npm run bundle` writes dist/; the dist
 * freshness test writes a temp dir and compares.
 *
 * usage: node scripts/bundle.mjs <out-dir> [--only NAME]
 *   --only NAME rebuilds one entry (cli, sign, ...) and leaves the others.
 */
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ncc = path.join(
  root,
  'node_modules',
  '@vercel',
  'ncc',
  'dist',
  'ncc',
  'cli.js'
)
/** ncc is CPU-bound; two at a time fits a 2-core runner. */
const PARALLEL_BUILDS = 2

export async function listEntries() {
  const actionsDir = path.join(root, 'src', 'actions')
  const names = (
    await readdir(actionsDir, { withFileTypes: true }).catch(() => [])
  )
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  const entries = [
    { name: 'cli', file: path.join(root, 'src', 'cli', 'index.ts') }
  ]
  for (const name of names) {
    const file = path.join(actionsDir, name, 'index.ts')
    if (await stat(file).catch(() => undefined)) entries.push({ name, file })
  }
  return entries
}

/**
 * Builds into a temp dir first and replaces the output only when every
 * entry built: a failed build never leaves dist/ half-empty.
 */
async function bundle(outDir, only) {
  let queue = await listEntries()
  if (only) {
    queue = queue.filter((e) => e.name === only)
    if (queue.length === 0) throw new Error(`no entry named "${only}"`)
  }
  const names = queue.map((e) => e.name)
  const staging = await mkdtemp(path.join(os.tmpdir(), 'provenant-bundle-'))
  try {
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        await run(
          process.execPath,
          [
            ncc,
            'build',
            entry.file,
            '-o',
            path.join(staging, entry.name),
            '--license',
            'licenses.txt',
            '-q'
          ],
          { cwd: root, maxBuffer: 64 * 1024 * 1024 }
        ).catch((error) => {
          throw new Error(
            `ncc failed for ${entry.name}:\n${error.stderr || error.message}`
          )
        })
      }
    }
    await Promise.all(Array.from({ length: PARALLEL_BUILDS }, worker))
    if (!only) await rm(outDir, { recursive: true, force: true })
    await mkdir(outDir, { recursive: true })
    for (const name of names) {
      const target = path.join(outDir, name)
      await rm(target, { recursive: true, force: true })
      await rename(path.join(staging, name), target).catch(async () => {
        await cp(path.join(staging, name), target, { recursive: true })
      })
      process.stderr.write(
        `bundled ${path.relative(root, target) || target}/index.js\n`
      )
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [outDir, flag, only] = process.argv.slice(2)
  if (!outDir || (flag !== undefined && (flag !== '--only' || !only))) {
    process.stderr.write(
      'usage: node scripts/bundle.mjs <out-dir> [--only NAME]\n'
    )
    process.exit(2)
  }
  await bundle(path.resolve(outDir), only)
}
