/**
 * parseVerifyInputs: raw verify inputs (action INPUT_* or CLI flags) -> the
 * typed policy and options, every problem collected into one InputErrors.
 */
import { InputError } from '../errors.js'
import type { InputSource } from '../inputs/index.js'
import {
  collectProblems,
  parseBoolean,
  parseList,
  readRaw
} from '../inputs/index.js'
import type { VerifyInputName } from './inputs.js'
import { VERIFY_INPUTS } from './inputs.js'
import { parseInsecureRegistryList } from '../oci/inputs.js'
import type { Requirement, VerifyPolicy } from './policy.js'
import {
  REQUIREMENTS,
  hasIdentityPolicy,
  impliesProvenance,
  isSlsaVerifierPolicy
} from './policy.js'

export interface VerifyInputs {
  artifacts: string[]
  policy: VerifyPolicy
  trustedRoot: string | undefined
  offline: boolean
  githubAttestations: boolean
  githubToken: string | undefined
  /** Path of a PEM public key file. */
  key: string | undefined
  /** A minisign public key line, or the path of a .pub file. */
  minisignKey: string | undefined
  provenancePath: string | undefined
  /** Evidence named whatever it is called: a bundle file (JSON or JSON lines). */
  bundle: string | undefined
  /** A base64 signature file and its PEM certificate (cosign --signature/--certificate). */
  signature: string | undefined
  certificate: string | undefined
  /** Registries reached over plain HTTP besides loopback ones. */
  insecureRegistries: string[]
}

const REPO = /^[\w.-]+\/[\w.-]+$/

/**
 * `artifacts` given (the CLI's arguments) wins over the `subjects` input,
 * so that a path may hold spaces.
 */
export function parseVerifyInputs(
  source: InputSource,
  given: { artifacts?: string[] } = {}
): VerifyInputs {
  const collector = collectProblems()
  const { attempt, problems } = collector
  const text = (name: VerifyInputName): string | undefined =>
    attempt(() => readRaw(VERIFY_INPUTS, source, name), undefined)
  const flag = (name: VerifyInputName): boolean =>
    attempt(() => parseBoolean(name, text(name)), false)
  const problem = (code: string, message: string): void => {
    problems.push(new InputError(code, message))
  }

  const identityRegexp = attempt(
    () =>
      parsePattern(
        'certificate-identity-regexp',
        text('certificate-identity-regexp')
      ),
    undefined
  )
  const issuerRegexp = attempt(
    () =>
      parsePattern(
        'certificate-oidc-issuer-regexp',
        text('certificate-oidc-issuer-regexp')
      ),
    undefined
  )
  const repo = text('repo')
  const signerRepo = text('signer-repo')
  for (const [name, value] of [
    ['repo', repo],
    ['signer-repo', signerRepo]
  ] as const) {
    if (value !== undefined && !REPO.test(value)) {
      problem(
        'VERIFY_REPO_FORMAT',
        `input "${name}" must be owner/name (e.g. octo-org/octo-repo), not "${value}"`
      )
    }
  }
  const owner = text('owner')
  if (owner !== undefined && !/^[\w.-]+$/.test(owner)) {
    problem(
      'VERIFY_OWNER_FORMAT',
      `input "owner" must be a user or organisation name (e.g. octo-org), not "${owner}"`
    )
  }
  const buildWorkflowInputs = attempt(
    () => parseWorkflowInputs(text('build-workflow-input')),
    undefined
  )
  const githubWorkflow = {
    repository: text('certificate-github-workflow-repository'),
    ref: text('certificate-github-workflow-ref'),
    sha: text('certificate-github-workflow-sha'),
    trigger: text('certificate-github-workflow-trigger'),
    name: text('certificate-github-workflow-name')
  }
  const rebuilderIdentity = text('rebuilder-identity')
  const rebuilderRegexp = attempt(
    () =>
      parsePattern(
        'rebuilder-identity-regexp',
        text('rebuilder-identity-regexp')
      ),
    undefined
  )
  const key = text('public-key')
  const minisignKey = text('minisign-key')
  const policy: VerifyPolicy = {
    identity: text('certificate-identity'),
    identityRegexp,
    issuer: text('certificate-oidc-issuer') ?? '',
    issuerRegexp,
    repo,
    owner,
    signerWorkflow: text('signer-workflow'),
    signerRepo,
    signerDigest: text('signer-digest'),
    githubWorkflow,
    denySelfHostedRunners: flag('deny-self-hosted-runners'),
    keyed: key !== undefined || minisignKey !== undefined,
    predicateType: text('predicate-type'),
    sourceUri: text('source-uri'),
    sourceRef: text('source-repository-ref'),
    sourceDigest: text('source-digest'),
    sourceTag: text('source-tag'),
    sourceBranch: text('source-branch'),
    sourceVersionedTag: text('source-versioned-tag'),
    builderId: text('builder-id'),
    buildWorkflowInputs,
    provenancePath: text('provenance-path') !== undefined,
    require: attempt(() => parseRequire(text('require')), ['signature']),
    insecureIgnoreTlog: flag('insecure-ignore-tlog'),
    ...(rebuilderIdentity !== undefined || rebuilderRegexp !== undefined
      ? {
          rebuilder: {
            identity: rebuilderIdentity,
            identityRegexp: rebuilderRegexp
          }
        }
      : {})
  }
  if (impliesProvenance(policy) && !policy.require.includes('provenance')) {
    policy.require = [...policy.require, 'provenance']
  }
  // Naming the rebuilder asks for its verdict.
  if (policy.rebuilder && !policy.require.includes('reproducible')) {
    policy.require = [...policy.require, 'reproducible']
  }
  if (rebuilderIdentity !== undefined && rebuilderRegexp !== undefined) {
    problem(
      'VERIFY_REBUILDER_TWICE',
      'give one of "rebuilder-identity" and "rebuilder-identity-regexp", not both'
    )
  }
  if (policy.identity !== undefined && policy.identityRegexp !== undefined) {
    problem(
      'VERIFY_IDENTITY_TWICE',
      'give one of "certificate-identity" and "certificate-identity-regexp", not both'
    )
  }
  if (policy.sourceTag !== undefined && policy.sourceBranch !== undefined) {
    problem(
      'VERIFY_SOURCE_REF_TWICE',
      'give one of "source-tag" and "source-branch", not both: a build has one source ref'
    )
  }
  const needsSigner = policy.require.some(
    (r) => r === 'signature' || r === 'provenance'
  )
  // A bad regexp is its own problem: the signer was said, only misspelled.
  const regexpGiven = text('certificate-identity-regexp') !== undefined
  if (
    needsSigner &&
    !hasIdentityPolicy(policy) &&
    !isSlsaVerifierPolicy(policy) &&
    !regexpGiven
  ) {
    problem(
      'VERIFY_NO_IDENTITY',
      'say who must have signed: give "certificate-identity" or "certificate-identity-regexp" (as cosign), "repo", "owner" or "signer-workflow" (as gh attestation verify), "source-uri" (as slsa-verifier), or "public-key" for keyed signatures'
    )
  }
  if (text('certificate') !== undefined && text('signature') === undefined) {
    problem(
      'VERIFY_CERTIFICATE_ALONE',
      '"certificate" goes with "signature": give the signature file it signed'
    )
  }
  const artifacts = given.artifacts ?? parseList(text('subjects'))
  if (
    artifacts.length === 0 &&
    problems.every((p) => p.code !== 'INPUT_REQUIRED')
  ) {
    problem(
      'VERIFY_NO_ARTIFACTS',
      'name at least one artifact: a file, a directory, sha256:<hex> or oci://<registry>/<repository>@sha256:<digest>'
    )
  }
  const offline = flag('offline')
  const githubAttestations = flag('github-attestations')
  if (githubAttestations && offline) {
    problem(
      'VERIFY_OFFLINE_LOOKUP',
      '"github-attestations" looks attestations up on GitHub; drop it or drop "offline"'
    )
  }
  if (githubAttestations && repo === undefined) {
    problem(
      'VERIFY_LOOKUP_NEEDS_REPO',
      '"github-attestations" needs "repo" (owner/name): GitHub stores attestations per repository'
    )
  }
  const insecureRegistries = attempt(
    () => parseInsecureRegistryList(parseList(text('insecure-registry'))),
    []
  )
  collector.throwIfAny()
  return {
    artifacts,
    policy,
    trustedRoot: text('trusted-root'),
    offline,
    githubAttestations,
    githubToken: parseToken(text('github-token')),
    key,
    minisignKey,
    provenancePath: text('provenance-path'),
    bundle: text('bundle'),
    signature: text('signature'),
    certificate: text('certificate'),
    insecureRegistries
  }
}

