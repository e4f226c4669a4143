/**
 * The sign action's inputs: one table for actions/sign/action.yml and the
 * `provenant sign` flags (parse-inputs.ts reads them).
 */
import { defineInputs } from '../inputs/index.js'
import type { SigstoreChoice } from './instance.js'
import {
  IMAGES_INPUT,
  INSECURE_REGISTRY_INPUT,
  OCI_FORMAT_INPUT,
  OUTPUT_DIR_INPUT,
  TRUSTED_ROOT_INPUT
} from '../inputs/shared.js'
import type { OciFormat } from '../oci/format.js'

export const SIGN_INPUTS = defineInputs({
  files: {
    kind: 'list',
    description:
      'Files to sign: paths or globs, newline or space separated, resolved inside the workspace.'
  },
  images: IMAGES_INPUT,
  'oci-format': OCI_FORMAT_INPUT,
  'insecure-registry': INSECURE_REGISTRY_INPUT,
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
      'A PEM private key (ECDSA P-256 or Ed25519: unencrypted PKCS#8 or SEC1, or the cosign encrypted format with its passphrase in COSIGN_PASSWORD), e.g. from a secret: signs without Fulcio; bundles carry a public-key hint.'
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
  /** oci:// references as given. */
  images: string[]
  ociFormat: OciFormat
  insecureRegistries: string[]
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
