/**
 * Writes a rebuild's files into the report directory, each atomically
 * (a temporary file renamed into place): report.json, report.md,
 * rebuilt.sha256, rebuild.intoto.json and, when signed, rebuild.sigstore.json.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { formatChecksumFile } from '../../lib/rebuild/checksums.js'
import type { RebuildReport } from '../../lib/rebuild/report.js'
import { toReportMarkdown } from '../../lib/rebuild/report-md.js'
import type { SignStatement } from '../../lib/rebuild/statement.js'
import { buildVerdictStatement } from '../../lib/rebuild/statement.js'

export const REPORT_FILES = {
  json: 'report.json',
  markdown: 'report.md',
  checksums: 'rebuilt.sha256',
  statement: 'rebuild.intoto.json',
  bundle: 'rebuild.sigstore.json',
  buildLog: 'build.log'
} as const

export interface ReportPaths {
  json: string
  markdown: string
  checksums: string
  statement: string
  bundle: string | undefined
  buildLog: string
}

export async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, text)
  await rename(temp, file)
}

export async function writeReportFiles(
  report: RebuildReport,
  dir: string,
  sign: SignStatement | undefined
): Promise<ReportPaths> {
  await mkdir(dir, { recursive: true })
  const at = (name: string): string => path.join(dir, name)
  const statement = buildVerdictStatement(report)
  const rebuilt = report.artifacts.flatMap((a) =>
    a.rebuilt ? [{ name: a.name, sha256: a.rebuilt.sha256 }] : []
  )
  await writeAtomic(
    at(REPORT_FILES.json),
    `${JSON.stringify(report, null, 2)}\n`
  )
  await writeAtomic(at(REPORT_FILES.markdown), toReportMarkdown(report))
  await writeAtomic(at(REPORT_FILES.checksums), formatChecksumFile(rebuilt))
  await writeAtomic(
    at(REPORT_FILES.statement),
    `${JSON.stringify(statement, null, 2)}\n`
  )
  let bundle: string | undefined
  if (sign) {
    bundle = at(REPORT_FILES.bundle)
    await writeAtomic(bundle, `${JSON.stringify(await sign(statement))}\n`)
  }
  return {
    json: at(REPORT_FILES.json),
    markdown: at(REPORT_FILES.markdown),
    checksums: at(REPORT_FILES.checksums),
    statement: at(REPORT_FILES.statement),
    bundle,
    buildLog: at(REPORT_FILES.buildLog)
  }
}
