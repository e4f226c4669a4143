/**
 * The inputs that choose a Sigstore instance and bound its calls, shared by
 * every feature that signs through the signing core (sign, provenance, the
 * rebuild verdict): the same names, descriptions and checks everywhere.
 */
import { InputError } from '../errors.js'
import type {
  InputSource,
  InputTable,
  ProblemCollector
} from '../inputs/index.js'
import { parseChoice, parseInteger, readRaw } from '../inputs/index.js'
import { SIGSTORE_CHOICES } from './instance.js'
import type { SignInputs } from './inputs.js'
import {
  MAX_ATTEMPTS,
  MAX_CONCURRENCY,
  MAX_REQUEST_TIMEOUT_SECONDS,
  MAX_RETRY_BUDGET_SECONDS,
  SIGN_INPUTS
} from './inputs.js'
import { checkInstanceInputs, parseServiceUrl } from './inputs-checks.js'

/** The inputs that say which instance signs and with which token. */
export const INSTANCE_INPUT_NAMES = [
  'sigstore',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'signing-config',
  'trusted-root',
  'identity-token'
] as const

export const SIGNING_INPUT_NAMES = [
  ...INSTANCE_INPUT_NAMES,
  'max-attempts',
  'retry-budget-seconds',
  'request-timeout-seconds'
] as const

export const SIGNING_INPUTS: InputTable = Object.fromEntries(
  SIGNING_INPUT_NAMES.map((name) => [name, SIGN_INPUTS[name]])
)

export type SigningInputs = Pick<
  SignInputs,
  | 'sigstore'
  | 'fulcioUrl'
  | 'rekorUrl'
  | 'tsaUrl'
  | 'signingConfig'
  | 'trustedRoot'
  | 'identityToken'
  | 'concurrency'
  | 'maxAttempts'
  | 'retryBudgetMs'
  | 'requestTimeoutMs'
>

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
