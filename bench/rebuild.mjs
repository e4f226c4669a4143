#!/usr/bin/env node
/**
 * Rebuild comparison throughput against `openssl dgst -sha256`.
 *
 * Makes two identical sets of 8 × 128 MiB random artifacts in a temp dir,
 * then times, on the same 16 files:
 *   - Provenant: the bundled CLI's `rebuild-compare` (what a rebuild runs
 *     after its build: hash both sets, compare, explain; process start-up
 *     included), `node dist/cli/index.js rebuild-compare --artifacts 'rebuilt/*'
 *     --reference reference`;
 *   - openssl: one `openssl dgst -sha256` over all 16 files.
 * Prints both throughputs and their ratio; the target is ≥ 0.8. Exits 1
 * when it is missed. Temp files are removed, also on Ctrl-C.
 *
 * usage: node bench/rebuild.mjs   (Node 24; run `node scripts/bundle.mjs dist --only cli` first)
 */
import { spawn } from 'node:child_process'
import { randomFillSync } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const FILES = 8
const FILE_MIB = 128
const TARGET_RATIO = 0.8
const CHUNK = 4 * 1024 * 1024

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli', 'index.js')

function run(file, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (err += c))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      if (code === 0) resolve({ seconds, out })
      else
        reject(
          new Error(
            `${path.basename(file)} ${args[0]} exited ${code}: ${err || out}`
          )
        )
    })
  })
}

/** The same random bytes into rebuilt/ and reference/, written in 4 MiB chunks. */
async function makeArtifacts(dir) {
  await mkdir(path.join(dir, 'rebuilt'))
  await mkdir(path.join(dir, 'reference'))
  const chunk = Buffer.allocUnsafe(CHUNK)
  for (let i = 1; i <= FILES; i++) {
    const name = `artifact-${i}.bin`
    const a = await open(path.join(dir, 'rebuilt', name), 'w')
    const b = await open(path.join(dir, 'reference', name), 'w')
    for (let written = 0; written < FILE_MIB * 1024 * 1024; written += CHUNK) {
      randomFillSync(chunk)
      await a.write(chunk)
      await b.write(chunk)
    }
    await a.close()
    await b.close()
  }
}

async function main() {
  if (!existsSync(cli)) {
    console.error(
      `no ${path.relative(root, cli)}: run node scripts/bundle.mjs dist --only cli`
    )
    return 2
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-bench-rebuild-'))
  const cleanup = () => rm(dir, { recursive: true, force: true })
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)))
  try {
    const totalMiB = 2 * FILES * FILE_MIB
    console.log(`making 2 × ${FILES} × ${FILE_MIB} MiB artifacts in ${dir}`)
    await makeArtifacts(dir)
    const files = ['rebuilt', 'reference'].flatMap((side) =>
      Array.from({ length: FILES }, (_, i) =>
        path.join(side, `artifact-${i + 1}.bin`)
      )
    )
    // Both read the files from the page cache: they were just written.
    const openssl = await run('openssl', ['dgst', '-sha256', ...files], dir)
    const provenant = await run(
      process.execPath,
      [
        cli,
        'rebuild-compare',
        '--artifacts',
        'rebuilt/*',
        '--reference',
        'reference',
        '--json'
      ],
      dir
    )
    const result = JSON.parse(provenant.out)
    if (result.identical !== true || result.artifacts.length !== FILES) {
      throw new Error(
        `rebuild-compare did not find the ${FILES} artifacts identical`
      )
    }
    const ours = totalMiB / provenant.seconds
    const theirs = totalMiB / openssl.seconds
    const ratio = ours / theirs
    console.log(
      `cores: ${os.availableParallelism()}, data: ${totalMiB} MiB (${FILES * 2} files)`
    )
    console.log(
      `openssl dgst -sha256      ${openssl.seconds.toFixed(2)} s  ${theirs.toFixed(0)} MiB/s`
    )
    console.log(
      `provenant rebuild-compare ${provenant.seconds.toFixed(2)} s  ${ours.toFixed(0)} MiB/s`
    )
    console.log(
      `ratio ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}): ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'}`
    )
    return ratio >= TARGET_RATIO ? 0 : 1
  } finally {
    await cleanup()
  }
}

process.exitCode = await main()
