/**
 * diffoscope (Debian's, reproducible-builds.org's) as an explainer: found on
 * PATH, run with --text into the report directory and a timeout; its report
 * is kept whole and its first lines go into report.md.
 */
import { access, constants, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { DiffoscopeResult } from '../../lib/rebuild/model.js'
import { execFileCapture } from './exec.js'

export const DIFFOSCOPE_TIMEOUT_MS = 10 * 60 * 1000
export const DIFFOSCOPE_EXCERPT_LINES = 60

/** The executable on `pathVariable`, or undefined. */
export async function findOnPath(
  name: string,
  pathVariable: string | undefined
): Promise<string | undefined> {
  for (const dir of (pathVariable ?? '').split(path.delimiter)) {
    if (dir === '') continue
    const candidate = path.join(dir, name)
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

export interface DiffoscopeRun {
  executable: string
  reference: string
  rebuilt: string
  /** The report file, and its name relative to the report directory. */
  reportFile: string
  reportName: string
  timeoutMs?: number
  env: NodeJS.ProcessEnv
}

export async function runDiffoscope(
  run: DiffoscopeRun
): Promise<DiffoscopeResult> {
  const result = await execFileCapture(
    run.executable,
    ['--text', run.reportFile, '--no-progress', run.reference, run.rebuilt],
    {
      env: { ...run.env, LC_ALL: 'C.UTF-8', TZ: 'UTC' },
      timeoutMs: run.timeoutMs ?? DIFFOSCOPE_TIMEOUT_MS,
      maxOutputBytes: 256 * 1024
    }
  )
  const text = await readFile(run.reportFile, 'utf8').catch(() => '')
  const lines = text.split('\n')
  const excerpt =
    text === ''
      ? result.timedOut
        ? `diffoscope did not finish within ${Math.round((run.timeoutMs ?? DIFFOSCOPE_TIMEOUT_MS) / 1000)} s`
        : `diffoscope wrote no report (exit code ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-5).join(' / ')}`
      : lines.slice(0, DIFFOSCOPE_EXCERPT_LINES).join('\n') +
        (lines.length > DIFFOSCOPE_EXCERPT_LINES
          ? `\n... ${lines.length - DIFFOSCOPE_EXCERPT_LINES} more lines in ${run.reportName}`
          : '')
  return {
    report: run.reportName,
    excerpt,
    exitCode: result.exitCode,
    timedOut: result.timedOut
  }
}
