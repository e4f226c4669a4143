/**
 * `provenant sign-bundle`'s flags (the sigstore-conformance client
 * protocol): one table for the flags and their help, and the parser into
 * the typed request.
 */
import { InputError } from '../errors.js'
import type { FlagValues } from '../inputs/index.js'
import { defineInputs } from '../inputs/index.js'

export const SIGN_BUNDLE_INPUTS = defineInputs({
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

export interface SignBundleRequest {
  identityToken: string
  bundle: string
  file: string
  staging: boolean
  inToto: boolean
  trustedRoot?: string
  signingConfig?: string
}

/** The flags and the one FILE into a request; the usage when one is missing. */
export function parseSignBundleInputs(
  values: FlagValues<typeof SIGN_BUNDLE_INPUTS>,
  positionals: readonly string[],
  usage: string
): SignBundleRequest {
  const identityToken = values['identity-token']
  const bundle = values.bundle
  const file = positionals[0]
  if (
    !identityToken ||
    !bundle ||
    file === undefined ||
    positionals.length > 1
  ) {
    throw new InputError('INPUT_USAGE', `usage: ${usage}`)
  }
  return {
    identityToken,
    bundle,
    file,
    staging: values.staging === true,
    inToto: values['in-toto'] === true,
    ...(values['trusted-root'] ? { trustedRoot: values['trusted-root'] } : {}),
    ...(values['signing-config']
      ? { signingConfig: values['signing-config'] }
      : {})
  }
}
