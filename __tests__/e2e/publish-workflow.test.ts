/**
 * The reusable workflow publish.yml, executed by the local runner on the
 * embedded local stack for the npm example: every job in needs order, the
 * release published once through actions/release, and the VERIFY.md it
 * publishes run as written in the downloaded folder. A second repository
 * released through the same reusable workflow fails the first one's
 * commands; a byte flipped in any asset fails them naming it.
 */
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import { DOCUMENTED_FLAGS, dropInLines } from '../helpers/drop-in.js'
import { LODASH, MINIMIST } from '../helpers/scan-workspace.js'
import type { Released } from '../helpers/local-runner.js'
import {
  RELEASE_TIMEOUT_MS,
  provenant,
  provenantLines,
  releaseExample,
  verifyTampered
} from '../helpers/local-runner.js'

const NPM = {
  example: 'npm-package',
  build: 'npm run build',
  artifacts: 'dist/*.tgz'
}

describe('publish.yml on the local runner (npm example)', () => {
  let stack: LocalStack
  let tmp: string
  let acme: Released
  let mallory: Released

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-publish-e2e-'))
    // The scan matches the SBOMs against two real advisories from the
    // stack's OSV mirror (neither hits the example's ms 2.1.3).
    const osv = path.join(tmp, 'osv')
    await mkdir(osv)
    for (const advisory of [MINIMIST, LODASH]) {
      await writeFile(
        path.join(osv, `${advisory.id}.json`),
        JSON.stringify(advisory)
      )
    }
    stack = await startLocalStack({ osv: [osv] })
    acme = await releaseExample({
      ...NPM,
      stack,
      repository: 'acme/widget',
      outDir: path.join(tmp, 'acme')
    })
    mallory = await releaseExample({
      ...NPM,
      stack,
      repository: 'mallory/evil',
      outDir: path.join(tmp, 'mallory')
    })
  }, RELEASE_TIMEOUT_MS)

  afterAll(async () => {
    await stack.close()
    await rm(tmp, { recursive: true, force: true })
  })

  it('runs every job of publish.yml in needs order, with timings', () => {
    expect({ result: acme.result, log: acme.log.slice(-15) }).toEqual({
      result: 'success',
      log: expect.any(Array)
    })
    expect(acme.jobs.map((j) => [j.name, j.result])).toEqual([
      ['build', 'success'],
      ['sbom', 'success'],
      ['scan', 'success'],
      ['rebuild (ubuntu-24.04)', 'success'],
      ['sign', 'success'],
      ['release', 'success'],
      ['verify', 'success']
    ])
    for (const job of acme.jobs) expect(job.ms).toBeGreaterThan(0)
    // The scan took its advisories from the stack's OSV mirror.
    expect(stack.osv.server.served.map((r) => r.path)).toContain('/npm/all.zip')
    expect(acme.outputs['release-url']).toMatch(/acme\/widget/)
  })

  it('publishes once, after every asset reached the draft', () => {
    const release = stack.github.state.releases.find(
      (r) => r.owner === 'acme' && r.repo === 'widget'
    )!
    expect(release.draft).toBe(false)
    const events = stack.github.state.events
      .filter((e) => e.releaseId === release.id)
      .map((e) => e.type)
    expect(events[0]).toBe('create')
    expect(events.at(-1)).toBe('publish')
    expect(events.filter((e) => e === 'publish')).toHaveLength(1)
    expect(release.assets.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'VERIFY.md',
        'SHA256SUMS',
        'provenance.intoto.jsonl',
        'scan-report.json',
        'scan-report.json.sigstore.json',
        // Every shipped report is signed by the sign job, which runs no build code.
        'rebuild-report.json.sigstore.json',
        'build-provenance.json.sigstore.json'
      ])
    )
  })

  it('prints no token in the log', () => {
    const text = acme.log.join('\n')
    expect(text).not.toMatch(/ghs_[0-9a-f]{8}/)
    expect(text).not.toMatch(/eyJ[\w-]{20,}\.eyJ/)
  })

  it('verifies with the VERIFY.md provenant line, run as written in the downloaded folder', async () => {
    const [line] = await provenantLines(acme.outDir)
    expect(line).toEqual(
      expect.arrayContaining([
        '--repo',
        'acme/widget',
        '--signer-workflow',
        'provenant-dev/provenant/.github/workflows/publish.yml',
        '--source-tag',
        'v1.0.0'
      ])
    )
    const verified = await provenant(line!, acme.outDir)
    expect({ code: verified.code, output: verified.output }).toEqual({
      code: 0,
      output: expect.stringContaining('verified')
    })
  })

  it('says the trusted root is the local stack’s and never names one inside the release', async () => {
    const markdown = await readFile(path.join(acme.outDir, 'VERIFY.md'), 'utf8')
    expect(markdown).toMatch(/local stack/)
    expect(markdown).toMatch(/public-good root/)
    expect(markdown).not.toMatch(/--trusted-root trusted_root\.json/)
    expect(markdown).toContain(
      path.join(acme.outDir, '.local-stack', 'trusted_root.json')
    )
  })

  it('fails the first repository’s commands on a release of a second repository through the same workflow', async () => {
    expect(mallory.result).toBe('success')
    const [line] = await provenantLines(acme.outDir)
    const verified = await provenant(line!, mallory.outDir)
    expect(verified.code).toBe(1)
    expect(verified.output).toMatch(/acme\/widget/)
  })

  it(
    'fails naming the asset when one byte of it is flipped',
    async () => {
      const assets = (await readdir(acme.outDir)).filter(
        (n) => !n.startsWith('.') && n !== 'VERIFY.md' && !n.endsWith('.md')
      )
      const [line] = await provenantLines(acme.outDir)
      const checked = assets.filter(
        (n) =>
          n.endsWith('.tgz') ||
          n === 'SHA256SUMS' ||
          n === 'provenance.intoto.jsonl' ||
          /^sbom-.*\.json$/.test(n)
      )
      expect(checked.length).toBeGreaterThanOrEqual(5)
      for (const asset of checked) {
        const verified = await verifyTampered(acme.outDir, asset, line!, tmp)
        expect({ asset, code: verified.code }).toEqual({ asset, code: 1 })
        expect(verified.output).toContain(asset)
      }
    },
    RELEASE_TIMEOUT_MS
  )

  it('passes only flags cosign verify-blob and gh attestation verify document in its cosign and gh lines', async () => {
    const lines = await dropInLines(acme.outDir)
    expect(lines.map((l) => l.tool)).toEqual(
      expect.arrayContaining(['cosign', 'gh'])
    )
    for (const line of lines) {
      const unknown = line.flags.filter(
        (f) => !DOCUMENTED_FLAGS[line.tool].includes(f)
      )
      expect({ line: line.words.join(' '), unknown }).toEqual({
        line: line.words.join(' '),
        unknown: []
      })
    }
  })

  it(
    'verifies with every cosign and gh line run through Provenant’s drop-in, and fails each on the second repository’s release',
    async () => {
      const lines = await dropInLines(acme.outDir)
      for (const line of lines) {
        const own = await provenant(line.provenant, acme.outDir)
        expect({ line: line.words.join(' '), code: own.code }).toEqual({
          line: line.words.join(' '),
          code: 0
        })
        const other = await provenant(line.provenant, mallory.outDir)
        expect({ line: line.words.join(' '), code: other.code }).toEqual({
          line: line.words.join(' '),
          code: 1
        })
      }
    },
    RELEASE_TIMEOUT_MS
  )
})