/** `k=v` pairs, newline or space separated (slsa-verifier --build-workflow-input). */
export function parseWorkflowInputs(
  raw: string | undefined
): Record<string, string> | undefined {
  const pairs = parseList(raw)
  if (pairs.length === 0) return undefined
  const inputs: Record<string, string> = {}
  for (const pair of pairs) {
    const eq = pair.indexOf('=')
    if (eq <= 0) {
      throw new InputError(
        'VERIFY_WORKFLOW_INPUT_FORMAT',
        `input "build-workflow-input" takes key=value pairs, not "${pair}"`
      )
    }
    inputs[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return inputs
}

/** Comma or white-space separated requirement names. */
export function parseRequire(raw: string | undefined): Requirement[] {
  const names = (raw ?? '')
    .split(/[\s,]+/)
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== '')
  const unknown = names.filter(
    (n) => !(REQUIREMENTS as readonly string[]).includes(n)
  )
  if (unknown.length > 0) {
    throw new InputError(
      'VERIFY_REQUIRE_UNKNOWN',
      `input "require" has ${unknown.map((n) => `"${n}"`).join(', ')}; choose from ${REQUIREMENTS.join(', ')}`
    )
  }
  return [...new Set(names)] as Requirement[]
}

/** A regular expression given as an input or flag; VERIFY_REGEXP_INVALID when it is none. */
export function parsePattern(
  name: string,
  raw: string | undefined
): RegExp | undefined {
  if (raw === undefined) return undefined
  try {
    return new RegExp(raw)
  } catch (error) {
    throw new InputError(
      'VERIFY_REGEXP_INVALID',
      `input "${name}" is not a regular expression: ${(error as Error).message}`,
      { cause: error }
    )
  }
}

/** An unexpanded `${{ github.token }}` (the CLI sees the default) is no token. */
function parseToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.startsWith('${{')) return undefined
  return raw
}
