/**
 * The flags `provenant verify` takes besides its input table: the
 * spellings cosign, gh attestation verify and slsa-verifier users type,
 * each mapped to the input it stands for, and the CLI's own output flags.
 * Every one has a description (for --help) and the tool it comes from.
 */
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

export interface OwnFlag {
  type: 'string' | 'boolean'
  description: string
}

export const VERIFY_OWN_FLAGS: Readonly<Record<string, OwnFlag>> = {
  json: {
    type: 'boolean',
    description:
      'Print the report as JSON (described by the verify-result JSON Schema in Provenant’s documentation): per artifact its checks and the certificate-bound facts of every signature.'
  },
  format: {
    type: 'string',
    description:
      'Output format, text or json (gh attestation verify --format json is --json).'
  },
  'print-provenance': {
    type: 'boolean',
    description:
      'Print every verified provenance statement (JSON, one a line) to stdout after verifying, as slsa-verifier --print-provenance.'
  }
}
