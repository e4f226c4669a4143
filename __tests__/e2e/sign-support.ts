/** Runs dist/sign/index.js as the GitHub runner would, and reads what it left. */
import { execFile } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { LocalStack } from '../../src/local/stack.js'
import { runAction, type ActionRun as Run } from '../helpers/action-runner.js'

export interface ActionRun extends Run {
  workspace: string
}

export async function runSignAction(
  stack: LocalStack,
  workspace: string,
  inputs: Record<string, string>,
  options: { oidc?: boolean; extraEnv?: Record<string, string> } = {}
): Promise<ActionRun> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(stack.env)) {
    if (name.startsWith('INPUT_')) continue
    if (name.startsWith('ACTIONS_ID_TOKEN_') && options.oidc === false) continue
    env[name] = value
  }
  const run = await runAction('sign', {
    workspace,
    inputs,
    env: { ...env, ...options.extraEnv },
    event: { repository: { visibility: 'public' } }
  })
  return { ...run, workspace }
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
