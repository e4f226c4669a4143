import { PROVENANT_VERSION } from '../../../src/lib/version.js'
import { describe, expect, it } from '@jest/globals'
import {
  buildVerifyCommands,
  toCommand
} from '../../../src/lib/sign/verify-commands.js'

/** How every printed command runs Provenant: the exact version, with npx. */
const NPX = `npx --yes provenant@${PROVENANT_VERSION}`

const ID =
  'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0'
const GH = 'https://token.actions.githubusercontent.com'

describe('buildVerifyCommands', () => {
  it('public-good message signature: provenant and cosign', () => {
    expect(
      buildVerifyCommands({
        file: 'app.tgz',
        bundle: 'app.tgz.sigstore.json',
        subject: { kind: 'certificate', identity: ID, issuer: GH },
        instance: 'public-good'
      })
    ).toEqual([
      `${NPX} verify-bundle --bundle app.tgz.sigstore.json --certificate-identity ${ID} --certificate-oidc-issuer ${GH} app.tgz`,
      `cosign verify-blob --bundle app.tgz.sigstore.json --certificate-identity ${ID} --certificate-oidc-issuer ${GH} app.tgz`
    ])
  })

  it('binds every command to the caller when a reusable workflow signed for a repository', () => {
    const reusable =
      'https://github.com/provenant-dev/provenant/.github/workflows/publish.yml@refs/tags/v1'
    expect(
      buildVerifyCommands({
        file: 'app.tgz',
        bundle: 'app.tgz.sigstore.json',
        subject: { kind: 'certificate', identity: reusable, issuer: GH },
        instance: 'public-good',
        repository: 'acme/widget'
      })
    ).toEqual([
      `${NPX} verify app.tgz --repo acme/widget --signer-workflow provenant-dev/provenant/.github/workflows/publish.yml --certificate-oidc-issuer ${GH} --require signature`,
      `cosign verify-blob --bundle app.tgz.sigstore.json --certificate-identity ${reusable} --certificate-oidc-issuer ${GH} --certificate-github-workflow-repository acme/widget app.tgz`
    ])
  })

  it('custom instance names the trusted root; keyed mode names the key', () => {
    expect(
      buildVerifyCommands({
        file: 'a b.txt',
        bundle: 'a b.txt.sigstore.json',
        subject: { kind: 'key', publicKeyPath: 'key.pub' },
        instance: 'custom',
        trustedRoot: 'trusted_root.json'
      })
    ).toEqual([
      `${NPX} verify-bundle --bundle 'a b.txt.sigstore.json' --key key.pub --trusted-root trusted_root.json 'a b.txt'`,
      "cosign verify-blob --bundle 'a b.txt.sigstore.json' --key key.pub --trusted-root trusted_root.json 'a b.txt'"
    ])
  })

  it("github instance: GitHub's trusted root and signed timestamps; staging flag", () => {
    const [provenant, cosign] = buildVerifyCommands({
      file: 'a',
      bundle: 'a.sigstore.json',
      subject: { kind: 'certificate', identity: ID, issuer: GH },
      instance: 'github'
    })
    expect(provenant).toContain('--trusted-root github-trusted-root.json')
    expect(cosign).toContain('--use-signed-timestamps')
    const [staging] = buildVerifyCommands({
      file: 'a',
      bundle: 'a.sigstore.json',
      subject: { kind: 'certificate', identity: ID, issuer: GH },
      instance: 'staging'
    })
    expect(staging?.startsWith(`${NPX} verify-bundle --staging `)).toBe(true)
  })

  it('in-toto attestations add gh attestation verify', () => {
    const commands = buildVerifyCommands({
      file: 'app.tgz',
      bundle: 'app.intoto.sigstore.json',
      subject: { kind: 'certificate', identity: ID, issuer: GH },
      instance: 'public-good',
      content: 'dsse',
      repository: 'o/r'
    })
    expect(commands[1]).toMatch(/^cosign verify-blob-attestation /)
    expect(commands[2]).toBe(
      'gh attestation verify app.tgz --repo o/r --signer-workflow o/r/.github/workflows/release.yml --bundle app.intoto.sigstore.json'
    )
  })

  it('quotes for POSIX shells', () => {
    expect(toCommand(['echo', "it's", '$HOME', 'a;b', 'plain-word_1.0'])).toBe(
      "echo 'it'\\''s' '$HOME' 'a;b' plain-word_1.0"
    )
  })
})
