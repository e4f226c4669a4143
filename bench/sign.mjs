#!/usr/bin/env node
/**
 * Signing 1, 100 and 1,000 small files against the embedded local stack:
 * Provenant (`provenant sign`, the bundled CLI: one key and one Fulcio
 * certificate per run) against one certificate per file, which is what
 * `cosign sign-blob` in a loop does (a token, a key, a certificate, a Rekor
 * entry and a timestamp per file). The baseline runs in-process with
 * @sigstore/sign's FulcioSigner + MessageSignatureBundleBuilder at the same
 * concurrency, so it pays no process start per file: the ratio is the
 * certificate-per-run saving alone.
 *
 * Provenant's time is the run's own `durationMs` (first file resolved to
 * last output written), so Node's start-up is left out of both sides; the
 * wall time of the CLI process is printed too.
 *
 * usage: node bench/sign.mjs   (needs dist/cli; PROVENANT_DIST=dir to use another build)
 */
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import {
  CIContextProvider,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness
} from '@sigstore/sign'
import { bundleToJSON } from '@sigstore/bundle'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(
  process.env.PROVENANT_DIST ?? path.join(root, 'dist'),
  'cli',
  'index.js'
)
const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : [1, 100, 1000]
const FILE_BYTES = 1024
const CONCURRENCY = 8
const TARGET_RATIO_AT_100 = 5
/** Runs per size below 1,000 files; the median is reported. */
const REPEATS = 3
/** USER_HZ: the unit of /proc/<pid>/stat times on Linux. */
const CLOCK_TICKS_PER_SECOND = 100

/** `provenant local`: the stack in a child process; its env from stdout. */
async function startStack(trustDir) {
  const child = spawn(
    process.execPath,
    [CLI, 'local', '--trust-dir', trustDir],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let out = ''
  const env = await new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`provenant local exited ${code}`))
    )
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (!out.includes('NO_PROXY')) return
      const vars = {}
      for (const m of out.matchAll(/^export (\w+)='((?:[^']|'\\'')*)'$/gm)) {
        vars[m[1]] = m[2].replaceAll(`'\\''`, `'`)
      }
      resolve(vars)
    })
  })
  const cpuMs = () => processCpuMs(child.pid)
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', resolve)
      child.kill('SIGTERM')
    })
  return { env, stop, cpuMs }
}

/** CPU time (user + system) a process used so far, from /proc (Linux); NaN elsewhere. */
async function processCpuMs(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
  } catch {
    return Number.NaN
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
  const cpuFile = path.join(dir, '..', `${path.basename(dir)}.cpu.json`)
  const serverBefore = await stack.cpuMs()
  const started = performance.now()
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
    {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ACTIONS_ID_TOKEN_REQUEST_URL: stack.env.ACTIONS_ID_TOKEN_REQUEST_URL,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN:
          stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
        NODE_OPTIONS: `--require ${CPU_PRELOAD}`,
        BENCH_CPU_FILE: cpuFile
      }
    }
  )
  const wallMs = performance.now() - started
  const serverMs = (await stack.cpuMs()) - serverBefore
  const cpu = JSON.parse(await readFile(cpuFile, 'utf8'))
  const clientMs = (cpu.user + cpu.system) / 1000
  const result = JSON.parse(stdout)
  if (result.files.length !== count) {
    throw new Error(
      `provenant signed ${result.files.length} files, not ${count}`
    )
  }
  return {
    ms: result.durationMs,
    wallMs,
    cpuMs: clientMs + serverMs,
    clientCpuMs: clientMs,
    certificates: result.certificatesIssued
  }
}

