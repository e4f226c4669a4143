#!/usr/bin/env node
/**
 * Signing 1, 100 and 1,000 small files against the embedded local stack,
 * Provenant against signing each file with its own certificate.
 *
 * - Provenant: one `provenant sign` run (the bundled CLI) over every file:
 *   one key and one Fulcio certificate for the run, Rekor and TSA requests
 *   8 at a time.
 * - The loop, as release scripts run `cosign sign-blob` today: a process
 *   per file, each with its own token, key, certificate, Rekor entry and
 *   timestamp (bench/_sign-blob.mjs, on sigstore-js, stands in for cosign,
 *   which is not installable here). It is given the same 8-at-a-time
 *   concurrency, which a plain shell loop does not have. Both sides are
 *   timed from process start to last file written. The target is judged on
 *   this comparison.
 * - The certificate alone: one process that signs every file with its own
 *   certificate, 8 at a time. Both sides time themselves from after their
 *   imports, so no process start is counted on either side.
 *
 * The two baselines bracket cosign: the loop pays a Node start-up and
 * sigstore-js load per file (cosign, a Go binary, starts faster); the
 * certificate alone pays no start-up at all. On this 2-core machine, where
 * the clients and the local stack share the CPU, the second is bounded by
 * the stack's own per-file Rekor and TSA work, the same on both sides.
 *
 * CPU time (client processes + local stack) is printed beside wall time:
 * it is the measure a busy machine skews least.
 *
 * usage: node bench/sign.mjs   (needs dist/cli; env PROVENANT_DIST=dir for
 * another build, BENCH_SIZES=1,100 to choose sizes, BENCH_FULL_LOOP=1 to run
 * the loop over all 1,000 files rather than 100 of them)
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startStack } from './_stack.mjs'

const run = promisify(execFile)
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const CLI = path.join(
  process.env.PROVENANT_DIST ?? path.join(root, 'dist'),
  'cli',
  'index.js'
)
const SIGN_BLOB = path.join(here, '_sign-blob.mjs')
const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : [1, 100, 1000]
const FILE_BYTES = 1024
const CONCURRENCY = 8
const TARGET_RATIO_AT_100 = 5
/** Runs per size below 1,000 files; the median is reported. */
const REPEATS = 3
/**
 * Above this many files the loop runs over this many of them and its time
 * is scaled up: its processes share nothing, so each file costs the same.
 */
const LOOP_SAMPLE = process.env.BENCH_FULL_LOOP ? Infinity : 100

/** Preloaded into every client process: appends its CPU time to BENCH_CPU_FILE on exit. */
const CPU_PRELOAD = path.join(
  os.tmpdir(),
  `provenant-bench-cpu-${process.pid}.cjs`
)

/** The environment of a client process: the runner's OIDC variables, the services, the CPU log. */
function clientEnv(stack, cpuFile) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    FULCIO_URL: stack.env.INPUT_FULCIO_URL,
    REKOR_URL: stack.env.INPUT_REKOR_URL,
    TSA_URL: stack.env.INPUT_TSA_URL,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    NODE_OPTIONS: `--require ${CPU_PRELOAD}`,
    BENCH_CPU_FILE: cpuFile
  }
}

/** Runs `body`, timing it and the CPU it costs the clients and the stack. */
async function measured(stack, cpuFile, body) {
  const serverBefore = await stack.cpuMs()
  const started = performance.now()
  const result = await body()
  const wallMs = performance.now() - started
  const serverMs = (await stack.cpuMs()) - serverBefore
  const lines = (await readFile(cpuFile, 'utf8')).trim().split('\n')
  const clientMs = lines
    .map((line) => JSON.parse(line))
    .reduce((sum, cpu) => sum + (cpu.user + cpu.system) / 1000, 0)
  return {
    ...result,
    wallMs,
    cpuMs: clientMs + serverMs,
    processes: lines.length
  }
}

async function makeFiles(dir, count) {
  await mkdir(dir, { recursive: true })
  const files = []
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `file-${String(i).padStart(4, '0')}.bin`)
    await writeFile(file, randomBytes(FILE_BYTES))
    files.push(file)
  }
  return files
}

/** Provenant: one `provenant sign` run over every file. */
async function signWithProvenant(stack, dir, count) {
  const cpuFile = `${dir}.cpu`
  return measured(stack, cpuFile, async () => {
    const { stdout } = await run(
      process.execPath,
      [
        CLI,
        'sign',
        '*.bin',
        '--json',
        '--sigstore',
        'custom',
        '--fulcio-url',
        stack.env.INPUT_FULCIO_URL,
        '--rekor-url',
        stack.env.INPUT_REKOR_URL,
        '--tsa-url',
        stack.env.INPUT_TSA_URL,
        '--concurrency',
        String(CONCURRENCY)
      ],
      { cwd: dir, maxBuffer: 256 * 1024 * 1024, env: clientEnv(stack, cpuFile) }
    )
    const result = JSON.parse(stdout)
    if (result.files.length !== count) {
      throw new Error(
        `provenant signed ${result.files.length} files, not ${count}`
      )
    }
    return { ms: result.durationMs, certificates: result.certificatesIssued }
  })
}

/** The loop: a process and a certificate per file, CONCURRENCY processes at a time. */
async function signInALoop(stack, files) {
  const cpuFile = `${path.dirname(files[0])}.loop.cpu`
  const queue = [...files]
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      await run(process.execPath, [SIGN_BLOB, file], {
        env: clientEnv(stack, cpuFile)
      })
    }
  }
  return measured(stack, cpuFile, async () => {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    return { certificates: files.length }
  })
}

