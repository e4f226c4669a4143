/**
 * The tools a build may have used, found on the build's PATH: their version
 * lines, and the operating system. Looked up concurrently, each with a short
 * timeout; a tool that is missing is simply not recorded.
 */
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import { execFileCapture } from './exec.js'

const TOOL_TIMEOUT_MS = 15_000

/** name -> the command that prints its version. */
export const VERSION_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  node: ['node', '--version'],
  npm: ['npm', '--version'],
  python3: ['python3', '--version'],
  gcc: ['gcc', '--version'],
  cc: ['cc', '--version'],
  go: ['go', 'version'],
  cargo: ['cargo', '--version'],
  rustc: ['rustc', '--version'],
  git: ['git', '--version']
}

export async function detectTools(
  env: Record<string, string>,
  cwd: string
): Promise<Record<string, string>> {
  const found = await Promise.all(
    Object.entries(VERSION_COMMANDS).map(async ([name, [file, ...args]]) => {
      try {
        const result = await execFileCapture(file!, args, {
          cwd,
          env,
          timeoutMs: TOOL_TIMEOUT_MS,
          maxOutputBytes: 64 * 1024
        })
        const line = `${result.stdout}\n${result.stderr}`
          .split('\n')
          .map((l) => l.trim())
          .find((l) => l !== '')
        return result.exitCode === 0 && line
          ? ([name, line] as const)
          : undefined
      } catch {
        return undefined
      }
    })
  )
  return Object.fromEntries(found.filter((f) => f !== undefined))
}

/** `Debian GNU/Linux 12 (bookworm); Linux 6.1.0 x86_64`. */
export async function describeOs(): Promise<string> {
  const kernel = `${os.type()} ${os.release()} ${os.machine()}`
  try {
    const text = await readFile('/etc/os-release', 'utf8')
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1]
    return pretty ? `${pretty}; ${kernel}` : kernel
  } catch {
    return kernel
  }
}
