/**
 * The reports, checked by tools nobody here wrote: SARIF against the SARIF
 * 2.1.0 JSON schema, the CycloneDX VDR with @cyclonedx/cyclonedx-library's
 * strict validator, `provenant vex` output against the OpenVEX schema in
 * ../shared/osv/vex/. And an SBOM written by @cyclonedx/cyclonedx-npm for a
 * corpus lockfile gives the same findings as the lockfile itself.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Spec, Validation } from '@cyclonedx/cyclonedx-library'
import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { runScan, type ScanResult } from '../../../src/io/scan/run.js'
import { runProvenant } from '../../helpers/cli.js'
import { repoPath, SHARED_DIR } from '../../helpers/repo.js'
import { scanDeps, scanRequest } from '../../helpers/scan.js'

const run = promisify(execFile)
const PROJECT = path.join(
  SHARED_DIR,
  'corpus',
  'npm',
  'actions-typescript-action'
)
const DB = path.join(SHARED_DIR, 'osv', 'npm')
let workspace: string
let fromLockfile: ScanResult
let vexFile: string

const ids = (r: ScanResult): string[] =>
  r.report.findings.map((f) => `${f.id} ${f.name}@${f.version}`).sort()

beforeAll(async () => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'scan-reports-'))
  for (const f of ['package.json', 'package-lock.json'])
    copyFileSync(path.join(PROJECT, f), path.join(workspace, f))
  const vex = await runProvenant([
    'vex',
    '--statement',
    'GHSA-7r3h-m5j6-3q42:pkg:npm/%40actions/core@1.6.0:not_affected:vulnerable_code_not_in_execute_path',
    '--statement',
    'CVE-2022-25883:pkg:npm/semver@7.3.5:affected',
    '--author',
    'Example maintainers',
    '--timestamp',
    '2026-01-01T00:00:00Z',
    '--output',
    path.join(workspace, 'release.openvex.json')
  ])
  expect(vex.code).toBe(0)
  vexFile = path.join(workspace, 'release.openvex.json')
  fromLockfile = await runScan(
    scanRequest(workspace, {
      paths: ['.'],
      databases: [DB],
      vexFiles: ['release.openvex.json'],
      reportsDir: 'reports',
      cacheDir: '.cache'
    }),
    scanDeps()
  )
}, 120_000)
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('scan reports', () => {
  it('writes SARIF that validates against the SARIF 2.1.0 schema, each result at its lockfile line', () => {
    const schema = JSON.parse(
      readFileSync(
        repoPath('__tests__', 'fixtures', 'scan', 'sarif-2.1.0-rtm.5.json'),
        'utf8'
      )
    ) as Record<string, unknown>
    // Draft-04 by its header; it uses nothing whose meaning changed in draft-07, which Ajv reads.
    delete schema.$schema
    delete schema.id
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      unicodeRegExp: false
    })
    addFormats.default(ajv)
    const validate = ajv.compile(schema)
    const sarif = JSON.parse(
      readFileSync(fromLockfile.files.sarif!, 'utf8')
    ) as {
      runs: {
        results: {
          ruleId: string
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string }
              region?: { startLine: number }
            }
          }[]
          suppressions?: unknown[]
        }[]
      }[]
    }
    expect(validate(sarif) ? [] : validate.errors).toEqual([])
    const results = sarif.runs[0]!.results
    expect(results).toHaveLength(fromLockfile.report.findings.length)
    const lines = readFileSync(
      path.join(workspace, 'package-lock.json'),
      'utf8'
    ).split('\n')
    for (const [i, result] of results.entries()) {
      const finding = fromLockfile.report.findings[i]!
      const where = result.locations[0]!.physicalLocation
      expect(where.artifactLocation.uri).toBe('package-lock.json')
      expect(lines[where.region!.startLine - 1]).toContain(finding.name)
    }
    const suppressed = results.filter((r) => r.suppressions)
    expect(suppressed.map((r) => r.ruleId)).toEqual(['GHSA-7r3h-m5j6-3q42'])
  })

  it('writes a CycloneDX VDR the CycloneDX library validates, with the VEX analysis folded in', async () => {
    const text = readFileSync(fromLockfile.files.cyclonedx!, 'utf8')
    expect(
      await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(
        text
      )
    ).toBeNull()
    const vdr = JSON.parse(text) as {
      vulnerabilities: {
        id: string
        affects: { ref: string }[]
        analysis?: { state: string; justification?: string }
      }[]
    }
    expect(
      vdr.vulnerabilities.find((v) => v.id === 'GHSA-7r3h-m5j6-3q42')?.analysis
    ).toMatchObject({
      state: 'not_affected',
      justification: 'code_not_reachable'
    })
    expect(
      vdr.vulnerabilities.find(
        (v) =>
          v.id === 'GHSA-c2qf-rxjj-qqgw' &&
          v.affects[0]!.ref === 'pkg:npm/semver@7.3.5'
      )?.analysis
    ).toMatchObject({ state: 'exploitable' })
  })

  it('writes OpenVEX that validates against the OpenVEX schema', () => {
    const schema = JSON.parse(
      readFileSync(
        path.join(
          SHARED_DIR,
          'osv',
          'vex',
          'openvex',
          'spec',
          'openvex_json_schema.json'
        ),
        'utf8'
      )
    ) as object
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats.default(ajv)
    const validate = ajv.compile(schema)
    const doc = JSON.parse(readFileSync(vexFile, 'utf8')) as unknown
    expect(validate(doc) ? [] : validate.errors).toEqual([])
  })

  it('takes the VEX not_affected finding out of the gate, keeps the affected one, and lists the reason', () => {
    const core = fromLockfile.report.findings.find(
      (f) => f.id === 'GHSA-7r3h-m5j6-3q42'
    )!
    expect(core).toMatchObject({
      suppressed: true,
      vex: {
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        source: 'release.openvex.json'
      }
    })
    const semver = fromLockfile.report.findings.find(
      (f) => f.id === 'GHSA-c2qf-rxjj-qqgw' && f.version === '7.3.5'
    )!
    expect(semver).toMatchObject({
      suppressed: false,
      vex: { status: 'affected' }
    })
  })

  it('finds the same in the SBOM @cyclonedx/cyclonedx-npm writes for the lockfile', async () => {
    await run(
      repoPath('node_modules', '.bin', 'cyclonedx-npm'),
      [
        '--package-lock-only',
        '--spec-version',
        '1.6',
        '--output-file',
        'cdx-npm.json',
        'package.json'
      ],
      { cwd: workspace }
    )
    const fromSbom = await runScan(
      scanRequest(workspace, {
        paths: ['cdx-npm.json'],
        databases: [DB],
        cacheDir: '.cache'
      }),
      scanDeps()
    )
    expect(ids(fromSbom)).toEqual(ids(fromLockfile))
    expect(ids(fromSbom).length).toBeGreaterThanOrEqual(10)
  }, 120_000)
})
