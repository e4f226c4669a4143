#!/usr/bin/env node
/**
 * Verifying 1,000 bundles of one release (one certificate, one key, as
 * `provenant sign` writes them) against the embedded local stack's trusted
 * root: Provenant (`provenant verify <dir>`, the bundled CLI: trust gathered
 * once, one Verifier for every bundle) against the naive script, which
 * calls sigstore-js per bundle with its trust material rebuilt each time
 * (read trusted_root.json, TrustedRoot.fromJSON, toTrustMaterial, new
 * Verifier), as a loop over `cosign verify-blob` would (bench/_verify-naive.mjs).
 * Each side runs in a process of its own; the naive side is timed over its
 * loop only (no process start per bundle, nor its own start-up), so the
 * ratio is a lower bound.
 *
 * Wall time is the measure the target is judged on; CPU time (the CLI
 * process's, the naive loop's own) is printed beside it, the measure a busy
 * machine skews least. Both sides run in ROUNDS rounds (one naive run, then
 * PROVENANT_PER_ROUND Provenant runs), and the medians are compared: on a
 * shared machine one sample of either side can be off by 15%.
 *
 * The bundles are signed once on `provenant local` (bench/_verify-release.mjs)
 * and cached, with their trusted root, in $TMPDIR/provenant-bench-verify:
 * later runs need no stack.
 *
 * usage: node bench/verify.mjs (needs dist/cli; env PROVENANT_DIST=dir,
 * BENCH_BUNDLES=n, BENCH_ROUNDS=n, BENCH_FRESH=1 to re-sign)
 */
import { execFile } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { median } from './_stats.mjs'
import { cached, makeBundles } from './_verify-release.mjs'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(
  process.env.PROVENANT_DIST ?? path.join(root, 'dist'),
  'cli',
  'index.js'
)
const COUNT = Number(process.env.BENCH_BUNDLES ?? 1000)
const CACHE = path.join(os.tmpdir(), 'provenant-bench-verify', String(COUNT))
const TARGET_RATIO = 20
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const PROVENANT_PER_ROUND = 3
/** Preloaded into the CLI process: writes its CPU time to BENCH_CPU_FILE on exit. */
const CPU_PRELOAD = path.join(
  os.tmpdir(),
  `provenant-bench-verify-cpu-${process.pid}.cjs`
)
const CPU_FILE = `${CPU_PRELOAD}.json`
const NAIVE = path.join(root, 'bench', '_verify-naive.mjs')

/** Provenant: one `provenant verify` over the folder, the CLI's start-up included. */
async function verifyWithProvenant(policy, trustedRoot) {
  const started = performance.now()
  const { stdout } = await run(
    process.execPath,
    [
      CLI,
      'verify',
      path.join(CACHE, 'release'),
      '--trusted-root',
      trustedRoot,
      '--certificate-identity',
      policy.identity,
      '--certificate-oidc-issuer',
      policy.issuer,
      '--json'
    ],
    {
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        NODE_OPTIONS: `--require ${CPU_PRELOAD}`,
        BENCH_CPU_FILE: CPU_FILE
      }
    }
  )
  const ms = performance.now() - started
  const cpu = JSON.parse(await readFile(CPU_FILE, 'utf8'))
  const report = JSON.parse(stdout)
  if (!report.verified || report.summary.verified !== COUNT) {
    throw new Error(`provenant verified ${report.summary.verified} of ${COUNT}`)
  }
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 }
}

/**
 * The naive script, in a process of its own as Provenant's run is (the
 * bench's own heap, and the collections it runs once idle, stay out of
 * both measurements); it reports the time of its loop only, so its
 * start-up is not counted against it.
 */
async function verifyNaively(policy, trustedRoot) {
  const { stdout } = await run(
    process.execPath,
    [NAIVE, path.join(CACHE, 'release'), trustedRoot, JSON.stringify(policy)],
    { maxBuffer: 1024 * 1024 }
  )
  return JSON.parse(stdout)
}

/** The median wall and CPU time of runs (each its own median). */
function medians(runs) {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs))
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`
}

async function startupMs() {
  const started = performance.now()
  await run(process.execPath, [CLI, '--version'])
  return performance.now() - started
}

if (process.env.BENCH_FRESH || !(await cached(CACHE, COUNT))) {
  await makeBundles(CLI, CACHE, COUNT)
} else console.log(`using ${COUNT} cached bundles in ${CACHE}`)
const policy = JSON.parse(
  await readFile(path.join(CACHE, 'policy.json'), 'utf8')
)
const trustedRoot = path.join(CACHE, 'trusted_root.json')

await writeFile(
  CPU_PRELOAD,
  "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_CPU_FILE, JSON.stringify(process.cpuUsage())))\n"
)
try {
  const naiveRuns = []
  const provenantRuns = []
  for (let round = 0; round < ROUNDS; round++) {
    naiveRuns.push(await verifyNaively(policy, trustedRoot))
    for (let i = 0; i < PROVENANT_PER_ROUND; i++) {
      provenantRuns.push(await verifyWithProvenant(policy, trustedRoot))
    }
  }
  const naive = medians(naiveRuns)
  const provenant = medians(provenantRuns)
  const startup = await startupMs()
  const ratio = naive.ms / provenant.ms
  const cpuRatio = naive.cpuMs / provenant.cpuMs
  const per = (ms) => `${(ms / COUNT).toFixed(2)} ms/bundle`
  const spread = (runs) =>
    `median of ${runs.length}, ${seconds(Math.min(...runs.map((r) => r.ms)))}-${seconds(Math.max(...runs.map((r) => r.ms)))}`
  console.log(
    `provenant verify (one call, CLI start-up ${startup.toFixed(0)} ms included): ${seconds(provenant.ms)} (${spread(provenantRuns)}), ${per(provenant.ms)} (CPU ${per(provenant.cpuMs)})`
  )
  console.log(
    `naive (sigstore-js per bundle, trust rebuilt each time):           ${seconds(naive.ms)} (${spread(naiveRuns)}), ${per(naive.ms)} (CPU ${per(naive.cpuMs)})`
  )
  console.log(
    `ratio: ${ratio.toFixed(1)}x wall, ${cpuRatio.toFixed(1)}x CPU (target >= ${TARGET_RATIO}x, ${os.availableParallelism()} cores)${ratio >= TARGET_RATIO ? '' : '  BELOW TARGET'}`
  )
} finally {
  await rm(CPU_PRELOAD, { force: true })
  await rm(CPU_FILE, { force: true })
}
