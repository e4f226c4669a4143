/**
 * The provenance action and `provenant attest`, one core: subjects ->
 * verified claims -> predicates (SLSA provenance, SBOM, another) -> one
 * statement per chunk of subjects (or per subject) -> signed through the
 * sign core with one certificate -> stored with GitHub -> every file
 * written at once (bundles, <name>.intoto.jsonl, build-provenance.json), or
 * none when anything fails.
 */
import path from 'node:path'
import type { BuildProvenanceSummary } from '../../lib/provenance/build-provenance.js'
import {
  BUILD_PROVENANCE_FILE,
  buildBuildProvenanceSummary
} from '../../lib/provenance/build-provenance.js'
import type { ProvenanceClaims } from '../../lib/provenance/claims.js'
import { expectedIssuer, splitRepository } from '../../lib/provenance/claims.js'
import type { ProvenanceInputs } from '../../lib/provenance/parse-inputs.js'
import type {
  PlannedPredicate,
  PredicateKind
} from '../../lib/provenance/plan.js'
import { intotoJsonlFile, planStatements } from '../../lib/provenance/plan.js'
import { buildPredicates } from '../../lib/provenance/predicates.js'
import { parseReproducibleVerdict } from '../../lib/provenance/verdict.js'
import type { Subject } from '../../lib/subject/subject.js'
import type { RepositoryVisibility } from '../../lib/sign/instance.js'
import type { Environment, Logger } from '../../lib/ports.js'
import { writeFilesAtomically } from '../fs/atomic-write.js'
import type {
  AttestationStore,
  GitHubAttestationStoreOptions
} from '../github/attestations.js'
import { createGitHubAttestationStore } from '../github/attestations.js'
import { SIGSTORE_AUDIENCE } from '../sign/oidc.js'
import type { RetryContext } from '../net/retry.js'
import { createRetryContext } from '../net/retry.js'
import { scrubSecrets } from '../../lib/net/secrets.js'
import { fetchVerifiedClaims } from './claims.js'
import type { LoadedFiles } from './inputs-files.js'
import { loadInputFiles } from './inputs-files.js'
import type { SignedStatement } from './signing.js'
import { createProvenanceSigner, signStatements } from './signing.js'
import type { StoreOutcome } from './store.js'
import type { PathFence } from '../fs/path-fence.js'
import { realFence, resolveWritableDir } from '../fs/path-fence.js'
import { missingGitHubToken, storeBundles } from './store.js'
import { resolveSubjects } from './subjects.js'
import type { PushedAttestation } from '../oci/attest-images.js'
import { imageSubjects, pushImageAttestations } from '../oci/attest-images.js'
import { resolveImageInputs } from '../oci/registries.js'

export interface AttestDeps {
  /** Where relative paths resolve and subjects and outputs may lie: the workspace in the Action, any path on the CLI. */
  fence: PathFence
  /** The runner's environment (ACTIONS_ID_TOKEN_REQUEST_*). */
  env: Readonly<Record<string, string | undefined>>
  /** GITHUB_SERVER_URL and GITHUB_API_URL. */
  serverUrl: string
  apiUrl: string
  /** The token for the attestation store; required when inputs.store. */
  githubToken: string | undefined
  visibility: RepositoryVisibility | undefined
  logger: Logger
  onSecret: (secret: string) => void
  environment?: Partial<Environment>
  createStore?: (options: GitHubAttestationStoreOptions) => AttestationStore
  /** Where registry credentials are read; process.env when absent. */
  registryEnv?: Readonly<Record<string, string | undefined>>
}

export interface AttestedBundle {
  kind: PredicateKind
  path: string
  predicateType: string
  subjects: number
}

export interface AttestResult {
  subjects: number
  bundles: AttestedBundle[]
  intotoJsonl: string
  buildProvenance: string
  summary: BuildProvenanceSummary
  attestationIds: string[]
  attestationUrls: string[]
  storeWarning: string | undefined
  identity: string | undefined
  /** Attestations stored beside images (push-to-registry). */
  pushed: PushedAttestation[]
  certificatesIssued: number
}

