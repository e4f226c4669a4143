/**
 * `provenant sign-bundle`: the sigstore-conformance client protocol's sign
 * command (sigstore/sigstore-conformance docs/cli_protocol.md), so the
 * Sigstore project's own suite can drive Provenant's signing core:
 *
 *   sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE
 *               [--trusted-root FILE] [--signing-config FILE] FILE
 *
 * `--in-toto` signs the file as an in-toto statement in a DSSE envelope.
 */
import { readFile } from 'node:fs/promises'
import { bundleToJSON } from '@sigstore/bundle'
import { writeFilesAtomically } from '../../io/fs/atomic-write.js'
import { loadEndpoints } from '../../io/sign/endpoints.js'
import { createStaticTokenSource } from '../../io/sign/oidc.js'
import type { RetryContext } from '../../io/net/retry.js'
import { defaultRetryContext } from '../../io/net/retry.js'
import { scrubSecrets } from '../../lib/net/secrets.js'
import { loadBundleChecker } from '../../io/sign/self-check.js'
import { createSigningSession } from '../../io/sign/session.js'
import {
  parseSignBundleInputs,
  SIGN_BUNDLE_INPUTS
} from '../../lib/sign/bundle-inputs.js'
import { parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'
import { stderrLogger } from '../output.js'

const USAGE =
  'provenant sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE [--trusted-root FILE] [--signing-config FILE] FILE'
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
const REQUEST_TIMEOUT_MS = 30_000

export const signBundleCommand: Command = {
  name: 'sign-bundle',
  summary: 'sign one file into a bundle (sigstore-conformance protocol)',
  usage: USAGE,
  flags: SIGN_BUNDLE_INPUTS,
  async run(argv, output) {
    const { values, positionals } = parseFlags(argv, SIGN_BUNDLE_INPUTS)
    const request = parseSignBundleInputs(values, positionals, USAGE)
    const { identityToken: token, bundle: bundlePath, file } = request
    try {
      const retry: RetryContext = {
        ...defaultRetryContext(stderrLogger(output)),
        requestTimeoutMs: REQUEST_TIMEOUT_MS
      }
      const endpoints = await loadEndpoints(
        {
          sigstore: request.signingConfig
            ? 'custom'
            : request.staging
              ? 'staging'
              : 'public-good',
          fulcioUrl: undefined,
          rekorUrl: undefined,
          tsaUrl: undefined,
          signingConfig: request.signingConfig,
          key: undefined
        },
        undefined,
        new Date()
      )
      const session = createSigningSession({
        credentials: {
          kind: 'fulcio',
          fulcioUrl: endpoints.fulcioUrl!,
          tokens: createStaticTokenSource(token, '--identity-token')
        },
        endpoints,
        retry
      })
      const bundle = request.inToto
        ? await session.signDsse(await readFile(file), IN_TOTO_PAYLOAD_TYPE)
        : (await session.signFile(file)).bundle
      if (request.trustedRoot) {
        const checker = await loadBundleChecker(request.trustedRoot)
        checker.check(bundle, session.publicKey, file)
      }
      await writeFilesAtomically([
        { path: bundlePath, content: JSON.stringify(bundleToJSON(bundle)) }
      ])
      return 0
    } catch (error) {
      throw scrubSecrets(error, [token])
    }
  }
}
