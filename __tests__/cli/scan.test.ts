/** `provenant scan` and `provenant vex` in process: exit 0 below the threshold, 1 at or above it, 2 on bad input. */
import { rm } from 'node:fs/promises'
import { afterEach, describe, expect, it } from '@jest/globals'
import { runProvenant } from '../helpers/cli.js'
import { writeScanWorkspace } from '../helpers/scan-workspace.js'

let workspace: string | undefined
const cwd = process.cwd()
afterEach(async () => {
  process.chdir(cwd)
  if (workspace) await rm(workspace, { recursive: true, force: true })
  workspace = undefined
})

async function inWorkspace(): Promise<void> {
  workspace = await writeScanWorkspace()
  process.chdir(workspace)
}

describe('provenant scan', () => {
  it('exits 1 at the threshold and prints the table by severity', async () => {
    await inWorkspace()
    const run = await runProvenant([
      'scan',
      '.',
      '--db',
      'osv',
      '--offline',
      '--cache-dir',
      '.cache'
    ])
    expect(run.code).toBe(1)
    expect(run.out).toMatch(
      /CRITICAL \(1\)\n {2}GHSA-xvch-5gv4-984h \[CVE-2021-44906\] 9\.8 {2}npm minimist@1\.2\.5 \(fixed in 1\.2\.6\)/
    )
    expect(run.out).toContain('failed: 1 finding at critical, high')
  })

  it('takes --db, --vex and --ignore more than once, as its usage says', async () => {
    await inWorkspace()
    const run = await runProvenant([
      'scan',
      '.',
      '--db',
      'osv/2022',
      '--db',
      'osv/GHSA-35jh-r3h4-6jhm.json',
      '--offline',
      '--cache-dir',
      '.cache',
      '--ignore',
      'CVE-2021-44906',
      '--ignore',
      'GHSA-35jh-r3h4-6jhm',
      '--json'
    ])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.out) as { findings: { id: string }[] }
    expect(report.findings.map((f) => f.id)).toEqual(['GHSA-xvch-5gv4-984h'])
  })

  it('exits 0 below the threshold, with --ignore, and prints JSON with --json', async () => {
    await inWorkspace()
    const run = await runProvenant([
      'scan',
      '--db',
      'osv',
      '--offline',
      '--cache-dir',
      '.cache',
      '--ignore',
      'CVE-2021-44906',
      '--json'
    ])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.out) as {
      passed: boolean
      findings: { id: string; vex: { status: string } }[]
    }
    expect(report.passed).toBe(true)
    expect(report.findings[0]).toMatchObject({
      id: 'GHSA-xvch-5gv4-984h',
      vex: { status: 'ignored' }
    })
  })

  it('exits 2 on bad input, naming it', async () => {
    await inWorkspace()
    const run = await runProvenant([
      'scan',
      '--db',
      'osv',
      '--fail-on',
      'severe',
      '--format',
      'xml'
    ])
    expect(run.code).toBe(2)
    expect(run.err).toContain('input "fail-on" has "severe"')
    expect(run.err).toContain('input "report-format" must be one of')
    const missing = await runProvenant(['scan', '--db', 'no-such-db'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('--db no-such-db does not exist')
  })
})

describe('provenant vex', () => {
  it('writes OpenVEX v0.2.0 from statements', async () => {
    const run = await runProvenant([
      'vex',
      '--statement',
      'CVE-2021-44906:pkg:npm/minimist@1.2.5:fixed',
      '--product',
      'pkg:npm/demo@1.0.0',
      '--timestamp',
      '2026-01-01T00:00:00Z',
      '--author',
      'demo'
    ])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.out)).toMatchObject({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      statements: [
        {
          vulnerability: { name: 'CVE-2021-44906' },
          products: [
            {
              '@id': 'pkg:npm/demo@1.0.0',
              subcomponents: [{ '@id': 'pkg:npm/minimist@1.2.5' }]
            }
          ],
          status: 'fixed'
        }
      ]
    })
  })

  it('exits 2 on a statement it cannot read, or not_affected without a justification', async () => {
    const run = await runProvenant([
      'vex',
      '--statement',
      'CVE-1:lodash:fixed',
      '--statement',
      'CVE-2:pkg:npm/x@1:not_affected'
    ])
    expect(run.code).toBe(2)
    expect(run.err).toContain('"CVE-1:lodash:fixed" cannot be read')
    expect(run.err).toContain('not_affected without a justification')
  })
})
