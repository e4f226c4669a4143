/**
 * The local runner as the tests drive it: releases through the real
 * publish.yml (runLocalPublish) and the commands of the VERIFY.md it
 * publishes, run in the release folder with the bundled CLI.
 */
import { execFile } from 'node:child_process'
import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { LocalPublishResult } from '../../src/io/release/local-publish.js'
import { runLocalPublish } from '../../src/io/release/local-publish.js'
import { findProvenant } from '../../src/io/release/provenant-root.js'
import { verifyCommands } from '../../src/lib/release/verify-md.js'
import type { LocalStack } from '../../src/local/stack.js'
import { repoPath } from './repo.js'

const run = promisify(execFile)
export const RELEASE_TIMEOUT_MS = 600_000

export interface Released extends LocalPublishResult {
  log: string[]
  outDir: string
}

export async function releaseExample(options: {
  stack: LocalStack
  /** A folder of examples/, or with projectDir, a label. */
  example: string
  projectDir?: string
  build: string
  artifacts: string
  repository: string
  tag?: string
  outDir: string
  failJobs?: string[]
  inputs?: Record<string, unknown>
  repositoryDir?: string
}): Promise<Released> {
  const log: string[] = []
  const result = await runLocalPublish({
    projectDir: options.projectDir ?? repoPath('examples', options.example),
    repository: options.repository,
    tag: options.tag ?? 'v1.0.0',
    inputs: {
      'build-command': options.build,
      artifacts: options.artifacts,
      ...options.inputs
    },
    outDir: options.outDir,
    trustDir: path.join(options.outDir, '.local-stack'),
    provenant: await findProvenant(repoPath('src')),
    log: (line) => log.push(line),
    stack: options.stack,
    ...(options.repositoryDir ? { repositoryDir: options.repositoryDir } : {}),
    ...(options.failJobs ? { failJobs: options.failJobs } : {})
  })
  return { ...result, log, outDir: options.outDir }
}

/** The provenant lines of a VERIFY.md, as argv without the `provenant` word. */
export async function provenantLines(folder: string): Promise<string[][]> {
  const markdown = await readFile(path.join(folder, 'VERIFY.md'), 'utf8')
  // `npx --yes provenant@<version> verify ...`: the words after the package.
  return verifyCommands(markdown)
    .filter((line) => line[0] === 'npx' && line[2]?.startsWith('provenant@'))
    .map((line) => line.slice(3))
}

export async function provenant(
  args: string[],
  cwd: string,
  env: Record<string, string> = {}
): Promise<{ code: number; output: string; stdout: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [repoPath('dist', 'cli', 'index.js'), ...args],
      {
        cwd,
        env: { ...process.env, ...env },
        timeout: 120_000,
        maxBuffer: 32 * 1024 * 1024
      }
    )
    return { code: 0, output: `${stdout}\n${stderr}`, stdout }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: typeof e.code === 'number' ? e.code : -1,
      output: `${e.stdout ?? ''}\n${e.stderr ?? ''}`,
      stdout: e.stdout ?? ''
    }
  }
}

/**
 * Runs `line` in a copy of `folder` with one byte of `asset` flipped:
 * what it exits with and prints.
 */
export async function verifyTampered(
  folder: string,
  asset: string,
  line: string[],
  scratch: string
): Promise<{ code: number; output: string }> {
  const copy = path.join(scratch, `tampered-${asset}`)
  await cp(folder, copy, { recursive: true })
  const file = path.join(copy, asset)
  const bytes = await readFile(file)
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01
  await writeFile(file, bytes)
  return provenant(line, copy)
}
