/**
 * `provenant verify-bundle`, the sigstore-conformance client protocol
 * (docs/cli_protocol.md): `verify-bundle [--staging] --bundle FILE
 * --certificate-identity IDENTITY --certificate-oidc-issuer URL
 * [--trusted-root FILE] FILE_OR_DIGEST`; also `--key FILE` for keyed
 * bundles, `--offline`, and cosign's `--certificate-identity-regexp` and
 * `--certificate-oidc-issuer-regexp`. Exit 0 verified, 1 not, 2 usage, 3 otherwise.
 */
import { EXIT_OK } from '../../lib/errors.js'
import {
  parseVerifyBundleInputs,
  VERIFY_BUNDLE_INPUTS
} from '../../lib/verify/bundle-inputs.js'
import { describeSigner } from '../../lib/verify/signer.js'
import { verifyBundleFile } from '../../io/verify/verify-bundle.js'
import { parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'

export const verifyBundleCommand: Command = {
  name: 'verify-bundle',
  summary: 'verify one Sigstore bundle (sigstore-conformance protocol)',
  usage:
    'provenant verify-bundle [--staging] --bundle FILE ((--certificate-identity IDENTITY | --certificate-identity-regexp RE) (--certificate-oidc-issuer URL | --certificate-oidc-issuer-regexp RE) | --key FILE) [--trusted-root FILE] [--offline] FILE_OR_DIGEST',
  flags: VERIFY_BUNDLE_INPUTS,
  async run(argv, output) {
    const { values, positionals } = parseFlags(argv, VERIFY_BUNDLE_INPUTS)
    const request = parseVerifyBundleInputs(values, positionals, this.usage)
    const signer = await verifyBundleFile({ ...request, cwd: process.cwd() })
    output.err(
      `verified: ${positionals[0]} signed by ${describeSigner(signer)}`
    )
    return EXIT_OK
  }
}
