import { describe, expect, it } from '@jest/globals'
import {
  buildVerifyMd,
  firstVerifyCommand
} from '../../../src/lib/release/verify-md.js'

const parts = {
  title: 'hello v1.0.0',
  certificateIdentity:
    'https://github.com/acme/hello/.github/workflows/release.yml@refs/tags/v1.0.0',
  certificateOidcIssuer: 'https://token.actions.githubusercontent.com',
  repository: 'acme/hello',
  signedFiles: ['hello.tgz', 'SHA256SUMS'],
  require: ['signature', 'provenance'],
  trustedRoot: 'trusted_root.json',
  provenantVersion: '1.2.3'
}

describe('VERIFY.md', () => {
  it('starts with the provenant command that verifies the whole folder', () => {
    const text = buildVerifyMd(parts)
    expect(firstVerifyCommand(text)).toEqual([
      'provenant',
      'verify',
      '.',
      '--trusted-root',
      'trusted_root.json',
      '--certificate-identity',
      parts.certificateIdentity,
      '--certificate-oidc-issuer',
      parts.certificateOidcIssuer,
      '--require',
      'signature,provenance'
    ])
  })

  it('names the exact Provenant version to run with npx', () => {
    expect(buildVerifyMd(parts)).toMatch(
      /^npx --yes provenant@1\.2\.3 verify \. --trusted-root trusted_root\.json /m
    )
  })

  it('gives a cosign command per signed file and the gh command', () => {
    const text = buildVerifyMd(parts)
    expect(text).toContain(
      "cosign verify-blob --bundle 'hello.tgz.sigstore.json' --trusted-root trusted_root.json"
    )
    expect(text).toContain("'SHA256SUMS'")
    expect(text).toContain('gh attestation verify <artifact> --repo acme/hello')
  })

  it('holds the rebuild verdict to its signer when it is shipped signed', () => {
    const rebuilder = `${parts.certificateIdentity}-rebuild`
    const command = firstVerifyCommand(
      buildVerifyMd({ ...parts, rebuilderIdentity: rebuilder })
    )
    expect(command?.slice(-2)).toEqual(['--rebuilder-identity', rebuilder])
    expect(firstVerifyCommand(buildVerifyMd(parts))).not.toContain(
      '--rebuilder-identity'
    )
  })

  it('has no --trusted-root for the public-good instance', () => {
    const text = buildVerifyMd({ ...parts, trustedRoot: undefined })
    expect(firstVerifyCommand(text)).not.toContain('--trusted-root')
  })

  it('finds no command in a text without one', () => {
    expect(firstVerifyCommand('# nothing here')).toBeUndefined()
  })
})