/** The certificate alone: one process, a certificate per file. */
async function signEachInOneProcess(stack, files) {
  const cpuFile = `${path.dirname(files[0])}.each.cpu`
  return measured(stack, cpuFile, async () => {
    const { stdout } = await run(
      process.execPath,
      [SIGN_BLOB, '--concurrency', String(CONCURRENCY), ...files],
      { env: clientEnv(stack, cpuFile), maxBuffer: 16 * 1024 * 1024 }
    )
    const ms = files.length > 1 ? JSON.parse(stdout).durationMs : Number.NaN
    return { ms, certificates: files.length }
  })
}

/** Runs `measure` `times` times and keeps the run with the median wall time. */
async function median(times, measure) {
  const runs = []
  for (let i = 0; i < times; i++) runs.push(await measure(i))
  runs.sort((a, b) => a.wallMs - b.wallMs)
  return runs[Math.floor(runs.length / 2)]
}

const rate = (count, ms) => (count / (ms / 1000)).toFixed(1)
const perFile = (ms, count) => (ms / count).toFixed(1)
const whole = (ms) => `${Math.round(ms).toLocaleString('en')} ms`

async function main() {
  await writeFile(
    CPU_PRELOAD,
    "process.on('exit', () => require('fs').appendFileSync(process.env.BENCH_CPU_FILE, JSON.stringify(process.cpuUsage()) + '\\n'))\n"
  )
  const work = await mkdtemp(path.join(os.tmpdir(), 'provenant-bench-sign-'))
  const stack = await startStack(CLI, path.join(work, 'trust'))
  const rows = []
  try {
    // Warm the stack: its first certificate, entry and timestamp are slow.
    await signWithProvenant(stack, await dirWithFiles(work, 'warm-p', 1), 1)
    await signInALoop(stack, await makeFiles(path.join(work, 'warm-l'), 2))
    for (const count of SIZES) {
      const times = count >= 1000 ? 1 : REPEATS
      const provenant = await median(times, async (i) =>
        signWithProvenant(
          stack,
          await dirWithFiles(work, `provenant-${count}-${i}`, count),
          count
        )
      )
      const sampled = Math.min(count, LOOP_SAMPLE)
      const loopRun = await median(count > LOOP_SAMPLE ? 1 : times, async (i) =>
        signInALoop(
          stack,
          await makeFiles(path.join(work, `loop-${count}-${i}`), sampled)
        )
      )
      const scale = count / sampled
      const loop = {
        ...loopRun,
        wallMs: loopRun.wallMs * scale,
        cpuMs: loopRun.cpuMs * scale
      }
      const each = await median(times, async (i) =>
        signEachInOneProcess(
          stack,
          await makeFiles(path.join(work, `each-${count}-${i}`), count)
        )
      )
      const row = {
        count,
        loopRatio: loop.wallMs / provenant.wallMs,
        eachRatio: each.ms / provenant.ms
      }
      rows.push(row)
      const median3 = times > 1 ? `, median of ${times}` : ''
      console.log(
        [
          `${count.toLocaleString('en')} file${count === 1 ? '' : 's'}${median3}:`,
          `  provenant sign, 1 process, ${provenant.certificates} certificate: ${whole(provenant.wallMs)} (${rate(count, provenant.wallMs)} files/s), ${whole(provenant.ms)} after start-up; CPU ${perFile(provenant.cpuMs, count)} ms a file`,
          `  loop, a process and a certificate per file, ${CONCURRENCY} at a time: ${whole(loop.wallMs)} (${rate(count, loop.wallMs)} files/s)${scale > 1 ? ` (${sampled} files measured, scaled to ${count})` : ''}; CPU ${perFile(loop.cpuMs, count)} ms a file` +
            `  -> provenant ${row.loopRatio.toFixed(1)}x as fast, ${(loop.cpuMs / provenant.cpuMs).toFixed(1)}x the CPU on the loop's side`,
          `  one process, a certificate per file: ${whole(each.wallMs)}, ${count > 1 ? whole(each.ms) : 'n/a'} after start-up; CPU ${perFile(each.cpuMs, count)} ms a file` +
            (count > 1
              ? `  -> provenant ${row.eachRatio.toFixed(1)}x as fast after start-up, ${(each.cpuMs / provenant.cpuMs).toFixed(1)}x the CPU on its side`
              : '')
        ].join('\n')
      )
    }
  } finally {
    await stack.stop()
    await rm(work, { recursive: true, force: true })
    await rm(CPU_PRELOAD, { force: true })
  }
  const at100 = rows.find((r) => r.count === 100)
  if (!at100) return
  console.log(
    `ratio at 100 files: ${at100.loopRatio.toFixed(1)}x as fast as signing each file with its own certificate the way cosign sign-blob in a loop does (target >= ${TARGET_RATIO_AT_100}x): ${at100.loopRatio >= TARGET_RATIO_AT_100 ? 'met' : 'NOT met'}` +
      `\n  the certificate alone, no process start counted on either side: ${at100.eachRatio.toFixed(1)}x (${at100.eachRatio >= TARGET_RATIO_AT_100 ? 'also' : 'not'} >= ${TARGET_RATIO_AT_100}x)`
  )
}

async function dirWithFiles(work, name, count) {
  const dir = path.join(work, name)
  await makeFiles(dir, count)
  return dir
}

await main()
