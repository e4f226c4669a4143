import { describe, expect, it } from '@jest/globals'
import {
  buildVerifyMd,
  firstVerifyCommand,
  toSignerWorkflow,
  verifyCommands
} from '../../../src/lib/release/verify-md.js'

const identity =
  'https://github.com/provenant-dev/provenant/.github/workflows/publish.yml@refs/tags/v1'
const parts = {
  title: 'acme/widget v1.0.0',
  certificateIdentity: identity,
  certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
  repository: 'acme/widget',
  sourceTag: 'v1.0.0',
  signedFiles: ['widget.tgz', 'SHA256SUMS'],
  attestedFiles: ['widget.tgz'],
  require: ['signature', 'provenance']
}

describe('buildVerifyMd', () => {
  it('says what each report beside the artifacts is and how it is bound', () => {
    const markdown = buildVerifyMd({
      ...parts,
      signedFiles: [
        'widget.tgz',
        'build-provenance.json',
        'rebuild-report.json',
        'scan-report.json'
      ]
    })
    const notes = markdown.slice(
      markdown.indexOf('## What the other files are')
    )
    expect(notes).toMatch(/`build-provenance\.json`: a readable summary/)
    expect(notes).toMatch(
      /`rebuild-report\.json`: .*a claim, not an independent verdict.*--rebuilder-identity/
    )
    expect(notes).toMatch(/`scan-report\.json`: the vulnerability scan/)
    expect(notes).not.toMatch(/widget\.tgz/)
    expect(buildVerifyMd(parts)).not.toContain('## What the other files are')
  })

  it('binds the provenant line to the repository, the reusable workflow and the tag', () => {
    expect(firstVerifyCommand(buildVerifyMd(parts))).toEqual([
      'provenant',
      'verify',
      '.',
      '--repo',
      'acme/widget',
      '--signer-workflow',
      'provenant-dev/provenant/.github/workflows/publish.yml',
      '--source-tag',
      'v1.0.0',
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      '--require',
      'signature,provenance'
    ])
  })

  it('binds cosign to the workflow repository and gh to repo and signer workflow, one line per file', () => {
    const lines = verifyCommands(buildVerifyMd(parts))
    const cosign = lines.filter((l) => l[0] === 'cosign')
    expect(cosign).toHaveLength(2)
    for (const line of cosign) {
      expect(line).toEqual(
        expect.arrayContaining([
          '--certificate-identity',
          identity,
          '--certificate-github-workflow-repository',
          'acme/widget'
        ])
      )
    }
    expect(lines.filter((l) => l[0] === 'gh')).toEqual([
      [
        'gh',
        'attestation',
        'verify',
        'widget.tgz',
        '--repo',
        'acme/widget',
        '--signer-workflow',
        'provenant-dev/provenant/.github/workflows/publish.yml'
      ]
    ])
  })

  it('says plainly that a local release trusts the local stack, and never names a trusted root in the folder for a public release', () => {
    const local = buildVerifyMd({
      ...parts,
      trustedRoot: '/home/me/out/.local-stack/trusted_root.json',
      local: true
    })
    expect(local).toMatch(/local stack/)
    expect(local).toMatch(/public-good root/)
    expect(firstVerifyCommand(local)).toContain('--trusted-root')
    expect(buildVerifyMd(parts)).not.toContain('trusted_root.json')
  })

  it('adds --rebuilder-identity only when a signed verdict is shipped', () => {
    const command = firstVerifyCommand(
      buildVerifyMd({ ...parts, rebuilderIdentity: identity })
    )
    expect(command).toContain('--rebuilder-identity')
    expect(firstVerifyCommand(buildVerifyMd(parts))).not.toContain(
      '--rebuilder-identity'
    )
  })

  it('strips the host and the ref from the signer workflow', () => {
    expect(toSignerWorkflow(identity)).toBe(
      'provenant-dev/provenant/.github/workflows/publish.yml'
    )
  })

  it('finds no command in a file without one', () => {
    expect(firstVerifyCommand('# nothing here')).toBeUndefined()
  })

  it('gives each image its provenant and cosign lines, by digest, bound to the repository and workflow', () => {
    const image = `ghcr.io/acme/widget@sha256:${'a'.repeat(64)}`
    const lines = verifyCommands(buildVerifyMd({ ...parts, images: [image] }))
    const forImage = lines.filter((l) => l.some((w) => w.includes(image)))
    expect(
      forImage.map((l) =>
        l[0] === 'npx' ? ['provenant', l[3]] : l.slice(0, 2)
      )
    ).toEqual([
      ['provenant', 'verify'],
      ['cosign', 'verify'],
      ['cosign', 'verify-attestation']
    ])
    expect(forImage[0]).toEqual(
      expect.arrayContaining([
        `oci://${image}`,
        '--repo',
        'acme/widget',
        '--signer-workflow',
        'provenant-dev/provenant/.github/workflows/publish.yml',
        '--require',
        'signature,provenance'
      ])
    )
    for (const cosign of forImage.slice(1))
      expect(cosign).toEqual(
        expect.arrayContaining([
          '--certificate-identity',
          identity,
          '--certificate-github-workflow-repository',
          'acme/widget'
        ])
      )
    expect(verifyCommands(buildVerifyMd(parts)).flat().join(' ')).not.toContain(
      'oci://'
    )
  })
})
