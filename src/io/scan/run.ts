/**
 * The scan core, shared by the action and the CLI: inputs -> SBOMs (read or
 * described) -> advisory index -> findings -> VEX and threshold -> report,
 * rendered in the asked format and written (all reports or none).
 */
import path from 'node:path'
import { InputError, InternalError } from '../../lib/errors.js'
import { applyGate, toFailOn } from '../../lib/scan/gate.js'
import { matchSboms } from '../../lib/scan/findings.js'
import type { ScanFormat, ScanInputs } from '../../lib/scan/inputs.js'
import {
  buildScanReport,
  type ScanReport
} from '../../lib/scan/report/model.js'
import { toSarif } from '../../lib/scan/report/sarif.js'
import { toTable } from '../../lib/scan/report/table.js'
import { toVdr } from '../../lib/scan/report/vdr.js'
import type { Logger } from '../../lib/ports.js'
import { writeFilesAtomically, type FileToWrite } from '../fs/atomic-write.js'
import type { RetryContext } from '../net/retry.js'
import { defaultCacheDir, loadIndex } from './databases.js'
import { describeInputs } from './describe.js'
import type { PathFence } from '../fs/path-fence.js'
import { workspaceFence } from '../fs/path-fence.js'
import { createLocator } from './locate.js'
import { readVexStatements } from './vex-files.js'

export interface ScanRequest extends ScanInputs {
  /** GITHUB_WORKSPACE, or the current directory for the CLI. */
  workspace: string
  /** Where inputs may lie: the workspace (the default, for the Action); the CLI opens it. */
  fence?: PathFence
}

export interface ScanDeps {
  env: Readonly<Record<string, string | undefined>>
  now: () => Date
  uuid: () => string
  logger: Logger
  retry: RetryContext
}

export const REPORT_FILES = {
  json: 'scan-report.json',
  sarif: 'scan-report.sarif',
  cyclonedx: 'scan-report.cdx.json'
} as const

export interface ScanResult {
  report: ScanReport
  /** The report in the asked format (undefined: written to `output`). */
  rendered: string
  /** Files written, by format. */
  files: Partial<Record<ScanFormat | 'output', string>>
}

export async function runScan(
  request: ScanRequest,
  deps: ScanDeps
): Promise<ScanResult> {
  const { workspace, described } = await describeInputs(
    request.fence ?? workspaceFence(request.workspace),
    request.paths
  )
  const statements = await readVexStatements(
    workspace,
    request.vexFiles,
    described
  )
  const sboms = described.map((d) => d.sbom)
  const { index, sources } = await loadIndex(
    {
      workspace,
      databases: request.databases,
      ecosystems: ecosystemsOf(sboms),
      offline: request.offline,
      osvUrl: request.osvUrl,
      cacheDir: request.cacheDir
        ? path.resolve(workspace, request.cacheDir)
        : defaultCacheDir(deps.env)
    },
    deps
  )
  const matched = matchSboms(index, sboms)
  const findings = applyGate(matched.findings, {
    sboms,
    statements,
    ignore: request.ignore,
    failOn: toFailOn(request.failOn)
  })
  const report = buildScanReport({
    generated: deps.now().toISOString(),
    failOn: [...toFailOn(request.failOn)],
    sboms: described.map((d) => sbomSummary(d, workspace)),
    database: {
      sources,
      advisories: index.advisories.length,
      withdrawn: index.withdrawn
    },
    findings,
    notEvaluated: matched.notEvaluated
  })
  const locate = createLocator(workspace, described)
  const render: Record<ScanFormat, () => string | Promise<string>> = {
    table: () => toTable(report),
    json: () => JSON.stringify(report, null, 2),
    sarif: () => JSON.stringify(toSarif(report, locate), null, 2),
    cyclonedx: async () =>
      JSON.stringify(
        await checkedVdr(report, `urn:uuid:${deps.uuid()}`),
        null,
        2
      )
  }
  const writes: FileToWrite[] = []
  const files: ScanResult['files'] = {}
  if (request.reportsDir !== undefined) {
    const dir = insideWorkspace(workspace, request.reportsDir, 'reports-dir')
    for (const format of ['json', 'sarif', 'cyclonedx'] as const) {
      const file = path.join(dir, REPORT_FILES[format])
      writes.push({ path: file, content: `${await render[format]()}\n` })
      files[format] = file
    }
  }
  const rendered = await render[request.format]()
  if (request.output !== undefined) {
    const file = insideWorkspace(workspace, request.output, 'output')
    writes.push({ path: file, content: `${rendered}\n` })
    files.output = file
  }
  if (writes.length > 0) await writeFilesAtomically(writes)
  return { report, rendered, files }
}

/** The VDR, checked against the CycloneDX 1.6 schema (the validator is loaded only when a VDR is asked for). */
async function checkedVdr(
  report: ScanReport,
  serialNumber: string
): Promise<object> {
  const vdr = toVdr(report, serialNumber)
  const { findSchemaProblems } = await import('../sbom/validate.js')
  const problems = findSchemaProblems('cyclonedx', vdr)
  if (problems.length > 0)
    throw new InternalError(
      'SCAN_VDR_INVALID',
      `the CycloneDX report does not validate (a bug in Provenant; nothing was written): ${problems.slice(0, 5).join('; ')}`
    )
  return vdr
}

function insideWorkspace(
  workspace: string,
  given: string,
  input: string
): string {
  const absolute = path.resolve(workspace, given)
  const relative = path.relative(workspace, absolute)
  if (relative.startsWith('..') || path.isAbsolute(relative))
    throw new InputError(
      'SCAN_PATH_OUTSIDE',
      `input "${input}" has ${given}, which is outside the workspace ${workspace}: give a path inside it`
    )
  return absolute
}

/** The ecosystems the SBOMs' components are of: the advisories to load. */
function ecosystemsOf(
  sboms: Array<{ components: Array<{ ecosystem?: string }> }>
): string[] {
  return [
    ...new Set(
      sboms.flatMap((s) =>
        s.components.flatMap((c) => (c.ecosystem ? [c.ecosystem] : []))
      )
    )
  ].sort()
}

/** What the report says of one SBOM scanned. */
function sbomSummary(
  d: Awaited<ReturnType<typeof describeInputs>>['described'][number],
  workspace: string
) {
  return {
    subject: d.sbom.subject,
    format: d.sbom.format,
    components: d.sbom.components.length,
    unidentified: d.sbom.unidentified,
    ...(d.lockfiles.length > 0
      ? { lockfiles: d.lockfiles.map((f) => path.relative(workspace, f)) }
      : {})
  }
}
