/**
 * What a consumer asks of a release: who must have signed it, what its
 * provenance must say, and which kinds of evidence must be present.
 */

export const REQUIREMENTS = [
  'signature',
  'provenance',
  'sbom',
  'checksum',
  'reproducible',
  'vex'
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
  'reproducible',
  'vex'
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
  /** A regular expression the issuer must match instead (cosign --certificate-oidc-issuer-regexp). */
  issuerRegexp?: RegExp
  /** owner/name: the certificate's source repository (gh --repo). */
  repo?: string
  /** The certificate's source repository owner (gh --owner). */
  owner?: string
  /** [host/]owner/repo/path/to/workflow.yml[@ref]: the signing workflow (gh --signer-workflow). */
  signerWorkflow?: string
  /** owner/name of the signing workflow's repository (gh --signer-repo). */
  signerRepo?: string
  /** The signing workflow file's commit (gh --signer-digest). */
  signerDigest?: string
  denySelfHostedRunners: boolean
  /** cosign --certificate-github-workflow-*: the legacy 1.2-1.6 extensions, exactly. */
  githubWorkflow?: GithubWorkflowPolicy
  /** A public key (--public-key, --minisign-key) stands in for the certificate identity. */
  keyed: boolean
}

export interface GithubWorkflowPolicy {
  repository?: string
  ref?: string
  sha?: string
  trigger?: string
  name?: string
}

/** Where the signed run's source came from: judged on the certificate. */
export interface SourcePolicy {
  /** github.com/owner/name (slsa-verifier --source-uri). */
  sourceUri?: string
  /** The exact git ref, refs/heads/main (gh --source-ref). */
  sourceRef?: string
  /** The commit (gh --source-digest). */
  sourceDigest?: string
  sourceTag?: string
  sourceBranch?: string
  /** vX[.Y[.Z]]: a tag of that semver line (slsa-verifier --source-versioned-tag). */
  sourceVersionedTag?: string
}

export interface ProvenancePolicy extends SourcePolicy {
  /** When unset, any SLSA provenance (v0.2 or v1) is provenance. */
  predicateType?: string
  /** The builder: the certificate's signing workflow, slsa-verifier's way. */
  builderId?: string
  /** slsa-verifier --build-workflow-input: workflow_dispatch inputs. */
  buildWorkflowInputs?: Readonly<Record<string, string>>
  /** slsa-verifier's way: provenance named with --provenance-path is required. */
  provenancePath?: boolean
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
    policy.owner !== undefined ||
    policy.signerRepo !== undefined ||
    policy.signerWorkflow !== undefined
  )
}

/**
 * slsa-verifier's way of naming the signer: a source (and maybe a builder)
 * without any certificate identity; the builder must then be one
 * slsa-verifier trusts by default, or the one --builder-id names.
 */
export function isSlsaVerifierPolicy(
  policy: IdentityPolicy & ProvenancePolicy
): boolean {
  return (
    !hasIdentityPolicy(policy) &&
    (policy.sourceUri !== undefined || policy.builderId !== undefined)
  )
}

/** Provenance-only flags imply that provenance must be present. */
export function impliesProvenance(policy: ProvenancePolicy): boolean {
  return (
    policy.predicateType !== undefined ||
    policy.provenancePath === true ||
    policy.sourceUri !== undefined ||
    policy.sourceVersionedTag !== undefined ||
    policy.buildWorkflowInputs !== undefined ||
    policy.builderId !== undefined
  )
}
