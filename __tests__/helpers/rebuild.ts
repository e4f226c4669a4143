/** Running rebuilds in tests: the CLI in-process, with its output captured. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runProvenant as runCli } from './cli.js'
import type { RebuildReport } from '../../src/lib/rebuild/report.js'
import { tempDir } from './git-fixture.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** The CLI in-process (helpers/cli.ts), its output named as a process's. */
export async function runProvenant(argv: string[]): Promise<CliRun> {
  const { code, out, err } = await runCli(argv)
  return { code, stdout: out, stderr: err }
}

export interface RebuildRun extends CliRun {
  reportDir: string
  report: RebuildReport
}

/**
 * `provenant rebuild --source <source> --build <build> --artifacts dist/*
 * --reference <reference> --report-dir <new temp dir> ...flags`, its
 * report.json read back. The report directory is added to `dirs`.
 */
export async function rebuildAndRead(
  dirs: string[],
  source: string,
  reference: string,
  build: string,
  ...flags: string[]
): Promise<RebuildRun> {
  const reportDir = await tempDir('report')
  dirs.push(reportDir)
  const run = await runProvenant([
    'rebuild',
    '--source',
    source,
    '--build',
    build,
    '--artifacts',
    'dist/*',
    '--reference',
    reference,
    '--report-dir',
    reportDir,
    ...flags
  ])
  const report = JSON.parse(
    await readFile(path.join(reportDir, 'report.json'), 'utf8')
  ) as RebuildReport
  return { ...run, reportDir, report }
}
