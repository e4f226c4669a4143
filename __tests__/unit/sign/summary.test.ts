import { describe, expect, it } from '@jest/globals'
import { buildSignSummary } from '../../../src/lib/sign/summary.js'

describe('buildSignSummary', () => {
  it('one row per file: file, SHA-256, log index, verify commands; HTML escaped', () => {
    const summary = buildSignSummary({
      files: [
        {
          file: 'dist/<a>.tgz',
          sha256: 'ab'.repeat(32),
          logIndex: '42',
          verifyCommands: ['cosign x "<a>"']
        },
        {
          file: 'b',
          sha256: 'cd'.repeat(32),
          logIndex: undefined,
          verifyCommands: ['p', 'q']
        }
      ],
      identity:
        'https://github.com/o/r/.github/workflows/r.yml@refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
      instance: 'public-good',
      certificatesIssued: 1
    })
    expect(summary.header).toEqual(['File', 'SHA-256', 'Log index', 'Verify'])
    expect(summary.rows).toEqual([
      [
        '<code>dist/&lt;a&gt;.tgz</code>',
        `<code>${'ab'.repeat(32)}</code>`,
        '42',
        '<code>cosign x &quot;&lt;a&gt;&quot;</code>'
      ],
      [
        '<code>b</code>',
        `<code>${'cd'.repeat(32)}</code>`,
        '—',
        '<code>p</code><br><code>q</code>'
      ]
    ])
    expect(summary.text).toMatch(
      /^Signed 2 files by <code>https:\/\/github.com\/o\/r/
    )
    expect(summary.text).toMatch(
      /1 certificate, on the public-good Sigstore instance/
    )
  })

  it('keyed mode says so', () => {
    expect(
      buildSignSummary({
        files: [],
        identity: undefined,
        issuer: undefined,
        instance: 'custom',
        certificatesIssued: 0
      }).text
    ).toBe(
      'Signed 0 files with the key given in <code>key</code>, on the custom Sigstore instance.'
    )
  })
})
