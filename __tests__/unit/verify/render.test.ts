import { describe, expect, it } from '@jest/globals'
import {
  renderMarkdown,
  renderText,
  summaryLine
} from '../../../src/lib/verify/render.js'
import type {
  ArtifactReport,
  CheckResult
} from '../../../src/lib/verify/report.js'
import { buildReport, listFailures } from '../../../src/lib/verify/report.js'

const pass: CheckResult = { status: 'pass', reason: 'ok' }
const absent: CheckResult = { status: 'absent', reason: 'none' }
const artifact = (name: string, identity: CheckResult): ArtifactReport => ({
  artifact: `dist/${name}`,
  name,
  digests: { sha256: 'a'.repeat(64) },
  verified: identity.status !== 'fail',
  signers: [],
  checks: {
    signature: pass,
    identity,
    provenance: absent,
    source: { status: 'skipped', reason: 'no policy' },
    builder: absent,
    sbom: absent,
    checksum: pass,
    reproducible: absent,
    vex: absent
  },
  notes: []
})

const trust = {
  source: 'embedded' as const,
  description: 'Sigstore public-good, embedded',
  warnings: ['stale']
}

describe('report rendering', () => {
  const report = buildReport(
    [
      artifact('a.tgz', pass),
      artifact('b|c.whl', {
        status: 'fail',
        code: 'VERIFY_IDENTITY_MISMATCH',
        reason: 'signed by x, not y'
      })
    ],
    ['signature'],
    trust
  )

  it('summarises and lists failures', () => {
    expect(report).toMatchObject({
      version: 2,
      verified: false,
      summary: { artifacts: 2, verified: 1, failed: 1 }
    })
    expect(listFailures(report)).toEqual([
      {
        artifact: 'dist/b|c.whl',
        check: 'identity',
        code: 'VERIFY_IDENTITY_MISMATCH',
        reason: 'signed by x, not y'
      }
    ])
    expect(summaryLine(report)).toBe('1 of 2 artifact(s) failed verification')
  })

  it('prints a table, the failures and the trust for the terminal', () => {
    const text = renderText(report).split('\n')
    expect(text[0]).toBe('trusted root: Sigstore public-good, embedded')
    expect(text[1]).toBe('warning: stale')
    const header = text.find((l) => l.startsWith('ARTIFACT'))!
    expect(header.split(/\s+/)).toEqual([
      'ARTIFACT',
      'SIGNATURE',
      'IDENTITY',
      'PROVENANCE',
      'SOURCE',
      'BUILDER',
      'SBOM',
      'CHECKSUM',
      'REPRODUCIBLE',
      'VEX',
      'RESULT'
    ])
    expect(text.find((l) => l.startsWith('dist/a.tgz'))!.split(/\s+/)).toEqual([
      'dist/a.tgz',
      'pass',
      'pass',
      'absent',
      '-',
      'absent',
      'absent',
      'pass',
      'absent',
      'absent',
      'verified'
    ])
    expect(text).toContain(
      '  dist/b|c.whl: identity: [VERIFY_IDENTITY_MISMATCH] signed by x, not y'
    )
    expect(text.at(-1)).toBe('1 of 2 artifact(s) failed verification')
  })

  it('writes a markdown table for the job summary, escaping pipes', () => {
    const md = renderMarkdown(report)
    expect(md).toContain(
      '| Artifact | Signature | Identity | Provenance | Source | Builder | SBOM | Checksum | Reproducible | VEX | Result |'
    )
    expect(md).toContain(
      '| `dist/b\\|c.whl` | ✅ | ❌ | ➖ | ⚪ | ➖ | ➖ | ✅ | ➖ | ➖ | **failed** |'
    )
    expect(md).toContain(
      '- `dist/b\\|c.whl` **identity** `VERIFY_IDENTITY_MISMATCH`: signed by x, not y'
    )
    expect(md).toContain('> [!WARNING]\n> stale')
  })

  it('is not verified with no artifact', () => {
    expect(buildReport([], ['signature'], trust).verified).toBe(false)
  })
})
