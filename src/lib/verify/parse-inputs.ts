/**
 * parseVerifyInputs: raw verify inputs (action INPUT_* or CLI flags) -> the
 * typed policy and options, every problem collected into one InputErrors.
 */
import { InputError } from '../errors.js'
import type { InputSource, ProblemCollector } from '../inputs/index.js'
import {
  collectProblems,
  parseBoolean,
  parseList,
  readRaw
} from '../inputs/index.js'
import type { VerifyInputName } from './inputs.js'
import { VERIFY_INPUTS } from './inputs.js'
import { parseInsecureRegistryList } from '../oci/inputs.js'
import { DEFAULT_OSV_URL } from '../scan/inputs.js'
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
  /** With --require vex: the OSV databases, or none to download from osvUrl. */
  vexDatabases: string[]
  osvUrl: string
  /** Registries reached over plain HTTP besides loopback ones. */
  insecureRegistries: string[]
}

const REPO = /^[\w.-]+\/[\w.-]+$/

/** Reads one input table's values, every problem going to one collector. */
interface VerifyReader {
  collector: ProblemCollector
  text: (name: VerifyInputName) => string | undefined
  flag: (name: VerifyInputName) => boolean
  pattern: (name: VerifyInputName) => RegExp | undefined
  problem: (code: string, message: string) => void
}

function verifyReader(source: InputSource): VerifyReader {
  const collector = collectProblems()
  const { attempt, problems } = collector
  const text = (name: VerifyInputName): string | undefined =>
    attempt(() => readRaw(VERIFY_INPUTS, source, name), undefined)
  return {
    collector,
    text,
    flag: (name) => attempt(() => parseBoolean(name, text(name)), false),
    pattern: (name) => attempt(() => parsePattern(name, text(name)), undefined),
    problem: (code, message) => {
      problems.push(new InputError(code, message))
    }
  }
}

/**
 * `artifacts` given (the CLI's arguments) wins over the `subjects` input,
 * so that a path may hold spaces.
 */
export function parseVerifyInputs(
  source: InputSource,
  given: { artifacts?: string[] } = {}
): VerifyInputs {
  const read = verifyReader(source)
  const { text, flag, problem } = read
  const policy = readPolicy(read)
  checkPolicy(read, policy)
  if (text('certificate') !== undefined && text('signature') === undefined) {
    problem(
      'VERIFY_CERTIFICATE_ALONE',
      '"certificate" goes with "signature": give the signature file it signed'
    )
  }
  const artifacts = given.artifacts ?? parseList(text('subjects'))
  if (
    artifacts.length === 0 &&
    read.collector.problems.every((p) => p.code !== 'INPUT_REQUIRED')
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
  if (githubAttestations && policy.repo === undefined) {
    problem(
      'VERIFY_LOOKUP_NEEDS_REPO',
      '"github-attestations" needs "repo" (owner/name): GitHub stores attestations per repository'
    )
  }
  const vexDatabases = parseList(text('db'))
  if (policy.require.includes('vex') && offline && vexDatabases.length === 0) {
    problem(
      'VERIFY_VEX_NEEDS_DB',
      '"require: vex" matches the SBOMs against OSV advisories: with "offline", give them with "db"'
    )
  }
  const insecureRegistries = read.collector.attempt(
    () => parseInsecureRegistryList(parseList(text('insecure-registry'))),
    []
  )
  read.collector.throwIfAny()
  return {
    insecureRegistries,
    vexDatabases,
    osvUrl: text('osv-url') ?? DEFAULT_OSV_URL,
    artifacts,
    policy,
    trustedRoot: text('trusted-root'),
    offline,
    githubAttestations,
    githubToken: parseToken(text('github-token')),
    key: text('public-key'),
    minisignKey: text('minisign-key'),
    provenancePath: text('provenance-path'),
    bundle: text('bundle'),
    signature: text('signature'),
    certificate: text('certificate')
  }
}

/** The `owner/name` and owner inputs, checked for shape. */
function readRepositories(read: VerifyReader): {
  repo: string | undefined
  signerRepo: string | undefined
  owner: string | undefined
} {
  const repo = read.text('repo')
  const signerRepo = read.text('signer-repo')
  for (const [name, value] of [
    ['repo', repo],
    ['signer-repo', signerRepo]
  ] as const) {
    if (value !== undefined && !REPO.test(value)) {
      read.problem(
        'VERIFY_REPO_FORMAT',
        `input "${name}" must be owner/name (e.g. octo-org/octo-repo), not "${value}"`
      )
    }
  }
  const owner = read.text('owner')
  if (owner !== undefined && !/^[\w.-]+$/.test(owner)) {
    read.problem(
      'VERIFY_OWNER_FORMAT',
      `input "owner" must be a user or organisation name (e.g. octo-org), not "${owner}"`
    )
  }
  return { repo, signerRepo, owner }
}

/** The policy the inputs state; provenance and the rebuild verdict required where the policy implies them. */
function readPolicy(read: VerifyReader): VerifyPolicy {
  const { text, flag } = read
  const identityRegexp = read.pattern('certificate-identity-regexp')
  const issuerRegexp = read.pattern('certificate-oidc-issuer-regexp')
  const { repo, signerRepo, owner } = readRepositories(read)
  const buildWorkflowInputs = read.collector.attempt(
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
  const rebuilderRegexp = read.pattern('rebuilder-identity-regexp')
  const keyed =
    text('public-key') !== undefined || text('minisign-key') !== undefined
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
    keyed,
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
    require: read.collector.attempt(
      () => parseRequire(text('require')),
      ['signature']
    ),
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
  return policy
}

/** Inputs that exclude each other, and a signer said when a signature is required. */
function checkPolicy(read: VerifyReader, policy: VerifyPolicy): void {
  const { problem } = read
  if (
    policy.rebuilder?.identity !== undefined &&
    policy.rebuilder.identityRegexp !== undefined
  ) {
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
  const regexpGiven = read.text('certificate-identity-regexp') !== undefined
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
