#!/usr/bin/env node
/**
 * SBOM speed on an installed tree without a lockfile: this repository's own
 * node_modules (hard-linked into a temporary folder with its package.json,
 * the lockfile and npm's hidden node_modules/.package-lock.json left out),
 * `provenant sbom` (CycloneDX + SPDX, validated) against `cyclonedx-npm
 * --output-reproducible` (which reads the tree through `npm ls`), the
 * nearest peer for node_modules; both on this Node, alternately, in the
 * same run. Wall and CPU time (user + system, child processes included)
 * from GNU time; the medians are compared, both printed: on a machine
 * shared with other work the CPU ratio is the steadier one.
 * Target (issue 17): at most 1/10 of the peer's time.
 *
 * usage: node bench/sbom-installed.mjs [repetitions]   (needs dist/cli)
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
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
const CYCLONEDX_NPM = path.join(
  root,
  'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js'
)
const REPETITIONS = Number(
  process.argv[2] ?? process.env.BENCH_REPETITIONS ?? 3
)
const TARGET_TIME_RATIO = 1 / 10

for (const file of [CLI, CYCLONEDX_NPM, GNU_TIME]) {
  if (!existsSync(file)) {
    console.error(`bench sbom-installed: missing ${file}`)
    process.exit(2)
  }
}

async function tree(tmp) {
  const dir = path.join(tmp, 'work', 'tree')
  await mkdir(dir, { recursive: true })
  await copyFile(
    path.join(root, 'package.json'),
    path.join(dir, 'package.json')
  )
  await run('cp', [
    '-al',
    path.join(root, 'node_modules'),
    path.join(dir, 'node_modules')
  ])
  await rm(path.join(dir, 'node_modules', '.package-lock.json'), {
    force: true
  })
  return dir
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-bench-installed-'))
try {
  const dir = await tree(tmp)
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1733164473' }
  const ours = []
  const theirs = []
  for (let i = 0; i < REPETITIONS; i++) {
    const mine = () =>
      measure(
        [CLI, 'sbom', 'tree', '--output-dir', 'ours'],
        path.dirname(dir),
        env
      ).then((m) => ours.push(m))
    const peer = () =>
      measure(
        [
          CYCLONEDX_NPM,
          '--output-reproducible',
          '--output-file',
          '../../bom.json'
        ],
        dir,
        env,
        { tolerateExit: true }
      ).then((m) => theirs.push(m))
    if (i % 2 === 0) await mine().then(peer)
    else await peer().then(mine)
    console.log(
      `  run ${i + 1}/${REPETITIONS}: provenant ${ours.at(-1).seconds.toFixed(2)} s (CPU ${ours.at(-1).cpu.toFixed(2)} s); cyclonedx-npm ${theirs.at(-1).seconds.toFixed(2)} s (CPU ${theirs.at(-1).cpu.toFixed(2)} s)`
    )
  }
  const p = purls(
    JSON.parse(
      await readFile(
        path.join(tmp, 'work', 'ours', 'sbom-source.cyclonedx.json'),
        'utf8'
      )
    )
  )
  const r = purls(
    JSON.parse(await readFile(path.join(tmp, 'bom.json'), 'utf8'))
  )
  const missing = [...r].filter((x) => !p.has(x))
  const extra = [...p].filter((x) => !r.has(x))
  const wall = (list) => median(list.map((m) => m.seconds))
  const cpu = (list) => median(list.map((m) => m.cpu))
  const ratio = wall(ours) / wall(theirs)
  const cpuRatio = cpu(ours) / cpu(theirs)
  console.log(
    `\nSBOM of an installed node_modules without a lockfile (${p.size} purls; cyclonedx-npm ${r.size}; ${missing.length} of its purls missing, ${extra.length} extra), median of ${REPETITIONS}:`
  )
  console.log(
    `  provenant sbom (CycloneDX + SPDX, validated)  ${wall(ours).toFixed(2)} s  CPU ${cpu(ours).toFixed(2)} s`
  )
  console.log(
    `  cyclonedx-npm (npm ls)                        ${wall(theirs).toFixed(2)} s  CPU ${cpu(theirs).toFixed(2)} s`
  )
  console.log(
    `  wall time ratio ${ratio.toFixed(3)} (1/${(1 / ratio).toFixed(1)}): ${ratio <= TARGET_TIME_RATIO ? 'meets' : 'misses'} the target <= 1/10`
  )
  console.log(
    `  CPU time ratio ${cpuRatio.toFixed(3)} (1/${(1 / cpuRatio).toFixed(1)}): ${cpuRatio <= TARGET_TIME_RATIO ? 'meets' : 'misses'} the target <= 1/10 (steadier where load skews wall time)`
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
