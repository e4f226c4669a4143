/**
 * The sign action's inputs: one table for actions/sign/action.yml and the
 * `provenant sign` flags, and the parser both go through. Every problem is
 * collected and reported at once.
 */
import { InputError, InputErrors } from '../errors.js'
import type { InputSource, InputSpec } from '../inputs/index.js'
import {
  defineInputs,
  parseBoolean,
  parseChoice,
  parseInteger,
  parseList,
  readRaw
} from '../inputs/index.js'
import { SIGSTORE_CHOICES, type SigstoreChoice } from './instance.js'
import { checkInstanceInputs, parseServiceUrl } from './inputs-checks.js'
import { OUTPUT_DIR_INPUT, TRUSTED_ROOT_INPUT } from '../inputs/shared.js'

export const SIGN_INPUTS = defineInputs({
  files: {
    kind: 'list',
    required: true,
    description:
      'Files to sign: paths or globs, newline or space separated, resolved inside the workspace.'
  },
  'output-dir': OUTPUT_DIR_INPUT,
  'legacy-sig': {
    kind: 'boolean',
    default: 'false',
    description:
      'Also write <file>.sig (base64 signature) and <file>.crt (PEM certificate), as cosign sign-blob --output-signature/--output-certificate did.'
  },
  'allow-empty': {
    kind: 'boolean',
    default: 'false',
    description:
      'Succeed without signing anything when a pattern in files matches no file.'
  },
  sigstore: {
    kind: 'string',
    description:
      'Sigstore instance: public-good, github, staging or custom. Default: public-good for public repositories, github (GitHub’s instance) for private and internal ones; custom when a URL or signing-config is given.'
  },
  'fulcio-url': {
    kind: 'string',
    description: 'Fulcio (certificate authority) URL of a custom instance.'
  },
  'rekor-url': {
    kind: 'string',
    description: 'Rekor (transparency log) URL of a custom instance.'
  },
  'tsa-url': {
    kind: 'string',
    description: 'RFC 3161 timestamp authority URL of a custom instance.'
  },
  'signing-config': {
    kind: 'string',
    description:
      'Path to a Sigstore signing_config.json (v0.2) naming the services of a private instance.'
  },
  'trusted-root': TRUSTED_ROOT_INPUT,
  'identity-token': {
    kind: 'string',
    description:
      'An OIDC identity token (audience sigstore) to sign with instead of the runner’s token.'
  },
  key: {
    kind: 'string',
    description:
      'A PEM private key (ECDSA P-256 or Ed25519, unencrypted PKCS#8 or SEC1), e.g. from a secret: signs without Fulcio; bundles carry a public-key hint.'
  },
  concurrency: {
    kind: 'integer',
    default: '8',
    description:
      'How many files are signed and witnessed (Rekor, TSA) at the same time.'
  },
  'max-attempts': {
    kind: 'integer',
    default: '5',
    description:
      'Tries per OIDC, Fulcio, Rekor or TSA call before the run fails (429, 5xx and network errors are retried).'
  },
  'retry-budget-seconds': {
    kind: 'integer',
    default: '120',
    description:
      'Time one call may take in all, retries and waits included, before the run fails.'
  },
  'request-timeout-seconds': {
    kind: 'integer',
    default: '30',
    description: 'Time one HTTP request may take before it is retried.'
  }
})

export type SignInputName = keyof typeof SIGN_INPUTS

export interface SignInputs {
  files: string[]
  outputDir: string | undefined
  legacySig: boolean
  allowEmpty: boolean
  /** undefined: chosen by the repository's visibility. */
  sigstore: SigstoreChoice | undefined
  fulcioUrl: string | undefined
  rekorUrl: string | undefined
  tsaUrl: string | undefined
  signingConfig: string | undefined
  trustedRoot: string | undefined
  identityToken: string | undefined
  key: string | undefined
  concurrency: number
  maxAttempts: number
  retryBudgetMs: number
  requestTimeoutMs: number
}

export const MAX_CONCURRENCY = 64
export const MAX_ATTEMPTS = 10
export const MAX_RETRY_BUDGET_SECONDS = 3600
export const MAX_REQUEST_TIMEOUT_SECONDS = 600

export function parseSignInputs(source: InputSource): SignInputs {
  const problems: InputError[] = []
  const attempt = <T>(parse: () => T, fallback: T): T => {
    try {
      return parse()
    } catch (error) {
      if (error instanceof InputErrors) problems.push(...error.problems)
      else if (error instanceof InputError) problems.push(error)
      else throw error
      return fallback
    }
  }
  const raw = (name: SignInputName): string | undefined =>
    attempt(() => readRaw(SIGN_INPUTS, source, name), undefined)
  const text = (name: SignInputName): string | undefined => raw(name)
  const flag = (name: SignInputName): boolean =>
    attempt(() => parseBoolean(name, raw(name)), false)
  const integer = (name: SignInputName, max: number): number =>
    attempt(
      () => parseInteger(name, raw(name), { min: 1, max }) ?? 0,
      Number((SIGN_INPUTS[name] as InputSpec).default ?? 0)
    )
  const url = (name: SignInputName): string | undefined =>
    attempt(() => parseServiceUrl(name, raw(name)), undefined)

  const files = parseList(raw('files'))
  if (files.length === 0 && source('files')?.trim()) {
    problems.push(
      new InputError(
        'SIGN_NO_FILES',
        'input "files" names no file: give paths or globs, one a line or separated by spaces'
      )
    )
  }
  const identityToken = text('identity-token')
  if (identityToken !== undefined && !isJwtShaped(identityToken)) {
    // Never echo the value: it may be a secret pasted in the wrong input.
    problems.push(
      new InputError(
        'SIGN_TOKEN_NOT_JWT',
        'input "identity-token" is not a JWT (three base64url parts separated by dots): pass the raw OIDC token'
      )
    )
  }
  const inputs: SignInputs = {
    files,
    outputDir: text('output-dir'),
    legacySig: flag('legacy-sig'),
    allowEmpty: flag('allow-empty'),
    sigstore: attempt(
      () => parseChoice('sigstore', raw('sigstore'), SIGSTORE_CHOICES),
      undefined
    ),
    fulcioUrl: url('fulcio-url'),
    rekorUrl: url('rekor-url'),
    tsaUrl: url('tsa-url'),
    signingConfig: text('signing-config'),
    trustedRoot: text('trusted-root'),
    identityToken,
    key: text('key'),
    concurrency: integer('concurrency', MAX_CONCURRENCY),
    maxAttempts: integer('max-attempts', MAX_ATTEMPTS),
    retryBudgetMs:
      integer('retry-budget-seconds', MAX_RETRY_BUDGET_SECONDS) * 1000,
    requestTimeoutMs:
      integer('request-timeout-seconds', MAX_REQUEST_TIMEOUT_SECONDS) * 1000
  }
  problems.push(...checkInstanceInputs(inputs))
  if (problems.length > 0) throw new InputErrors(problems)
  return inputs
}

function isJwtShaped(value: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value)
}
