/**
 * The certificate-bound facts of one signature: what Fulcio wrote into the
 * signing certificate from the OIDC token (its SAN, issuer and every
 * 1.3.6.1.4.1.57264.1.* extension), with the legacy GitHub extensions
 * (1.2-1.6) standing in for the newer ones an older certificate lacks.
 * Every policy flag is judged on this record, never on what a signed
 * payload says about itself.
 */
import { GITHUB_SERVER } from './policy.js'
import type { SignerInfo } from './signer.js'
import { issuerOf } from './signer.js'

export interface CertificateFacts {
  /** The SAN: for GitHub Actions the workflow that signed, with @ref. */
  identity?: string
  issuer?: string
  /** https://github.com/owner/repo */
  sourceRepositoryUri?: string
  sourceRepositoryOwnerUri?: string
  /** refs/tags/v1.2.3, refs/heads/main */
  sourceRepositoryRef?: string
  /** The commit the run built. */
  sourceRepositoryDigest?: string
  sourceRepositoryIdentifier?: string
  sourceRepositoryOwnerIdentifier?: string
  sourceRepositoryVisibility?: string
  /** https://github.com/owner/repo/.github/workflows/wf.yml@ref: the signing workflow. */
  buildSignerUri?: string
  buildSignerDigest?: string
  /** The caller's workflow (the top-level one a reusable workflow ran under). */
  buildConfigUri?: string
  buildConfigDigest?: string
  runnerEnvironment?: string
  /** The event: push, workflow_dispatch, ... */
  buildTrigger?: string
  runInvocationUri?: string
  /** The legacy extensions as cosign --certificate-github-workflow-* reads them. */
  githubWorkflow: {
    trigger?: string
    sha?: string
    name?: string
    repository?: string
    ref?: string
  }
}

/**
 * The facts of each signer, computed once: verify keeps one SignerInfo per
 * signing certificate, and every bundle of a release reads its facts.
 */
const factsBySigner = new WeakMap<SignerInfo, CertificateFacts>()

export function toCertificateFacts(signer: SignerInfo): CertificateFacts {
  let facts = factsBySigner.get(signer)
  if (!facts) {
    facts = certificateFactsOf(signer)
    factsBySigner.set(signer, facts)
  }
  return facts
}

function certificateFactsOf(signer: SignerInfo): CertificateFacts {
  const e = signer.extensions
  const legacyRepo = e.githubWorkflowRepository
  const sourceRepositoryUri =
    e.sourceRepositoryUri ??
    (legacyRepo ? `${GITHUB_SERVER}/${legacyRepo}` : undefined)
  const facts: CertificateFacts = {
    identity: signer.identity,
    issuer: signer.issuer ?? issuerOf(e),
    sourceRepositoryUri,
    sourceRepositoryOwnerUri:
      e.sourceRepositoryOwnerUri ?? ownerUriOf(sourceRepositoryUri),
    sourceRepositoryRef: e.sourceRepositoryRef ?? e.githubWorkflowRef,
    sourceRepositoryDigest: e.sourceRepositoryDigest ?? e.githubWorkflowSha,
    sourceRepositoryIdentifier: e.sourceRepositoryIdentifier,
    sourceRepositoryOwnerIdentifier: e.sourceRepositoryOwnerIdentifier,
    sourceRepositoryVisibility: e.sourceRepositoryVisibilityAtSigning,
    buildSignerUri: e.buildSignerUri ?? githubSan(signer.identity),
    buildSignerDigest: e.buildSignerDigest,
    buildConfigUri: e.buildConfigUri,
    buildConfigDigest: e.buildConfigDigest,
    runnerEnvironment: e.runnerEnvironment,
    buildTrigger: e.buildTrigger ?? e.githubWorkflowTrigger,
    runInvocationUri: e.runInvocationUri,
    githubWorkflow: {
      trigger: e.githubWorkflowTrigger,
      sha: e.githubWorkflowSha,
      name: e.githubWorkflowName,
      repository: e.githubWorkflowRepository,
      ref: e.githubWorkflowRef
    }
  }
  return dropUndefined(facts)
}

/** A SAN that names a workflow file at a ref (GitHub Actions' form). */
function githubSan(san: string | undefined): string | undefined {
  return san && /^https:\/\/[^/]+\/[^/]+\/[^/]+\/.+@.+$/.test(san)
    ? san
    : undefined
}

function ownerUriOf(repositoryUri: string | undefined): string | undefined {
  const match = /^(https?:\/\/[^/]+\/[^/]+)\/[^/]+$/.exec(repositoryUri ?? '')
  return match?.[1]
}

function dropUndefined(facts: CertificateFacts): CertificateFacts {
  const clean = (o: object) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
  return {
    ...clean(facts),
    githubWorkflow: clean(facts.githubWorkflow)
  }
}

/** `https://host/owner/repo/path@ref` -> its parts; undefined if not that shape. */
export function splitWorkflowUri(
  uri: string | undefined
): { repository: string; path: string; ref?: string } | undefined {
  const match = /^https?:\/\/([^/]+\/[^/]+\/[^/@]+)\/([^@]+?)(?:@(.+))?$/.exec(
    uri ?? ''
  )
  if (!match) return undefined
  return {
    repository: match[1]!,
    path: match[2]!,
    ...(match[3] ? { ref: match[3] } : {})
  }
}

/** `github.com/o/r`, lower case, from any of the forms a repository is named in. */
export function normalizeRepository(uri: string | undefined): string {
  return (uri ?? '')
    .trim()
    .replace(/^git\+/, '')
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/@.*$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .toLowerCase()
}