/** The baseline: a certificate per file, as `cosign sign-blob` in a loop. */
async function signPerFile(stack, files) {
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL =
    stack.env.ACTIONS_ID_TOKEN_REQUEST_URL
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN =
    stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  process.env.NO_PROXY = process.env.no_proxy = '127.0.0.1,localhost'
  const witnesses = [
    new RekorWitness({ rekorBaseURL: stack.env.INPUT_REKOR_URL }),
    new TSAWitness({ tsaBaseURL: stack.env.INPUT_TSA_URL })
  ]
  const serverBefore = await stack.cpuMs()
  const clientBefore = process.cpuUsage()
  const started = performance.now()
  const queue = [...files]
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const signer = new FulcioSigner({
        fulcioBaseURL: stack.env.INPUT_FULCIO_URL,
        identityProvider: new CIContextProvider('sigstore')
      })
      const builder = new MessageSignatureBundleBuilder({ signer, witnesses })
      const bundle = await builder.create({ data: await readFile(file) })
      await writeFile(
        `${file}.baseline.json`,
        JSON.stringify(bundleToJSON(bundle))
      )
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const ms = performance.now() - started
  const client = process.cpuUsage(clientBefore)
  const serverMs = (await stack.cpuMs()) - serverBefore
  return {
    ms,
    cpuMs: (client.user + client.system) / 1000 + serverMs,
    clientCpuMs: (client.user + client.system) / 1000,
    certificates: files.length
  }
}

const rate = (count, ms) => (count / (ms / 1000)).toFixed(1)
const perFileMs = (ms, count) => (ms / count).toFixed(1)

/** Preloaded into the CLI: writes its CPU time on exit (the server's comes from /proc). */
const CPU_PRELOAD = path.join(
  os.tmpdir(),
  `provenant-bench-cpu-${process.pid}.cjs`
)
await writeFile(
  CPU_PRELOAD,
  "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_CPU_FILE, JSON.stringify(process.cpuUsage())))\n"
)

/** Runs `measure` `times` times and keeps the run with the median time. */
async function median(times, measure) {
  const runs = []
  for (let i = 0; i < times; i++) runs.push(await measure(i))
  runs.sort((a, b) => a.ms - b.ms)
  return runs[Math.floor(runs.length / 2)]
}

async function main() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'provenant-bench-sign-'))
  const stack = await startStack(path.join(work, 'trust'))
  const rows = []
  try {
    // Warm the stack (its first certificate, entry and timestamp are slow)
    // and this process, so neither side pays for the other's cold start.
    await signWithProvenant(stack, await dirWithFiles(work, 'warm-p', 1), 1)
    await signPerFile(stack, await makeFiles(path.join(work, 'warm-b'), 1))
    for (const count of SIZES) {
      const times = count >= 1000 ? 1 : REPEATS
      const provenant = await median(times, async (i) =>
        signWithProvenant(
          stack,
          await dirWithFiles(work, `provenant-${count}-${i}`, count),
          count
        )
      )
      const perFile = await median(times, async (i) =>
        signPerFile(
          stack,
          await makeFiles(path.join(work, `per-file-${count}-${i}`), count)
        )
      )
      const cpuRatio = perFile.cpuMs / provenant.cpuMs
      rows.push({
        count,
        provenant,
        perFile,
        ratio: perFile.ms / provenant.ms,
        cpuRatio
      })
      console.log(
        `${String(count).padStart(5)} files: provenant ${provenant.ms.toFixed(0)} ms (${rate(count, provenant.ms)} files/s, ${provenant.certificates} certificate, process wall ${provenant.wallMs.toFixed(0)} ms, CPU ${perFileMs(provenant.cpuMs, count)} ms/file, client ${perFileMs(provenant.clientCpuMs, count)})` +
          ` | certificate per file ${perFile.ms.toFixed(0)} ms (${rate(count, perFile.ms)} files/s, ${perFile.certificates} certificates, CPU ${perFileMs(perFile.cpuMs, count)} ms/file, client ${perFileMs(perFile.clientCpuMs, count)})` +
          ` | ${(perFile.ms / provenant.ms).toFixed(1)}x time, ${cpuRatio.toFixed(1)}x CPU` +
          (times > 1 ? ` (median of ${times})` : '')
      )
    }
  } finally {
    await stack.stop()
    await rm(work, { recursive: true, force: true })
    await rm(CPU_PRELOAD, { force: true })
  }
  const at100 = rows.find((r) => r.count === 100)
  console.log(
    `ratio at 100 files: ${at100.ratio.toFixed(1)}x faster than one certificate per file (target >= ${TARGET_RATIO_AT_100}x): ${at100.ratio >= TARGET_RATIO_AT_100 ? 'met' : 'NOT met'}` +
      `; ${at100.cpuRatio.toFixed(1)}x less CPU (client + local stack; the measure that a busy machine does not skew)`
  )
}

async function dirWithFiles(work, name, count) {
  const dir = path.join(work, name)
  await makeFiles(dir, count)
  return dir
}

await main()
