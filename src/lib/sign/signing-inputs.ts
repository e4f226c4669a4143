/**
 * The inputs that choose a Sigstore instance and bound its calls, for a
 * feature that signs statements through the signing core (the rebuild
 * verdict): the same names and descriptions as the sign action's.
 */
import type { InputError } from '../errors.js'
import type { InputSource, InputTable } from '../inputs/index.js'
import { parseChoice, parseInteger, readRaw } from '../inputs/index.js'
import { SIGSTORE_CHOICES } from './instance.js'
import type { SignInputs } from './inputs.js'
import {
  MAX_ATTEMPTS,
  MAX_REQUEST_TIMEOUT_SECONDS,
  MAX_RETRY_BUDGET_SECONDS,
  SIGN_INPUTS
} from './inputs.js'
import { checkInstanceInputs, parseServiceUrl } from './inputs-checks.js'

export const SIGNING_INPUT_NAMES = [
  'sigstore',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'signing-config',
  'trusted-root',
  'identity-token',
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

/** Parses the signing inputs of `table`; problems go into `problems`. */
export function parseSigningInputs(
  table: InputTable,
  source: InputSource,
  attempt: <T>(parse: () => T, fallback: T) => T,
  problems: InputError[]
): SigningInputs {
  const raw = (name: string): string | undefined =>
    attempt(() => readRaw(table, source, name), undefined)
  const integer = (name: string, max: number): number =>
    attempt(
      () => parseInteger(name, raw(name), { min: 1, max }) ?? 0,
      Number(table[name]?.default ?? 1)
    )
  const url = (name: string): string | undefined =>
    attempt(() => parseServiceUrl(name, raw(name)), undefined)
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
    identityToken: raw('identity-token'),
    concurrency: 1,
    maxAttempts: integer('max-attempts', MAX_ATTEMPTS),
    retryBudgetMs:
      integer('retry-budget-seconds', MAX_RETRY_BUDGET_SECONDS) * 1000,
    requestTimeoutMs:
      integer('request-timeout-seconds', MAX_REQUEST_TIMEOUT_SECONDS) * 1000
  }
  problems.push(...checkInstanceInputs({ ...signing, key: undefined }))
  return signing
}
