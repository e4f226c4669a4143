/**
 * The inputs that choose a Sigstore instance and bound its calls, shared by
 * every feature that signs through the signing core (sign, provenance, the
 * rebuild verdict): the same names, descriptions and checks everywhere. Each
 * problem names the inputs as the user writes them and says the fix.
 */
import { InputError } from '../errors.js'
import type {
  InputSource,
  InputSpec,
  InputTable,
  ProblemCollector
} from '../inputs/index.js'
import {
  defineInputs,
  parseChoice,
  parseInteger,
  readRaw
} from '../inputs/index.js'
import { TRUSTED_ROOT_INPUT } from '../inputs/shared.js'
import { SIGSTORE_CHOICES, type SigstoreChoice } from './instance.js'

export const MAX_CONCURRENCY = 64
export const MAX_ATTEMPTS = 10
export const MAX_RETRY_BUDGET_SECONDS = 3600
export const MAX_REQUEST_TIMEOUT_SECONDS = 600

/** The inputs that say which instance signs and with which token. */
export const INSTANCE_INPUTS = defineInputs({
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
  }
})

/** How long and how often one call to OIDC, Fulcio, Rekor or a TSA is tried. */
export const RETRY_INPUTS = defineInputs({
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

export const CONCURRENCY_INPUT: InputSpec = {
  kind: 'integer',
  default: '8',
  description:
    'How many files are signed and witnessed (Rekor, TSA) at the same time.'
}

export const INSTANCE_INPUT_NAMES = Object.keys(INSTANCE_INPUTS) as Array<
  keyof typeof INSTANCE_INPUTS
>

export const SIGNING_INPUTS: InputTable = {
  ...INSTANCE_INPUTS,
  ...RETRY_INPUTS
}

export interface SigningInputs {
  /** undefined: chosen by the repository's visibility. */
  sigstore: SigstoreChoice | undefined
  fulcioUrl: string | undefined
  rekorUrl: string | undefined
  tsaUrl: string | undefined
  signingConfig: string | undefined
  trustedRoot: string | undefined
  identityToken: string | undefined
  concurrency: number
  maxAttempts: number
  retryBudgetMs: number
  requestTimeoutMs: number
}

/**
 * Parses the signing inputs of `table` (and `concurrency`, where the table
 * has it; 1 otherwise); problems go to `collector`. `key` is the keyed-mode
 * key, when the feature has one: it changes which instance inputs fit.
 */
export function parseSigningInputs(
  table: InputTable,
  source: InputSource,
  collector: ProblemCollector,
  key?: string
): SigningInputs {
  const { attempt } = collector
  const raw = (name: string): string | undefined =>
    attempt(() => readRaw(table, source, name), undefined)
  const integer = (name: string, max: number): number =>
    attempt(
      () => parseInteger(name, raw(name), { min: 1, max }) ?? 0,
      Number(table[name]?.default ?? 1)
    )
  const url = (name: string): string | undefined =>
    attempt(() => parseServiceUrl(name, raw(name)), undefined)
  const identityToken = raw('identity-token')
  if (identityToken !== undefined && !isJwtShaped(identityToken)) {
    // Never echo the value: it may be a secret pasted in the wrong input.
    collector.problems.push(
      new InputError(
        'SIGN_TOKEN_NOT_JWT',
        'input "identity-token" is not a JWT (three base64url parts separated by dots): pass the raw OIDC token'
      )
    )
  }
  const signing: SigningInputs = {
    sigstore: attempt(
      () => parseChoice('sigstore', raw('sigstore'), SIGSTORE_CHOICES),
      undefined
    ),
    fulcioUrl: url('fulcio-url'),
    rekorUrl: url('rekor-url'),
    tsaUrl: url('tsa-url'),
    signingConfig: raw('signing-config'),
    trustedRoot: raw('trusted-root'),
    identityToken,
    concurrency: table.concurrency
      ? integer('concurrency', MAX_CONCURRENCY)
      : 1,
    maxAttempts: integer('max-attempts', MAX_ATTEMPTS),
    retryBudgetMs:
      integer('retry-budget-seconds', MAX_RETRY_BUDGET_SECONDS) * 1000,
    requestTimeoutMs:
      integer('request-timeout-seconds', MAX_REQUEST_TIMEOUT_SECONDS) * 1000
  }
  collector.problems.push(...checkInstanceInputs({ ...signing, key }))
  return signing
}

function isJwtShaped(value: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value)
}

type CheckedInputs = Pick<
  SigningInputs,
  | 'sigstore'
  | 'fulcioUrl'
  | 'rekorUrl'
  | 'tsaUrl'
  | 'signingConfig'
  | 'identityToken'
> & { key: string | undefined }

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * A service URL without a trailing slash. Plain http is accepted only on
 * loopback: identity tokens must not cross a network in the clear.
 */
export function parseServiceUrl(
  name: string,
  raw: string | undefined
): string | undefined {
  if (raw === undefined) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError(
      'SIGN_URL_INVALID',
      `input "${name}" is not a URL: "${raw}" (expected e.g. https://fulcio.example.com)`
    )
  }
  const plainLoopback =
    url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
  if (url.protocol !== 'https:' && !plainLoopback) {
    throw new InputError(
      'SIGN_URL_NOT_HTTPS',
      `input "${name}" must be an https:// URL (plain http only on 127.0.0.1 or localhost), not "${raw}"`
    )
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InputError(
      'SIGN_URL_INVALID',
      `input "${name}" must be a base URL without query, fragment or credentials`
    )
  }
  return url.href.replace(/\/+$/, '')
}

