/** Runs dist/sign/index.js as the GitHub runner would, and reads what it left. */
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { LocalStack } from '../../src/local/stack.js'

const ACTION = path.resolve('dist/sign/index.js')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  outputFile: string
  summary: string
  workspace: string
  runnerDir: string
}

export async function runSignAction(
  stack: LocalStack,
  workspace: string,
  inputs: Record<string, string>,
  options: { oidc?: boolean; extraEnv?: Record<string, string> } = {}
): Promise<ActionRun> {
  const runnerDir = await mkdtemp(path.join(os.tmpdir(), 'provenant-runner-'))
  const outputPath = path.join(runnerDir, 'github_output')
  const summaryPath = path.join(runnerDir, 'step_summary.md')
  const eventPath = path.join(runnerDir, 'event.json')
  await writeFile(outputPath, '')
  await writeFile(summaryPath, '')
  await writeFile(
    eventPath,
    JSON.stringify({ repository: { visibility: 'public' } })
  )

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_EVENT_PATH: eventPath,
    RUNNER_TEMP: runnerDir
  }
  for (const [name, value] of Object.entries(stack.env)) {
    if (name.startsWith('INPUT_')) continue
    if (name.startsWith('ACTIONS_ID_TOKEN_') && options.oidc === false) continue
    env[name] = value
  }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  Object.assign(env, options.extraEnv)

  const child = spawn(process.execPath, [ACTION], { cwd: workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', resolve)
  })
  const outputFile = await readFile(outputPath, 'utf8')
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(outputFile),
    outputFile,
    summary: await readFile(summaryPath, 'utf8'),
    workspace,
    runnerDir
  }
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++)
      value.push(lines[i]!)
    outputs[match[1]!] = value.join('\n')
  }
  return outputs
}

/** The values the action asked the runner to mask (`::add-mask::`). */
export function tokensMasked(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length))
}

/** Every file under `dir`, absolute, sorted. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

/** Runs openssl; resolves to stdout, rejects with stdout and stderr in the message. */
export function openssl(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('openssl', args, { encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`openssl ${args[0]} failed: ${stdout}${stderr}`))
      else resolve(stdout)
    })
  })
}
