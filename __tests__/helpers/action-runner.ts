/**
 * Runs a bundled action (`node dist/<name>/index.js`) as the runner does:
 * INPUT_<NAME> variables (upper-case, hyphens kept), GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and RUNNER_TEMP files in a temp dir, GITHUB_WORKSPACE,
 * and no other environment than what is given (PATH and HOME aside).
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoPath } from './repo.js'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** GITHUB_OUTPUT as the action left it. */
  outputFile: string
  summary: string
  /** The runner's folder: GITHUB_OUTPUT, the summary, the event and RUNNER_TEMP. */
  runnerDir: string
}

export function toInputEnv(
  inputs: Record<string, string>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

export async function runAction(
  name: string,
  options: {
    workspace: string
    inputs: Record<string, string>
    env: Record<string, string>
    timeoutMs?: number
    /** The folder the action runs in; default the workspace. */
    cwd?: string
    /** The workflow event, written to GITHUB_EVENT_PATH. */
    event?: unknown
  }
): Promise<ActionRun> {
  const runner = await mkdtemp(path.join(os.tmpdir(), 'provenant-runner-'))
  const temp = path.join(runner, 'temp')
  await mkdir(temp)
  const outputFile = path.join(runner, 'output.txt')
  const summaryFile = path.join(runner, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const event: Record<string, string> = {}
  if (options.event !== undefined) {
    event.GITHUB_EVENT_PATH = path.join(runner, 'event.json')
    await writeFile(event.GITHUB_EVENT_PATH, JSON.stringify(options.event))
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    ...event,
    ...options.env,
    ...toInputEnv(options.inputs)
  }
  const { code, stdout, stderr } = await new Promise<{
    code: number
    stdout: string
    stderr: string
  }>((resolve) => {
    execFile(
      process.execPath,
      [repoPath('dist', name, 'index.js')],
      {
        cwd: options.cwd ?? options.workspace,
        env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024
      },
      (error, out, err) => {
        const exit = (error as { code?: unknown } | null)?.code
        resolve({
          code: error ? (typeof exit === 'number' ? exit : -1) : 0,
          stdout: out,
          stderr: err
        })
      }
    )
  })
  const outputText = await readFile(outputFile, 'utf8')
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(outputText),
    outputFile: outputText,
    summary: await readFile(summaryFile, 'utf8'),
    runnerDir: runner
  }
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm
  for (const match of text.matchAll(pattern)) {
    outputs[match[1]!] = match[3]!
  }
  return outputs
}
