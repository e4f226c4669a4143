#!/usr/bin/env node
/**
 * SBOM speed and memory on a large npm lockfile (../shared/bench/theia:
 * lockfileVersion 3, 2,530 entries, with its workspace manifests):
 * `provenant sbom` (the bundled CLI, CycloneDX 1.6 and SPDX 2.3, both
 * validated against their schemas) against `cyclonedx-npm --package-lock-only
 * --output-reproducible` (one CycloneDX document, no validation), each run
 * in its own temporary copy of the folder, alternately, in the same run.
 *
 * Both run on this Node (process.execPath); cyclonedx-npm drives the npm
 * that npm_execpath names (set by `npm run`), else the npm on PATH. Wall
 * time and peak RSS come from GNU time (`/usr/bin/time`, the largest
 * process of each tool's process tree); the medians are compared.
 * Targets (issue 3): at most 1/10 of the wall time, 1/2 of the peak memory.
 *
 * usage: node bench/sbom.mjs [repetitions]   (needs dist/cli; PROVENANT_DIST=dir for another build)
 */
import { execFile } from 'node:child_process'
import {
  cp,
  mkdtemp,
  readFile,
  realpath,
  rm,
  chmod,
  readdir
} from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { GNU_TIME, measure, purls } from './_sbom-common.mjs'
import { median } from './_stats.mjs'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(
  process.env.PROVENANT_DIST ?? path.join(root, 'dist'),
  'cli',
  'index.js'
)
const THEIA = path.resolve(root, '..', 'shared', 'bench', 'theia')
const CYCLONEDX_NPM = path.join(
  root,
  'node_modules',
  '@cyclonedx',
  'cyclonedx-npm',
  'bin',
  'cyclonedx-npm-cli.js'
)
const REPETITIONS = Number(
  process.argv[2] ?? process.env.BENCH_REPETITIONS ?? 5
)
const TARGET_TIME_RATIO = 1 / 10
const TARGET_MEMORY_RATIO = 1 / 2

for (const [what, file] of [
  ['dist/cli (node scripts/bundle.mjs dist --only cli)', CLI],
  ['the theia bench folder', THEIA],
  ['@cyclonedx/cyclonedx-npm', CYCLONEDX_NPM],
  ['GNU time', GNU_TIME]
]) {
  if (!existsSync(file)) {
    console.error(`bench sbom: ${what} is missing: ${file}`)
    process.exit(2)
  }
}

/** The npm-cli.js cyclonedx-npm runs: found once, so its look-up is not timed. */
async function npmExecPath() {
  if (
    process.env.npm_execpath &&
    !/npx-cli\.js$/.test(process.env.npm_execpath)
  )
    return process.env.npm_execpath
  const { stdout } = await run('sh', ['-c', 'command -v npm'])
  return realpath(stdout.trim())
}

/** A writable copy of the bench folder. */
async function freshCopy(tmp, name) {
  const dir = path.join(tmp, name)
  await cp(THEIA, dir, { recursive: true })
  await chmod(dir, 0o755)
  for (const entry of await readdir(dir, { recursive: true })) {
    await chmod(path.join(dir, entry), 0o755).catch(() => undefined)
  }
  return dir
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-bench-sbom-'))
try {
  const env = {
    ...process.env,
    npm_execpath: await npmExecPath(),
    SOURCE_DATE_EPOCH: '1733164473'
  }
  const ours = []
  const theirs = []
  let last
  for (let i = 0; i < REPETITIONS; i++) {
    const a = await freshCopy(tmp, `provenant-${i}`)
    const b = await freshCopy(tmp, `cyclonedx-npm-${i}`)
    // Alternate who goes first, so that both see the same machine.
    const runOurs = async () =>
      ours.push(
        await measure([CLI, 'sbom', '.', '--output-dir', 'sbom-out'], a, env)
      )
    const runTheirs = async () =>
      theirs.push(
        await measure(
          [
            CYCLONEDX_NPM,
            '--package-lock-only',
            '--output-reproducible',
            '--output-file',
            'bom.json'
          ],
          b,
          env
        )
      )
    if (i % 2 === 0) {
      await runOurs()
      await runTheirs()
    } else {
      await runTheirs()
      await runOurs()
    }
    last = { a, b }
    console.log(
      `  run ${i + 1}/${REPETITIONS}: provenant ${ours.at(-1).seconds.toFixed(2)} s ${ours.at(-1).mib.toFixed(0)} MiB; cyclonedx-npm ${theirs.at(-1).seconds.toFixed(2)} s ${theirs.at(-1).mib.toFixed(0)} MiB`
    )
  }
  const mine = JSON.parse(
    await readFile(
      path.join(last.a, 'sbom-out', 'sbom-source.cyclonedx.json'),
      'utf8'
    )
  )
  const reference = JSON.parse(
    await readFile(path.join(last.b, 'bom.json'), 'utf8')
  )
  const [p, r] = [purls(mine), purls(reference)]
  const missing = [...r].filter((x) => !p.has(x))
  const extra = [...p].filter((x) => !r.has(x))

  const time = {
    ours: median(ours.map((m) => m.seconds)),
    theirs: median(theirs.map((m) => m.seconds))
  }
  const memory = {
    ours: median(ours.map((m) => m.mib)),
    theirs: median(theirs.map((m) => m.mib))
  }
  const timeRatio = time.ours / time.theirs
  const memoryRatio = memory.ours / memory.theirs
  const verdict = (ratio, target) => (ratio <= target ? 'meets' : 'misses')
  console.log(
    `\nSBOM of theia (${p.size} purls; cyclonedx-npm ${r.size}; ${missing.length} of its purls missing, ${extra.length} extra), median of ${REPETITIONS}:`
  )
  console.log(
    `  provenant sbom (CycloneDX + SPDX, validated)  ${time.ours.toFixed(2)} s  ${memory.ours.toFixed(0)} MiB peak`
  )
  console.log(
    `  cyclonedx-npm --package-lock-only             ${time.theirs.toFixed(2)} s  ${memory.theirs.toFixed(0)} MiB peak`
  )
  console.log(
    `  wall time ratio ${timeRatio.toFixed(3)} (1/${(1 / timeRatio).toFixed(1)}): ${verdict(timeRatio, TARGET_TIME_RATIO)} the target <= 1/10`
  )
  console.log(
    `  peak memory ratio ${memoryRatio.toFixed(3)} (1/${(1 / memoryRatio).toFixed(1)}): ${verdict(memoryRatio, TARGET_MEMORY_RATIO)} the target <= 1/2`
  )
  if (missing.length > 0)
    console.log(
      `  purls only cyclonedx-npm has (first 5): ${missing.slice(0, 5).join(' ')}`
    )
  if (extra.length > 0)
    console.log(
      `  purls only provenant has (first 5): ${extra.slice(0, 5).join(' ')}`
    )
} finally {
  await rm(tmp, { recursive: true, force: true })
}
