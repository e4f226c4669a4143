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
import type { Command } from '../command.js'
import { parseInputFlags } from '../input-flags.js'

export const verifyBundleCommand: Command = {
  name: 'verify-bundle',
  summary: 'verify one Sigstore bundle (sigstore-conformance protocol)',
  usage:
    'provenant verify-bundle [--staging] --bundle FILE ((--certificate-identity IDENTITY | --certificate-identity-regexp RE) (--certificate-oidc-issuer URL | --certificate-oidc-issuer-regexp RE) | --key FILE) [--trusted-root FILE] [--offline] FILE_OR_DIGEST',
  async run(argv, output) {
    const { values, positionals } = parseInputFlags(
      argv,
      {},
      {
        staging: { type: 'boolean' },
        bundle: { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-identity-regexp': { type: 'string' },
        'certificate-oidc-issuer': { type: 'string' },
        'certificate-oidc-issuer-regexp': { type: 'string' },
        'trusted-root': { type: 'string' },
        key: { type: 'string' },
        offline: { type: 'boolean' }
      }
    )
    const text = (name: string): string | undefined =>
      typeof values[name] === 'string' ? values[name] : undefined
    const identity = text('certificate-identity')
    const issuer = text('certificate-oidc-issuer')
    const identityRegexp = parsePattern(
      'certificate-identity-regexp',
      text('certificate-identity-regexp')
    )
    const issuerRegexp = parsePattern(
      'certificate-oidc-issuer-regexp',
      text('certificate-oidc-issuer-regexp')
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
    const key = text('key')
    const trustedRoot = text('trusted-root')
    const signer = await verifyBundleFile({
      bundle: text('bundle')!,
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
