/**
 * actions/scan as the runner runs it (node dist/scan/index.js): the gate
 * fails the step on a critical finding, writes the three reports and the
 * job summary; a VEX statement takes the finding out and the step passes;
 * the online path downloads from a local OSV server; bad input fails with
 * the input named.
 */
import { existsSync, readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { runAction } from '../helpers/action-runner.js'
import {
  startOsvServer,
  writeScanWorkspace,
  type OsvServer
} from '../helpers/scan-workspace.js'

let workspace: string | undefined
let server: OsvServer | undefined
afterEach(async () => {
  await server?.close()
  if (workspace) await rm(workspace, { recursive: true, force: true })
  workspace = server = undefined
})

describe('actions/scan (dist/scan/index.js)', () => {
  it('fails the step on a critical finding and writes the reports and the summary', async () => {
    workspace = await writeScanWorkspace()
    const run = await runAction('scan', {
      workspace,
      inputs: { db: 'osv', download: 'false', 'cache-dir': 'cache' },
      env: { RUNNER_TOOL_CACHE: path.join(workspace, 'tool-cache') }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::vulnerability gate failed: 1 finding at critical, high'
    )
    expect(run.outputs).toMatchObject({
      passed: 'false',
      findings: '1',
      failing: '1'
    })
    for (const name of ['report', 'sarif', 'cyclonedx'])
      expect(existsSync(run.outputs[name]!)).toBe(true)
    expect(path.dirname(run.outputs.report!)).toBe(workspace)
    const sarif = JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')) as {
      runs: {
        results: {
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string }
              region: { startLine: number }
            }
          }[]
        }[]
      }[]
    }
    const where = sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation
    expect(where.artifactLocation.uri).toBe('package-lock.json')
    expect(
      readFileSync(path.join(workspace, 'package-lock.json'), 'utf8').split(
        '\n'
      )[where.region.startLine - 1]
    ).toContain('node_modules/minimist')
    expect(run.summary).toContain('GHSA-xvch-5gv4-984h')
  })

  it('passes when a VEX statement says the finding does not apply, and lists the reason', async () => {
    workspace = await writeScanWorkspace()
    await writeFile(
      path.join(workspace, 'demo.openvex.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/1',
        author: 'demo',
        timestamp: '2026-01-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2021-44906' },
            products: [{ '@id': 'pkg:npm/minimist@1.2.5' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path'
          }
        ]
      })
    )
    const run = await runAction('scan', {
      workspace,
      inputs: {
        db: 'osv',
        download: 'false',
        vex: 'demo.openvex.json',
        'reports-dir': 'reports'
      },
      env: { RUNNER_TOOL_CACHE: path.join(workspace, 'tool-cache') }
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      passed: 'true',
      findings: '1',
      failing: '0'
    })
    expect(run.stdout).toContain('vulnerable_code_not_in_execute_path')
    expect(run.outputs.report).toBe(
      path.join(workspace, 'reports', 'scan-report.json')
    )
  })

  it('downloads the OSV export when no db is given', async () => {
    workspace = await writeScanWorkspace()
    server = await startOsvServer()
    const run = await runAction('scan', {
      workspace,
      inputs: { 'osv-url': server.url, 'fail-on': 'none' },
      env: { RUNNER_TOOL_CACHE: path.join(workspace, 'tool-cache') }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.findings).toBe('1')
    expect(server.requests.map((r) => r.path)).toEqual(['/npm/all.zip'])
  })

  it('fails with the input named on bad input', async () => {
    workspace = await writeScanWorkspace()
    const run = await runAction('scan', {
      workspace,
      inputs: { db: 'osv', 'fail-on': 'severe' },
      env: { RUNNER_TOOL_CACHE: path.join(workspace, 'tool-cache') }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('input "fail-on" has "severe"')
    expect(existsSync(path.join(workspace, 'scan-report.json'))).toBe(false)
  })
})