export async function attestProvenance(
  inputs: ProvenanceInputs,
  deps: AttestDeps
): Promise<AttestResult> {
  const secrets = new Set<string>()
  const onSecret = (secret: string): void => {
    secrets.add(secret)
    deps.onSecret(secret)
  }
  for (const s of [inputs.signing.identityToken, deps.githubToken]) {
    if (s) onSecret(s)
  }
  try {
    return await run(inputs, { ...deps, onSecret })
  } catch (error) {
    throw scrubSecrets(error, secrets)
  }
}

async function run(
  inputs: ProvenanceInputs,
  deps: AttestDeps
): Promise<AttestResult> {
  const { logger } = deps
  const retry = createRetryContext(inputs.signing, logger, deps.environment)
  // Everything the user gave is read and checked before any service is asked.
  const { fence, outputDir, subjects, images, files } = await readGiven(
    inputs,
    deps,
    retry
  )
  const signer = await createProvenanceSigner(inputs.signing, {
    resolve: (p: string) => path.resolve(fence.base, p),
    env: deps.env,
    visibility: deps.visibility,
    retry,
    onSecret: deps.onSecret
  })
  const claims = await fetchVerifiedClaims({
    tokens: signer.tokens,
    issuer: expectedIssuer(deps.serverUrl, inputs.oidcIssuer),
    audience: SIGSTORE_AUDIENCE,
    retry
  })
  logger.info(
    `Provenance for ${subjects.length} subject(s) built by ${claims.job_workflow_ref} at ${claims.sha} (run ${claims.run_id}, attempt ${claims.run_attempt})`
  )
  const predicates = predicatesFor(claims, deps.serverUrl, files, logger)
  const verdict = readVerdict(files, subjects)
  logger.info(`reproducible: ${verdict.reproducible} (${verdict.reason})`)
  const summary = buildBuildProvenanceSummary(
    claims,
    deps.serverUrl,
    verdict.reproducible
  )

  const planned = planStatements(subjects, predicates, {
    singleSubject: inputs.singleSubject,
    bundleName: inputs.bundleName
  })
  const signed = await signStatements(
    signer,
    planned,
    inputs.signing.concurrency
  )
  const who = await signer.session.identity()
  logger.info(
    `Signed ${signed.length} statement(s) with ${signer.session.certificatesIssued} certificate(s)${who ? ` for ${who.identity}` : ''}`
  )

  const { pushed, stored } = await shipSigned(inputs, deps, {
    images,
    signed,
    repository: claims.repository,
    retry
  })
  const written = await writeOutputs(
    outputDir,
    inputs.bundleName,
    signed,
    summary
  )
  return {
    subjects: subjects.length,
    ...written,
    summary,
    attestationIds: stored.stored.map((s) => s.id),
    attestationUrls: stored.stored.map((s) => s.url),
    storeWarning: stored.warning,
    identity: who?.identity,
    pushed,
    certificatesIssued: signer.session.certificatesIssued
  }
}

/** The signed statements pushed beside the images and stored with GitHub, as the inputs ask. */
async function shipSigned(
  inputs: ProvenanceInputs,
  deps: AttestDeps,
  ship: {
    images: Awaited<ReturnType<typeof resolveImageInputs>>
    signed: Awaited<ReturnType<typeof signStatements>>
    repository: string
    retry: RetryContext
  }
) {
  const { images, signed, repository, retry } = ship
  const pushed = inputs.pushToRegistry
    ? await pushImageAttestations(
        images,
        signed.map((s) => ({
          statement: s.planned.statement,
          bundle: s.bundle
        })),
        {
          format: inputs.ociFormat,
          now: () => retry.env.now(),
          logger: deps.logger
        }
      )
    : []
  const stored = inputs.store
    ? await storeWithGitHub(inputs, deps, repository, signed, retry)
    : { stored: [], warning: undefined }
  return { pushed, stored }
}

