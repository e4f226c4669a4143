/**
 * `provenant verify-bundle`, the sigstore-conformance client protocol
 * (docs/cli_protocol.md): `verify-bundle [--staging] --bundle FILE
 * --certificate-identity IDENTITY --certificate-oidc-issuer URL
 * [--trusted-root FILE] FILE_OR_DIGEST`; also `--key FILE` for keyed
 * bundles, `--offline`, and cosign's `--certificate-identity-regexp` and
 * `--certificate-oidc-issuer-regexp`. Exit 0 verified, 1 not, 2 usage, 3 otherwise.
 */
import { EXIT_OK, InputError } from '../../lib/errors.js'
import { parsePattern } from '../../lib/verify/parse-inputs.js'
import { describeSigner } from '../../lib/verify/signer.js'
import { verifyBundleFile } from '../../io/verify/verify-bundle.js'
import { defineInputs } from '../../lib/inputs/index.js'
import { parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'

const VERIFY_BUNDLE_FLAGS = defineInputs({
  staging: {
    kind: 'boolean',
    description:
      "Trust Sigstore's staging instance instead of the public-good one."
  },
  bundle: {
    kind: 'string',
    required: true,
    description: 'The Sigstore bundle to verify.',
    example: 'file.sigstore.json'
  },
  'certificate-identity': {
    kind: 'string',
    description:
      'The signer the certificate must name (its subject alternative name), exactly.',
    example:
      'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0'
  },
  'certificate-identity-regexp': {
    kind: 'string',
    description:
      'A regular expression the certificate identity must match (cosign --certificate-identity-regexp).',
    example: '^https://github.com/o/r/'
  },
  'certificate-oidc-issuer': {
    kind: 'string',
    description: 'The OIDC issuer the certificate must name.',
    example: 'https://token.actions.githubusercontent.com'
  },
  'certificate-oidc-issuer-regexp': {
    kind: 'string',
    description:
      'A regular expression the OIDC issuer must match (cosign --certificate-oidc-issuer-regexp).',
    example: '^https://token\\.actions\\.githubusercontent\\.com$'
  },
  'trusted-root': {
    kind: 'string',
    description:
      'A trusted_root.json to verify against instead of the TUF-distributed one.',
    example: 'trusted_root.json'
  },
  key: {
    kind: 'string',
    description: 'A PEM public key, for a bundle signed with a key.',
    example: 'cosign.pub'
  },
  offline: {
    kind: 'boolean',
    description:
      'Use no network: the trusted root must be given or cached, and the log entry is checked from the bundle alone.'
  }
})

export const verifyBundleCommand: Command = {
  name: 'verify-bundle',
  summary: 'verify one Sigstore bundle (sigstore-conformance protocol)',
  usage:
    'provenant verify-bundle [--staging] --bundle FILE ((--certificate-identity IDENTITY | --certificate-identity-regexp RE) (--certificate-oidc-issuer URL | --certificate-oidc-issuer-regexp RE) | --key FILE) [--trusted-root FILE] [--offline] FILE_OR_DIGEST',
  flags: VERIFY_BUNDLE_FLAGS,
  async run(argv, output) {
    const { values, positionals } = parseFlags(argv, VERIFY_BUNDLE_FLAGS)
    const identity = values['certificate-identity']
    const issuer = values['certificate-oidc-issuer']
    const identityRegexp = parsePattern(
      'certificate-identity-regexp',
      values['certificate-identity-regexp']
    )
    const issuerRegexp = parsePattern(
      'certificate-oidc-issuer-regexp',
      values['certificate-oidc-issuer-regexp']
    )
    const problems: string[] = []
    if (!values.bundle) problems.push('--bundle FILE is required')
    if (
      !values.key &&
      ((!identity && !identityRegexp) || (!issuer && !issuerRegexp))
    ) {
      problems.push(
        'give --certificate-identity (or -regexp) and --certificate-oidc-issuer (or -regexp), or --key FILE'
      )
    }
    if (positionals.length !== 1)
      problems.push('give exactly one FILE_OR_DIGEST')
    if (problems.length > 0) {
      throw new InputError(
        'INPUT_USAGE',
        `${problems.join('; ')}; usage: ${this.usage}`
      )
    }
    const key = values.key
    const trustedRoot = values['trusted-root']
    const signer = await verifyBundleFile({
      bundle: values.bundle!,
      artifact: positionals[0]!,
      ...(identity ? { identity } : {}),
      ...(identityRegexp ? { identityRegexp } : {}),
      ...(issuer ? { issuer } : {}),
      ...(issuerRegexp ? { issuerRegexp } : {}),
      ...(key ? { key } : {}),
      ...(trustedRoot ? { trustedRoot } : {}),
      staging: values.staging === true,
      offline: values.offline === true,
      cwd: process.cwd()
    })
    output.err(
      `verified: ${positionals[0]} signed by ${describeSigner(signer)}`
    )
    return EXIT_OK
  }
}
