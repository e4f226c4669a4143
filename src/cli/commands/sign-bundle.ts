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
import { setTimeout as sleep } from 'node:timers/promises'
import { bundleToJSON } from '@sigstore/bundle'
import { writeFilesAtomically } from '../../io/fs/atomic-write.js'
import { loadEndpoints } from '../../io/sign/endpoints.js'
import { createStaticTokenSource } from '../../io/sign/oidc.js'
import type { RetryContext } from '../../io/net/retry.js'
import { scrubSecrets } from '../../lib/net/secrets.js'
import { loadBundleChecker } from '../../io/sign/self-check.js'
import { createSigningSession } from '../../io/sign/session.js'
import { InputError } from '../../lib/errors.js'
import { DEFAULT_RETRY_POLICY } from '../../lib/net/retry.js'
import { defineInputs } from '../../lib/inputs/index.js'
import { parseFlags } from '../input-flags.js'
import type { Command } from '../command.js'
import { stderrLogger } from '../output.js'

const USAGE =
  'provenant sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE [--trusted-root FILE] [--signing-config FILE] FILE'
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
const REQUEST_TIMEOUT_MS = 30_000

const SIGN_BUNDLE_FLAGS = defineInputs({
  staging: {
    kind: 'boolean',
    description:
      "Sign with Sigstore's staging instance instead of the public-good one."
  },
  'in-toto': {
    kind: 'boolean',
    description:
      'Sign the file as an in-toto statement in a DSSE envelope instead of as a blob.'
  },
  'identity-token': {
    kind: 'string',
    required: true,
    description: 'The OIDC identity token Fulcio issues the certificate for.',
    example: '"$SIGSTORE_ID_TOKEN"'
  },
  bundle: {
    kind: 'string',
    required: true,
    description: 'Where to write the Sigstore bundle.',
    example: 'file.sigstore.json'
  },
  'trusted-root': {
    kind: 'string',
    description:
      'A trusted_root.json to check the new bundle against (and to take the services from, with --signing-config).',
    example: 'trusted_root.json'
  },
  'signing-config': {
    kind: 'string',
    description:
      'A signing_config.json naming the Fulcio, Rekor and TSA to use.',
    example: 'signing_config.json'
  }
})

export const signBundleCommand: Command = {
  name: 'sign-bundle',
  summary: 'sign one file into a bundle (sigstore-conformance protocol)',
  usage: USAGE,
  flags: SIGN_BUNDLE_FLAGS,
  async run(argv, output) {
    const { values, positionals } = parseFlags(argv, SIGN_BUNDLE_FLAGS)
    const token = values['identity-token']
    const bundlePath = values.bundle
    const file = positionals[0]
    if (!token || !bundlePath || file === undefined || positionals.length > 1) {
      throw new InputError('INPUT_USAGE', `usage: ${USAGE}`)
    }
    try {
      const retry: RetryContext = {
        policy: DEFAULT_RETRY_POLICY,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        logger: stderrLogger(output),
        env: {
          now: () => new Date(),
          random: Math.random,
          sleep: (ms) => sleep(ms)
        }
      }
      const endpoints = await loadEndpoints(
        {
          sigstore: values['signing-config']
            ? 'custom'
            : values.staging
              ? 'staging'
              : 'public-good',
          fulcioUrl: undefined,
          rekorUrl: undefined,
          tsaUrl: undefined,
          signingConfig: values['signing-config'],
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
      const bundle = values['in-toto']
        ? await session.signDsse(await readFile(file), IN_TOTO_PAYLOAD_TYPE)
        : (await session.signFile(file)).bundle
      if (values['trusted-root']) {
        const checker = await loadBundleChecker(values['trusted-root'])
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