/** The output folder, the subjects (files, digests, images) and the files the predicates take, all read and checked. */
async function readGiven(
  inputs: ProvenanceInputs,
  deps: AttestDeps,
  retry: RetryContext
) {
  const fence = await realFence(deps.fence)
  const outputDir = await resolveWritableDir(fence, {
    input: 'output-dir',
    given: inputs.outputDir ?? '.',
    code: 'PROVENANCE_OUTPUT_OUTSIDE_WORKSPACE',
    fileCode: 'PROVENANCE_OUTPUT_NOT_A_DIRECTORY'
  })
  const subjects = await resolveSubjects(inputs.subjects, fence, outputDir)
  const files = await loadInputFiles(inputs, fence.base)
  if (inputs.store && !deps.githubToken) {
    throw missingGitHubToken()
  }
  // Images last: resolving them asks their registries.
  const images = await resolveImageInputs(inputs, {
    env: deps.registryEnv ?? process.env,
    retry,
    logger: deps.logger
  })
  subjects.push(...imageSubjects(images, subjects))
  return { fence, outputDir, subjects, images, files }
}

/** The predicates, with a warning when the SBOM is too large to carry. */
function predicatesFor(
  claims: ProvenanceClaims,
  serverUrl: string,
  files: LoadedFiles,
  logger: Logger
): PlannedPredicate[] {
  const { predicates, sbomReferenced } = buildPredicates(
    claims,
    serverUrl,
    files
  )
  if (sbomReferenced) {
    logger.warning(
      `The SBOM ${sbomReferenced.name} (${sbomReferenced.predicateBytes} bytes as JSON) is over GitHub's 16 MB predicate limit: its statement references it by name and sha256:${sbomReferenced.sha256} instead of carrying it; publish the SBOM as a release asset beside the bundles`
    )
  }
  return predicates
}

/** The reproducible-verdict input checked against the subjects, or "not reproducible". */
function readVerdict(
  files: LoadedFiles,
  subjects: readonly Subject[]
): { reproducible: boolean; reason: string } {
  return files.verdict
    ? parseReproducibleVerdict(
        files.verdict.document,
        { input: 'reproducible-verdict', file: files.verdict.file },
        subjects
      )
    : { reproducible: false, reason: 'no "reproducible-verdict" given' }
}

/** The bundles stored as attestations of the repository the token names. */
async function storeWithGitHub(
  inputs: ProvenanceInputs,
  deps: AttestDeps,
  repository: string,
  signed: readonly SignedStatement[],
  retry: RetryContext
): Promise<StoreOutcome> {
  const { owner, repo } = splitRepository(repository)
  const store = (deps.createStore ?? createGitHubAttestationStore)({
    apiUrl: deps.apiUrl,
    serverUrl: deps.serverUrl,
    owner,
    repo,
    token: deps.githubToken!,
    retry
  })
  const stored = await storeBundles(
    signed.map((s) => s.bundle),
    store,
    {
      onStoreError: inputs.onStoreError,
      concurrency: inputs.signing.concurrency,
      logger: deps.logger
    }
  )
  deps.logger.info(`Stored ${stored.stored.length} attestation(s) with GitHub`)
  return stored
}

/** Every bundle, the .intoto.jsonl and build-provenance.json, written at once. */
async function writeOutputs(
  outputDir: string,
  bundleName: string,
  signed: readonly SignedStatement[],
  summary: BuildProvenanceSummary
): Promise<Pick<AttestResult, 'bundles' | 'intotoJsonl' | 'buildProvenance'>> {
  const jsonl = path.join(outputDir, intotoJsonlFile(bundleName))
  const buildProvenance = path.join(outputDir, BUILD_PROVENANCE_FILE)
  await writeFilesAtomically([
    ...signed.map((s) => ({
      path: path.join(outputDir, s.planned.bundleFile),
      content: `${JSON.stringify(s.bundle)}\n`
    })),
    {
      path: jsonl,
      content: signed.map((s) => `${JSON.stringify(s.bundle)}\n`).join('')
    },
    { path: buildProvenance, content: `${JSON.stringify(summary, null, 2)}\n` }
  ])
  return {
    bundles: signed.map((s) => ({
      kind: s.planned.kind,
      path: path.join(outputDir, s.planned.bundleFile),
      predicateType: s.planned.statement.predicateType,
      subjects: s.planned.statement.subject.length
    })),
    intotoJsonl: jsonl,
    buildProvenance
  }
}
