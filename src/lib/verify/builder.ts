/**
 * The builder, as slsa-verifier judges it: the workflow that signed (the
 * certificate's Build Signer URI, i.e. the job_workflow_ref), never the
 * builder.id a predicate writes. --builder-id names it as
 * `https://github.com/<owner>/<repo>/<path>[@<ref>]`; without a ref any ref
 * matches, `@v1.2.3` also matches a certificate's `@refs/tags/v1.2.3`.
 * Without --builder-id, slsa-verifier's flags accept only the builders it
 * trusts by default, at a vX.Y.Z release tag.
 */
import type { CertificateFacts } from './certificate-facts.js'
import { verificationFailure } from './codes.js'
import { isReleaseTagRef } from './versioned-tag.js'

export const SLSA_GENERATOR_REPOSITORY = 'slsa-framework/slsa-github-generator'

const generator = (file: string) =>
  `${SLSA_GENERATOR_REPOSITORY}/.github/workflows/${file}`

/** The delegator workflows of slsa-github-generator's BYOB framework. */
export const BYOB_DELEGATORS: readonly string[] = [
  generator('delegator_generic_slsa3.yml'),
  generator('delegator_lowperms-generic_slsa3.yml')
]

/** The reusable workflows slsa-verifier trusts for artifacts without --builder-id. */
export const DEFAULT_TRUSTED_BUILDERS: readonly string[] = [
  generator('generator_generic_slsa3.yml'),
  generator('builder_go_slsa3.yml'),
  generator('builder_container-based_slsa3.yml'),
  generator('builder_docker-based_slsa3.yml'),
  ...BYOB_DELEGATORS
]

export interface SignerBuilder {
  /** https://github.com/owner/repo/path/to/workflow.yml */
  name: string
  ref?: string
  /** owner/repo/path/to/workflow.yml, as the default list names it. */
  path: string
}

export function signerBuilderOf(
  facts: CertificateFacts
): SignerBuilder | undefined {
  const uri = facts.buildSignerUri
  if (!uri) return undefined
  const at = uri.indexOf('@')
  const name = at < 0 ? uri : uri.slice(0, at)
  const path = name.replace(/^https?:\/\/[^/]+\//, '')
  return { name, path, ...(at < 0 ? {} : { ref: uri.slice(at + 1) }) }
}

export function isByobDelegator(builder: SignerBuilder | undefined): boolean {
  return builder !== undefined && BYOB_DELEGATORS.includes(builder.path)
}

/**
 * `name[@version]` against the builder: the names are equal and, when a
 * version is given, it is the ref or refs/tags/<version> is.
 */
export function matchesBuilderId(
  actual: { name: string; ref?: string },
  builderId: string
): boolean {
  const parts = builderId.split('@')
  if (parts.length > 2 || parts[1] === '') return false
  const [name, version] = parts as [string, string | undefined]
  if (name !== actual.name) return false
  if (version === undefined) return true
  return version === actual.ref || `refs/tags/${version}` === actual.ref
}

/** --builder-id against the certificate's signing workflow. */
export function assertBuilderId(
  facts: CertificateFacts,
  builderId: string,
  claimedBuilderId?: string
): void {
  const builder = signerBuilderOf(facts)
  // A BYOB delegator signs for the builder that called it; that builder
  // is the one the delegator wrote into the provenance.
  const actual =
    isByobDelegator(builder) && claimedBuilderId
      ? splitBuilderId(claimedBuilderId)
      : builder
  if (!actual || !matchesBuilderId(actual, builderId)) {
    throw verificationFailure(
      'VERIFY_BUILDER_MISMATCH',
      `signed by builder ${describeBuilder(actual)}, not ${builderId} (--builder-id)`
    )
  }
}

/** slsa-verifier without --builder-id: a default trusted builder at vX.Y.Z. */
export function assertTrustedBuilder(
  facts: CertificateFacts,
  githubAttestation: boolean
): void {
  const builder = signerBuilderOf(facts)
  if (!builder || !DEFAULT_TRUSTED_BUILDERS.includes(builder.path)) {
    throw verificationFailure(
      'VERIFY_BUILDER_UNTRUSTED',
      githubAttestation
        ? `a GitHub artifact attestation signed by ${describeBuilder(builder)}: name the workflow you trust with --builder-id or --signer-workflow`
        : `signed by ${describeBuilder(builder)}, not one of the builders slsa-verifier trusts by default (${DEFAULT_TRUSTED_BUILDERS.map((b) => b.split('/').pop()).join(', ')}); name another with --builder-id`
    )
  }
  assertBuilderRef(builder)
}

/** slsa-github-generator's builders are trusted at a release tag only. */
export function assertBuilderRef(builder: SignerBuilder | undefined): void {
  if (!builder?.path.startsWith(`${SLSA_GENERATOR_REPOSITORY}/`)) return
  if (!isReleaseTagRef(builder.ref)) {
    throw verificationFailure(
      'VERIFY_BUILDER_REF_INVALID',
      `builder ${builder.name} ran at ${builder.ref ?? '(no ref)'}, not a release tag refs/tags/vX.Y.Z`
    )
  }
}

function splitBuilderId(id: string): { name: string; ref?: string } {
  const at = id.indexOf('@')
  return at < 0
    ? { name: id }
    : { name: id.slice(0, at), ref: id.slice(at + 1) }
}

export function describeBuilder(
  builder: { name: string; ref?: string } | undefined
): string {
  if (!builder) return '(no signing workflow in the certificate)'
  return builder.ref ? `${builder.name}@${builder.ref}` : builder.name
}