const CUSTOM_ONLY = [
  ['fulcio-url', 'fulcioUrl'],
  ['rekor-url', 'rekorUrl'],
  ['tsa-url', 'tsaUrl'],
  ['signing-config', 'signingConfig']
] as const

export function checkInstanceInputs(inputs: CheckedInputs): InputError[] {
  const problems: InputError[] = []
  const given = CUSTOM_ONLY.filter(([, field]) => inputs[field] !== undefined)
  const names = given.map(([name]) => `"${name}"`).join(', ')
  const custom =
    inputs.sigstore === 'custom' ||
    (inputs.sigstore === undefined && given.length > 0)

  if (inputs.sigstore && inputs.sigstore !== 'custom' && given.length > 0) {
    problems.push(
      new InputError(
        'SIGN_URLS_NEED_CUSTOM',
        `input ${names} applies only to a custom instance, but "sigstore" is "${inputs.sigstore}": set \`sigstore: custom\` or remove ${names}`
      )
    )
  }
  if (custom && inputs.signingConfig === undefined) {
    if (inputs.fulcioUrl === undefined && inputs.key === undefined) {
      problems.push(
        new InputError(
          'SIGN_CUSTOM_NEEDS_FULCIO',
          'a custom instance needs "fulcio-url" (or a "signing-config") to get a certificate, or "key" to sign with your own key'
        )
      )
    }
    if (inputs.rekorUrl === undefined && inputs.tsaUrl === undefined) {
      problems.push(
        new InputError(
          'SIGN_CUSTOM_NEEDS_WITNESS',
          'a custom instance needs "rekor-url" or "tsa-url" (or a "signing-config"): without a transparency log or a timestamp, signatures outlive their 10-minute certificates unverifiable'
        )
      )
    }
  }
  if (inputs.key !== undefined && inputs.identityToken !== undefined) {
    problems.push(
      new InputError(
        'SIGN_KEY_AND_TOKEN',
        'inputs "key" and "identity-token" exclude each other: "key" signs without Fulcio, so remove one'
      )
    )
  }
  if (inputs.key !== undefined) {
    const keyProblem = checkKeyShape(inputs.key)
    if (keyProblem) problems.push(keyProblem)
  }
  return problems
}

/** The text of a key, checked for shape only (the value is never echoed). */
function checkKeyShape(pem: string): InputError | undefined {
  // cosign's encrypted format is read with its passphrase (COSIGN_PASSWORD).
  if (/-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----/.test(pem)) {
    return undefined
  }
  if (/ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(pem)) {
    return new InputError(
      'SIGN_KEY_ENCRYPTED',
      'input "key" is an encrypted PEM key: store it unencrypted in the secret (`openssl pkcs8 -topk8 -nocrypt -in key.pem`)'
    )
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    return new InputError(
      'SIGN_KEY_NOT_PEM',
      'input "key" is not a PEM private key ("-----BEGIN PRIVATE KEY-----" ...): pass the key text itself, e.g. `key: ${{ secrets.SIGNING_KEY }}`'
    )
  }
  return undefined
}
