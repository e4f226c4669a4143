/**
 * Which Sigstore instance signs: the public-good one, GitHub's, staging, or
 * custom URLs. The default is actions/attest's: public-good for public
 * repositories, GitHub's instance for private and internal ones.
 */

export const SIGSTORE_CHOICES = [
  'public-good',
  'github',
  'staging',
  'custom'
] as const
export type SigstoreChoice = (typeof SIGSTORE_CHOICES)[number]

/** As GitHub's event payload spells it; undefined when nothing says. */
export type RepositoryVisibility = 'public' | 'private' | 'internal'

export interface TlogService {
  url: string
  /** 1: Rekor v1 API (hashedrekord, dsse); 2: Rekor v2. */
  majorApiVersion: number
}

/** The services one run talks to. A witness that is undefined is not used. */
export interface Endpoints {
  instance: SigstoreChoice
  fulcioUrl: string | undefined
  rekor: TlogService | undefined
  tsaUrl: string | undefined
}

export const PUBLIC_GOOD_ENDPOINTS: Endpoints = {
  instance: 'public-good',
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekor: { url: 'https://rekor.sigstore.dev', majorApiVersion: 1 },
  tsaUrl: undefined
}

/** GitHub's instance has no transparency log: its TSA gives the trusted time. */
export const GITHUB_ENDPOINTS: Endpoints = {
  instance: 'github',
  fulcioUrl: 'https://fulcio.githubapp.com',
  rekor: undefined,
  tsaUrl: 'https://timestamp.githubapp.com'
}

export const STAGING_ENDPOINTS: Endpoints = {
  instance: 'staging',
  fulcioUrl: 'https://fulcio.sigstage.dev',
  rekor: { url: 'https://rekor.sigstage.dev', majorApiVersion: 1 },
  tsaUrl: undefined
}

/** The services a signing_config.json names (see signing-config.ts). */
export interface ConfiguredServices {
  fulcioUrl?: string
  rekor?: TlogService
  tsaUrl?: string
}

export interface InstanceInputs {
  sigstore: SigstoreChoice | undefined
  fulcioUrl: string | undefined
  rekorUrl: string | undefined
  tsaUrl: string | undefined
}

/**
 * The instance a run uses: the one asked for; else custom when URLs or a
 * signing config are given; else by visibility. Unknown visibility (no
 * GitHub context, as on a laptop) means public-good; the action passes
 * 'private' when it runs in Actions and cannot tell, as actions/attest does.
 */
export function chooseInstance(
  inputs: InstanceInputs,
  hasSigningConfig: boolean,
  visibility: RepositoryVisibility | undefined
): SigstoreChoice {
  if (inputs.sigstore) return inputs.sigstore
  if (
    hasSigningConfig ||
    inputs.fulcioUrl ||
    inputs.rekorUrl ||
    inputs.tsaUrl
  ) {
    return 'custom'
  }
  if (visibility === undefined || visibility === 'public') return 'public-good'
  return 'github'
}

export function resolveEndpoints(
  inputs: InstanceInputs,
  visibility: RepositoryVisibility | undefined,
  configured?: ConfiguredServices
): Endpoints {
  const instance = chooseInstance(inputs, configured !== undefined, visibility)
  switch (instance) {
    case 'public-good':
      return PUBLIC_GOOD_ENDPOINTS
    case 'github':
      return GITHUB_ENDPOINTS
    case 'staging':
      return STAGING_ENDPOINTS
    case 'custom':
      // Explicit URLs win over the signing config's entries.
      return {
        instance,
        fulcioUrl: inputs.fulcioUrl ?? configured?.fulcioUrl,
        rekor: inputs.rekorUrl
          ? { url: inputs.rekorUrl, majorApiVersion: 1 }
          : configured?.rekor,
        tsaUrl: inputs.tsaUrl ?? configured?.tsaUrl
      }
  }
}

/** The default OIDC issuer of certificates from each instance's Fulcio. */
export const GITHUB_ACTIONS_ISSUER =
  'https://token.actions.githubusercontent.com'
