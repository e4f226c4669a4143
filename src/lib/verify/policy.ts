/**
 * What a consumer asks of a release: who must have signed it, what its
 * provenance must say, and which kinds of evidence must be present.
 */

export const REQUIREMENTS = [
  'signature',
  'provenance',
  'sbom',
  'checksum',
  'reproducible'
] as const
export type Requirement = (typeof REQUIREMENTS)[number]

/** The rows of the report, in order. */
export const CHECK_NAMES = [
  'signature',
  'identity',
  'provenance',
  'source',
  'builder',
  'sbom',
  'checksum',
  'reproducible'
] as const
export type CheckName = (typeof CHECK_NAMES)[number]

export const GITHUB_ACTIONS_ISSUER =
  'https://token.actions.githubusercontent.com'
export const GITHUB_SERVER = 'https://github.com'
export const SLSA_PROVENANCE_PREFIX = 'https://slsa.dev/provenance/'

export interface IdentityPolicy {
  /** The certificate SAN, exactly (cosign --certificate-identity). */
  identity?: string
  /** A regular expression the SAN must match (cosign --certificate-identity-regexp). */
  identityRegexp?: RegExp
  /** The OIDC issuer the certificate names. */
  issuer: string
  /** owner/name: the certificate's source repository (gh --repo). */
  repo?: string
  /** [host/]owner/repo/path/to/workflow.yml[@ref]: the signing workflow (gh --signer-workflow). */
  signerWorkflow?: string
  denySelfHostedRunners: boolean
  /** A public key (--public-key, --minisign-key) stands in for the certificate identity. */
  keyed: boolean
}

export interface ProvenancePolicy {
  /** When unset, any SLSA provenance (v0.2 or v1) is provenance. */
  predicateType?: string
  sourceUri?: string
  sourceTag?: string
  sourceBranch?: string
  builderId?: string
}

/**
 * Who must have signed a rebuild verdict for it to count. Given, unsigned
 * reports do not count; the issuer is the policy's `issuer`.
 */
export interface RebuilderPolicy {
  identity?: string
  identityRegexp?: RegExp
}

export interface VerifyPolicy extends IdentityPolicy, ProvenancePolicy {
  require: readonly Requirement[]
  /** Undefined: any verdict counts, signed or not. */
  rebuilder?: RebuilderPolicy
  /** Accept a .sig/.crt pair with no transparency-log proof (cosign --insecure-ignore-tlog). */
  insecureIgnoreTlog: boolean
}

/** True when the policy names anyone: a verified signer can be held to it. */
export function hasIdentityPolicy(policy: IdentityPolicy): boolean {
  return (
    policy.keyed ||
    policy.identity !== undefined ||
    policy.identityRegexp !== undefined ||
    policy.repo !== undefined ||
    policy.signerWorkflow !== undefined
  )
}

/** Provenance-only flags imply that provenance must be present. */
export function impliesProvenance(policy: ProvenancePolicy): boolean {
  return (
    policy.predicateType !== undefined ||
    policy.sourceUri !== undefined ||
    policy.sourceTag !== undefined ||
    policy.sourceBranch !== undefined ||
    policy.builderId !== undefined
  )
}
