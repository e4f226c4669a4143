#!/usr/bin/env node
/**
 * Attesting 1,000 release files: Provenant in one run (one statement for
 * all subjects, one certificate) against one statement per file the way
 * running actions/attest once per file does it (a process, a token, a
 * certificate, a Rekor entry and a stored attestation per file). Also
 * Provenant's single-subject mode: 1,000 statements in one run, one
 * certificate. All against the embedded local stack, with the bundled
 * dist/provenance run as the runner runs it.
 *
 * The per-file baseline spawns the action once per file; by default it
 * measures PER_FILE_SAMPLE of them and scales to 1,000 (BENCH_FULL=1 runs
 * all 1,000).
 *
 * usage: node bench/provenance.mjs   (needs dist/cli and dist/provenance)
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startStack } from './_stack.mjs'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const FILES = 1000
const PER_FILE_SAMPLE = process.env.BENCH_FULL ? FILES : 50

function actionEnv(stack, workspace, runner, inputs) {
  const s = stack.env
  const all = {
    sigstore: 'custom',
    'fulcio-url': s.INPUT_FULCIO_URL,
    'rekor-url': s.INPUT_REKOR_URL,
    'tsa-url': s.INPUT_TSA_URL,
    'oidc-issuer': new URL(s.ACTIONS_ID_TOKEN_REQUEST_URL).origin,
    'github-token': s.GITHUB_TOKEN,
    'output-dir': runner,
    ...inputs
  }
  return {
    PATH: process.env.PATH,
    HOME: os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(runner, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
    RUNNER_TEMP: runner,
    ACTIONS_ID_TOKEN_REQUEST_URL: s.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: s.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    GITHUB_API_URL: s.GITHUB_API_URL,
    GITHUB_SERVER_URL: s.GITHUB_SERVER_URL,
    GITHUB_REPOSITORY: s.GITHUB_REPOSITORY,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    ...Object.fromEntries(
      Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
    )
  }
}

async function timeRun(stack, workspace, inputs) {
  const runner = await mkdtemp(path.join(os.tmpdir(), 'provenant-bench-run-'))
  await writeFile(path.join(runner, 'output.txt'), '')
  await writeFile(path.join(runner, 'summary.md'), '')
  const started = performance.now()
  await run(process.execPath, [path.join(root, 'dist/provenance/index.js')], {
    cwd: workspace,
    env: actionEnv(stack, workspace, runner, inputs),
    maxBuffer: 64 * 1024 * 1024
  })
  const ms = performance.now() - started
  await rm(runner, { recursive: true, force: true })
  return ms
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`

const dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-bench-'))
const stack = await startStack(
  path.join(root, 'dist/cli/index.js'),
  path.join(dir, 'trust')
)
try {
  const workspace = path.join(dir, 'ws')
  await mkdir(path.join(workspace, 'dist'), { recursive: true })
  for (let i = 0; i < FILES; i++) {
    await writeFile(
      path.join(workspace, 'dist', `pkg-${i}.tgz`),
      `artifact ${i}\n`
    )
  }
  await timeRun(stack, workspace, { 'subject-path': 'dist/pkg-0.tgz' }) // warm-up

  const oneRun = await timeRun(stack, workspace, { 'subject-path': 'dist/*' })
  const singleSubject = await timeRun(stack, workspace, {
    'subject-path': 'dist/*',
    'single-subject': 'true'
  })
  let perFileMs = 0
  for (let i = 0; i < PER_FILE_SAMPLE; i++) {
    perFileMs += await timeRun(stack, workspace, {
      'subject-path': `dist/pkg-${i}.tgz`
    })
  }
  const perFile = (perFileMs / PER_FILE_SAMPLE) * FILES
  const scaled =
    PER_FILE_SAMPLE < FILES
      ? ` (${PER_FILE_SAMPLE} runs measured, scaled to ${FILES})`
      : ''

  console.log(`attesting ${FILES} files against the local stack:`)
  console.log(
    `  provenant, one run, 1 statement, 1 certificate:        ${seconds(oneRun)}`
  )
  console.log(
    `  provenant, one run, single-subject (${FILES} statements): ${seconds(singleSubject)}`
  )
  console.log(
    `  one run per file, as actions/attest (${FILES} statements, ${FILES} certificates): ${seconds(perFile)}${scaled}`
  )
  console.log(
    `ratio per-file / provenant one run: ${(perFile / oneRun).toFixed(1)}x`
  )
  console.log(
    `ratio per-file / provenant single-subject: ${(perFile / singleSubject).toFixed(1)}x`
  )
} finally {
  await stack.stop()
  await rm(dir, { recursive: true, force: true })
}
