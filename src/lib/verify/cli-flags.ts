/**
 * The flags `provenant verify` takes besides its input table: the
 * spellings cosign, gh attestation verify and slsa-verifier users type,
 * each mapped to the input it stands for, and the CLI's own output flags.
 * Every one has a description (for --help) and the tool it comes from;
 * VERIFY_CLI_FLAGS is them all as one flag table.
 */
import { InputError } from '../errors.js'
import type { InputSpec } from '../inputs/index.js'
import { defineInputs, JSON_INPUT } from '../inputs/index.js'
import type { VerifyInputName } from './inputs.js'

export interface FlagAlias {
  /** The input this flag sets. */
  input: VerifyInputName
  description: string
}

export const VERIFY_FLAG_ALIASES: Readonly<Record<string, FlagAlias>> = {
  'cert-identity': {
    input: 'certificate-identity',
    description: 'gh attestation verify’s name for certificate-identity.'
  },
  'cert-identity-regex': {
    input: 'certificate-identity-regexp',
    description: 'gh attestation verify’s name for certificate-identity-regexp.'
  },
  'cert-oidc-issuer': {
    input: 'certificate-oidc-issuer',
    description: 'gh attestation verify’s name for certificate-oidc-issuer.'
  },
  'custom-trusted-root': {
    input: 'trusted-root',
    description: 'gh attestation verify’s name for trusted-root.'
  },
  'source-ref': {
    input: 'source-repository-ref',
    description: 'gh attestation verify’s name for source-repository-ref.'
  },
  'attestation-path': {
    input: 'provenance-path',
    description:
      'slsa-verifier verify-github-attestation’s name for provenance-path.'
  },
  key: {
    input: 'public-key',
    description: 'cosign’s name for public-key.'
  }
}

/** The CLI's own flags: output (--json, --format, --print-provenance) and --release. */
export const VERIFY_OWN_FLAGS = defineInputs({
  json: {
    ...JSON_INPUT,
    description:
      'Print the report as JSON (described by the verify-result JSON Schema in Provenant’s documentation): per artifact its checks and the certificate-bound facts of every signature.'
  },
  format: {
    kind: 'string',
    description:
      'Output format, text or json (gh attestation verify --format json is --json).'
  },
  'print-provenance': {
    kind: 'boolean',
    description:
      'Print every verified provenance statement (JSON, one a line) to stdout after verifying, as slsa-verifier --print-provenance.'
  },
  release: {
    kind: 'string',
    description:
      'Verify a published GitHub release: owner/repo@tag or its address (https://github.com/owner/repo/releases/tag/v1.2.3). Its assets are downloaded through the GitHub REST API (GITHUB_API_URL; a token from --github-token or GITHUB_TOKEN raises the rate limit), cached, and verified as a folder; without a signer flag, they must be signed by a workflow of that repository.',
    example: 'acme/widget@v1.2.3'
  }
})

/** The aliases as flag specs (described for --help). */
const VERIFY_ALIAS_FLAGS: Readonly<Record<string, InputSpec>> =
  Object.fromEntries(
    Object.entries(VERIFY_FLAG_ALIASES).map(([name, alias]) => [
      name,
      { kind: 'string', description: alias.description }
    ])
  )

/** Every flag of `provenant verify` besides the action's inputs. */
export const VERIFY_CLI_FLAGS = { ...VERIFY_ALIAS_FLAGS, ...VERIFY_OWN_FLAGS }

/** The value an alias flag gives `input`, when the input's own flag is not set. */
export function aliasValue(
  values: Readonly<Record<string, unknown>>,
  input: string
): string | undefined {
  for (const [flag, alias] of Object.entries(VERIFY_FLAG_ALIASES)) {
    const value = values[flag]
    if (alias.input === input && typeof value === 'string') return value
  }
  return undefined
}

/** `--format json|text` (gh) and `--json`: true for JSON. */
export function parseFormat(format: unknown, json: boolean): boolean {
  if (format === undefined) return json
  if (format === 'json') return true
  if (format === 'text' && !json) return false
  throw new InputError(
    'VERIFY_FORMAT_UNKNOWN',
    `--format takes json or text, not "${typeof format === 'string' ? format : '?'}"${json ? ' (with --json, only json)' : ''}`
  )
}
