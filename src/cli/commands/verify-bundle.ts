/**
 * `provenant verify-bundle`, the sigstore-conformance client protocol
 * (docs/cli_protocol.md): `verify-bundle [--staging] --bundle FILE
 * --certificate-identity IDENTITY --certificate-oidc-issuer URL
 * [--trusted-root FILE] FILE_OR_DIGEST`; also `--key FILE` for keyed
 * bundles and `--offline`. Exit 0 verified, 1 not, 2 usage, 3 otherwise.
 */
import { parseArgs } from 'node:util'
import { EXIT_OK, InputError } from '../../lib/errors.js'
import { describeSigner } from '../../lib/verify/signer.js'
import { verifyBundleFile } from '../../io/verify/verify-bundle.js'
import type { Command } from '../command.js'

export const verifyBundleCommand: Command = {
  name: 'verify-bundle',
  summary: 'verify one Sigstore bundle (sigstore-conformance protocol)',
  usage:
    'provenant verify-bundle [--staging] --bundle FILE (--certificate-identity IDENTITY --certificate-oidc-issuer URL | --key FILE) [--trusted-root FILE] [--offline] FILE_OR_DIGEST',
  async run(argv, output) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        staging: { type: 'boolean' },
        bundle: { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-oidc-issuer': { type: 'string' },
        'trusted-root': { type: 'string' },
        key: { type: 'string' },
        offline: { type: 'boolean' }
      },
      allowPositionals: true,
      strict: true
    })
    const identity = values['certificate-identity']
    const issuer = values['certificate-oidc-issuer']
    const problems: string[] = []
    if (!values.bundle) problems.push('--bundle FILE is required')
    if (!values.key && (!identity || !issuer)) {
      problems.push(
        'give --certificate-identity and --certificate-oidc-issuer (or --key FILE)'
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
    const signer = await verifyBundleFile({
      bundle: values.bundle!,
      artifact: positionals[0]!,
      ...(identity ? { identity } : {}),
      ...(issuer ? { issuer } : {}),
      ...(values.key ? { key: values.key } : {}),
      ...(values['trusted-root']
        ? { trustedRoot: values['trusted-root'] }
        : {}),
      staging: values.staging ?? false,
      offline: values.offline ?? false,
      cwd: process.cwd()
    })
    output.err(
      `verified: ${positionals[0]} signed by ${describeSigner(signer)}`
    )
    return EXIT_OK
  }
}
