/**
 * The scan job of publish.yml on the local runner, against the local
 * stack's OSV mirror (two real GitHub advisories): a project that locks
 * minimist 1.2.5 (CRITICAL, GHSA-xvch-5gv4-984h) stops at scan, and nothing
 * is signed or published; the same project with a VEX statement saying the
 * finding does not apply (scan-vex) is released, its scan report signed and
 * shipped beside the files.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import type { Released } from '../helpers/local-runner.js'
import { RELEASE_TIMEOUT_MS, releaseExample } from '../helpers/local-runner.js'
import { MINIMIST_VEX, writeScanWorkspace } from '../helpers/scan-workspace.js'

describe('the scan gate of publish.yml on the local runner', () => {
  let stack: LocalStack
  let tmp: string
  let project: string
  let blocked: Released
  let vexed: Released

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-publish-scan-'))
    project = await writeScanWorkspace()
    await writeFile(
      path.join(project, 'demo.openvex.json'),
      JSON.stringify(MINIMIST_VEX, null, 2)
    )
    stack = await startLocalStack({ osv: [path.join(project, 'osv')] })
    const release = (repository: string, inputs: Record<string, unknown>) =>
      releaseExample({
        stack,
        example: 'scan-demo',
        projectDir: project,
        build: 'mkdir -p dist && cp package.json dist/demo-1.0.0.json',
        artifacts: 'dist/*.json',
        repository,
        outDir: path.join(tmp, repository.replace('/', '-')),
        inputs: { rebuild: false, ...inputs }
      })
    blocked = await release('acme/blocked', {})
    vexed = await release('acme/vexed', { 'scan-vex': 'demo.openvex.json' })
  }, RELEASE_TIMEOUT_MS)

  afterAll(async () => {
    await stack.close()
    await rm(tmp, { recursive: true, force: true })
    await rm(project, { recursive: true, force: true })
  })

  it('stops a release whose SBOM has a CRITICAL finding without VEX at scan, publishing nothing', () => {
    expect(blocked.jobs.map((j) => [j.id, j.result])).toEqual([
      ['build', 'success'],
      ['sbom', 'success'],
      ['scan', 'failure'],
      ['rebuild', 'skipped'],
      ['sign', 'skipped'],
      ['release', 'skipped'],
      ['verify', 'skipped']
    ])
    expect(blocked.result).toBe('failure')
    expect(blocked.log.join('\n')).toMatch(/GHSA-xvch-5gv4-984h/)
    expect(
      stack.github.state.releases.filter((r) => r.repo === 'blocked')
    ).toEqual([])
    expect(
      stack.github.state.attestations.filter((a) => a.repo === 'blocked')
    ).toEqual([])
    // The advisories came from the stack's mirror, not the network.
    expect(stack.osv.server.served.map((s) => s.path)).toContain('/npm/all.zip')
  })

  it('releases the project when its VEX takes the finding out of the gate, with the scan report signed beside the files', async () => {
    expect({ result: vexed.result, log: vexed.log.slice(-10) }).toEqual({
      result: 'success',
      log: expect.any(Array)
    })
    expect(vexed.assets).toEqual(
      expect.arrayContaining([
        'scan-report.json',
        'scan-report.json.sigstore.json',
        'scan-report.sarif'
      ])
    )
    const report = JSON.parse(
      await readFile(path.join(vexed.outDir, 'scan-report.json'), 'utf8')
    ) as {
      passed: boolean
      findings: { id: string; vex: { status: string } }[]
    }
    expect(report.passed).toBe(true)
    expect(report.findings).toEqual([
      expect.objectContaining({
        id: 'GHSA-xvch-5gv4-984h',
        vex: expect.objectContaining({ status: 'not_affected' })
      })
    ])
  })
})
