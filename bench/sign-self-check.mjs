#!/usr/bin/env node
/**
 * What `provenant sign --trusted-root` pays to check its own bundles before
 * writing them, per bundle, against the check done the naive way: the
 * trusted root turned into trust material and a new sigstore-js Verifier
 * for every bundle (what the self-check did before it shared verify's
 * machinery).
 *
 * - Provenant: one `provenant sign` run over COUNT files with --trusted-root
 *   and one without, on the embedded local stack; the self-check's cost is
 *   the difference of the two runs' client CPU time, per bundle.
 * - The naive check: the bundles that run wrote, each checked in-process
 *   with its trust material rebuilt (TrustedRoot.fromJSON, toTrustMaterial,
 *   new Verifier), CPU time per bundle.
 *
 * CPU time, not wall time: signing waits on the stack, and the difference
 * of two wall times would mostly measure the stack's latency.
 *
 * usage: node bench/sign-self-check.mjs (needs dist/cli; env
 * PROVENANT_DIST=dir, BENCH_FILES=n)
 */
import { execFile } from 'node:child_process'
import { X509Certificate, randomBytes } from 'node:crypto'
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { startStack } from './_stack.mjs'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(
  process.env.PROVENANT_DIST ?? path.join(root, 'dist'),
  'cli',
  'index.js'
)
const COUNT = Number(process.env.BENCH_FILES ?? 300)
const TARGET_RATIO = 5
const CPU_PRELOAD = path.join(
  os.tmpdir(),
  `provenant-bench-self-check-${process.pid}.cjs`
)

/** One `provenant sign` over dir/*.bin; its CPU time (ms). */
async function signCpuMs(stack, dir, trustedRoot) {
  const cpuFile = `${dir}.cpu`
  await run(
    process.execPath,
    [
      CLI,
      'sign',
      '*.bin',
      '--sigstore',
      'custom',
      '--fulcio-url',
      stack.env.INPUT_FULCIO_URL,
      '--rekor-url',
      stack.env.INPUT_REKOR_URL,
      '--tsa-url',
      stack.env.INPUT_TSA_URL,
      ...(trustedRoot ? ['--trusted-root', trustedRoot] : [])
    ],
    {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ACTIONS_ID_TOKEN_REQUEST_URL: stack.env.ACTIONS_ID_TOKEN_REQUEST_URL,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN:
          stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        NO_PROXY: '127.0.0.1,localhost',
        NODE_OPTIONS: `--require ${CPU_PRELOAD}`,
        BENCH_CPU_FILE: cpuFile
      }
    }
  )
  const cpu = JSON.parse((await readFile(cpuFile, 'utf8')).trim())
  return (cpu.user + cpu.system) / 1000
}

async function makeFiles(dir) {
  await mkdir(dir, { recursive: true })
  for (let i = 0; i < COUNT; i++) {
    await writeFile(path.join(dir, `f-${i}.bin`), randomBytes(1024))
  }
}

/** The self-check the naive way, CPU ms per bundle. */
async function naiveCpuMsPerBundle(dir, trustedRoot) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.sigstore.json'))
  const bundles = await Promise.all(
    names.map(async (n) =>
      bundleFromJSON(JSON.parse(await readFile(path.join(dir, n), 'utf8')))
    )
  )
  const rootText = await readFile(trustedRoot, 'utf8')
  const started = process.cpuUsage()
  for (const bundle of bundles) {
    const material = bundle.verificationMaterial.content
    const der =
      material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.x509CertificateChain.certificates[0].rawBytes
    const signingKey = new X509Certificate(der).publicKey
    const trust = toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(rootText)))
    const entity = toSignedEntity(bundle, Buffer.alloc(0))
    entity.signature.verifySignature = (key) => key.equals(signingKey)
    new Verifier(trust, {
      tlogThreshold: bundle.verificationMaterial.tlogEntries.length,
      ctlogThreshold: 0,
      timestampThreshold: 1
    }).verify(entity)
  }
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000 / bundles.length
}

await writeFile(
  CPU_PRELOAD,
  "process.on('exit', () => require('fs').appendFileSync(process.env.BENCH_CPU_FILE, JSON.stringify(process.cpuUsage()) + '\\n'))\n"
)
const work = await mkdtemp(
  path.join(os.tmpdir(), 'provenant-bench-self-check-')
)
const stack = await startStack(CLI, path.join(work, 'trust'))
try {
  const trustedRoot = path.join(work, 'trust', 'trusted_root.json')
  const warm = path.join(work, 'warm')
  await mkdir(warm)
  await writeFile(path.join(warm, 'w.bin'), 'warm')
  await signCpuMs(stack, warm)
  const plain = path.join(work, 'plain')
  const checked = path.join(work, 'checked')
  await makeFiles(plain)
  await makeFiles(checked)
  const without = await signCpuMs(stack, plain)
  const withCheck = await signCpuMs(stack, checked, trustedRoot)
  const selfCheck = Math.max(withCheck - without, 0) / COUNT
  const naive = await naiveCpuMsPerBundle(checked, trustedRoot)
  const ratio = naive / Math.max(selfCheck, 0.01)
  console.log(
    `provenant sign, ${COUNT} files: ${without.toFixed(0)} ms CPU without --trusted-root, ${withCheck.toFixed(0)} ms with it`
  )
  console.log(
    `self-check: ${selfCheck.toFixed(2)} ms CPU a bundle; naive (trust rebuilt, new Verifier per bundle): ${naive.toFixed(2)} ms`
  )
  console.log(
    `ratio: ${ratio.toFixed(1)}x (target >= ${TARGET_RATIO}x)${ratio >= TARGET_RATIO ? '' : '  BELOW TARGET'}`
  )
} finally {
  await stack.stop()
  await rm(work, { recursive: true, force: true })
  await rm(CPU_PRELOAD, { force: true })
}
