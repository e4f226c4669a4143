/**
 * `provenant verify-bundle`'s flags (the sigstore-conformance client
 * protocol, with cosign's -regexp spellings and --key): one table for the
 * flags and their help, and the parser into the typed request.
 */
import { InputError } from '../errors.js'
import type { FlagValues } from '../inputs/index.js'
import { defineInputs } from '../inputs/index.js'
import { parsePattern } from './parse-inputs.js'

export const VERIFY_BUNDLE_INPUTS = defineInputs({
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

/** What to verify and against whom (paths as given, not yet resolved). */
export interface VerifyBundleRequest {
  bundle: string
  artifact: string
  identity?: string
  /** A regular expression the SAN must match (cosign --certificate-identity-regexp). */
  identityRegexp?: RegExp
  issuer?: string
  /** A regular expression the issuer must match (cosign --certificate-oidc-issuer-regexp). */
  issuerRegexp?: RegExp
  key?: string
  trustedRoot?: string
  staging: boolean
  offline: boolean
}

/** The flags and the one FILE_OR_DIGEST into a request; every problem reported at once, with the usage. */
export function parseVerifyBundleInputs(
  values: FlagValues<typeof VERIFY_BUNDLE_INPUTS>,
  positionals: readonly string[],
  usage: string
): VerifyBundleRequest {
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
  if (positionals.length !== 1) problems.push('give exactly one FILE_OR_DIGEST')
  if (problems.length > 0) {
    throw new InputError(
      'INPUT_USAGE',
      `${problems.join('; ')}; usage: ${usage}`
    )
  }
  const key = values.key
  const trustedRoot = values['trusted-root']
  return {
    bundle: values.bundle!,
    artifact: positionals[0]!,
    ...(identity ? { identity } : {}),
    ...(identityRegexp ? { identityRegexp } : {}),
    ...(issuer ? { issuer } : {}),
    ...(issuerRegexp ? { issuerRegexp } : {}),
    ...(key ? { key } : {}),
    ...(trustedRoot ? { trustedRoot } : {}),
    staging: values.staging === true,
    offline: values.offline === true
  }
}
