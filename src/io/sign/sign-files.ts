/**
 * The sign action and `provenant sign`, one core: files -> one session (one
 * certificate) -> every file signed and witnessed, `concurrency` at a time
 * -> (with trusted-root) every bundle verified -> all outputs written at
 * once, or none.
 */
import path from 'node:path'
import { mapWithConcurrency } from '../../lib/sign/concurrency.js'
import type {
  Endpoints,
  RepositoryVisibility,
  SigstoreChoice
} from '../../lib/sign/instance.js'
import type { CertificateIdentity } from '../../lib/sign/identity.js'
import type { SignInputs } from '../../lib/sign/inputs.js'
import type { OutputPaths } from '../../lib/sign/paths.js'
import { planOutputs } from '../../lib/sign/paths.js'
import type { Environment, Logger } from '../../lib/ports.js'
import type { FileToWrite } from '../fs/atomic-write.js'
import { writeFilesAtomically } from '../fs/atomic-write.js'
import { resolveImageInputs } from '../oci/registries.js'
import type { SignedImage } from '../oci/sign-images.js'
import { signImages } from '../oci/sign-images.js'
import { createCredentials } from './credentials.js'
import { isCosignEncryptedKey } from './cosign-key.js'
import { readPassphrase } from './passphrase.js'
import { loadEndpoints } from './endpoints.js'
import { resolveFiles } from './files.js'
import type { RetryContext } from '../net/retry.js'
import { createRetryContext } from '../net/retry.js'
import type { PathFence } from '../fs/path-fence.js'
import { realFence, resolveWritableDir } from '../fs/path-fence.js'
import { scrubSecrets } from '../../lib/net/secrets.js'
import type { BundleChecker } from './self-check.js'
import { loadBundleChecker } from './self-check.js'
import type { SigningSession } from './session.js'
import { createSigningSession } from './session.js'
import type { SignedFile } from './signed-file.js'
import { toSignedFile, toWrites } from './signed-file.js'

export type { SignedFile } from './signed-file.js'
export { PUBLIC_KEY_PLACEHOLDER } from './signed-file.js'

export interface SignFilesDeps {
  /** Where `files` and `output-dir` resolve and may lie: the workspace in the Action, any path on the CLI. */
  fence: PathFence
  /** The runner's environment (ACTIONS_ID_TOKEN_REQUEST_*). */
  env: Readonly<Record<string, string | undefined>>
  visibility: RepositoryVisibility | undefined
  logger: Logger
  /** Called with every token before it is used (the action masks it). */
  onSecret: (secret: string) => void
  environment?: Partial<Environment>
  /** Where registry credentials are read (DOCKER_CONFIG, HOME, GITHUB_TOKEN); process.env when absent. */
  registryEnv?: Readonly<Record<string, string | undefined>>
  /** The trusted root the verify commands name, when not inputs.trustedRoot. */
  verifyTrustedRoot?: string
  /** How messages name the key: `--key cosign.key` on the CLI; `input "key"` by default. */
  keyLabel?: string
  /**
   * The passphrase of a cosign encrypted key, asked for only when the key
   * is one: COSIGN_PASSWORD in the Action, that or a prompt on the CLI.
   */
  passphrase?: (label: string) => Promise<string>
}

export interface SignFilesResult {
  files: SignedFile[]
  images: SignedImage[]
  instance: SigstoreChoice
  keyed: boolean
  identity: string | undefined
  issuer: string | undefined
  certificatesIssued: number
  /** From the first file resolved to the last output written. */
  durationMs: number
}

export async function signFiles(
  inputs: SignInputs,
  deps: SignFilesDeps
): Promise<SignFilesResult> {
  const secrets = new Set<string>()
  const onSecret = (secret: string): void => {
    secrets.add(secret)
    deps.onSecret(secret)
  }
  if (inputs.identityToken) onSecret(inputs.identityToken)
  try {
    return await run(inputs, { ...deps, onSecret })
  } catch (error) {
    throw scrubSecrets(error, secrets)
  }
}

async function run(
  inputs: SignInputs,
  deps: SignFilesDeps
): Promise<SignFilesResult> {
  const { logger } = deps
  const retry = createRetryContext(inputs, logger, deps.environment)
  const environment = retry.env
  const started = environment.now().getTime()
  const fence = await realFence(deps.fence)
  const workspace = fence.base
  const trustedRoot = deps.verifyTrustedRoot ?? inputs.trustedRoot
  const { files, outputs } = await planFiles(inputs, fence, logger)
  const images = await resolveImageInputs(inputs, {
    env: deps.registryEnv ?? process.env,
    retry,
    logger
  })
  const endpoints = await loadEndpoints(
    inputs,
    deps.visibility,
    environment.now()
  )
  const checker = inputs.trustedRoot
    ? await loadBundleChecker(path.resolve(workspace, inputs.trustedRoot))
    : undefined
  if (files.length === 0 && images.length === 0) {
    logger.warning('Nothing to sign: no file matched "files".')
    return {
      files: [],
      images: [],
      instance: endpoints.instance,
      keyed: inputs.key !== undefined,
      identity: undefined,
      issuer: undefined,
      certificatesIssued: 0,
      durationMs: environment.now().getTime() - started
    }
  }
  logger.info(
    `Signing ${describeCount(files.length, images.length)} with the ${endpoints.instance} Sigstore instance (${[endpoints.fulcioUrl, endpoints.rekor?.url, endpoints.tsaUrl].filter(Boolean).join(', ')})`
  )
  const { session, who } = await startSession(inputs, endpoints, deps, retry)
  const { signed, writes } = await signAll(files, outputs, inputs.concurrency, {
    session,
    checker,
    workspace,
    who,
    instance: endpoints.instance,
    trustedRoot,
    logger
  })
  const signedImages = await signImages(images, {
    session,
    who,
    instance: endpoints.instance,
    trustedRoot,
    format: inputs.ociFormat,
    concurrency: inputs.concurrency,
    logger,
    now: () => environment.now()
  })
  await writeFilesAtomically(writes)
  const durationMs = environment.now().getTime() - started
  logger.info(
    `Wrote ${writes.length} file${writes.length === 1 ? '' : 's'} in ${(durationMs / 1000).toFixed(2)} s; ${session.certificatesIssued} certificate${session.certificatesIssued === 1 ? '' : 's'} from Fulcio for ${describeCount(files.length, images.length)}.`
  )
  return {
    files: signed,
    images: signedImages,
    instance: endpoints.instance,
    keyed: session.keyed,
    identity: who?.identity,
    issuer: who?.issuer,
    certificatesIssued: session.certificatesIssued,
    durationMs
  }
}

/** The files the patterns match and where each one's bundle (and .sig/.crt) goes. */
async function planFiles(
  inputs: SignInputs,
  fence: Awaited<ReturnType<typeof realFence>>,
  logger: SignFilesDeps['logger']
) {
  const files = await resolveFiles({
    patterns: inputs.files,
    fence,
    allowEmpty: inputs.allowEmpty,
    logger
  })
  const outputs = planOutputs(files, {
    outputDir:
      inputs.outputDir &&
      (await resolveWritableDir(fence, {
        input: 'output-dir',
        given: inputs.outputDir,
        code: 'SIGN_OUTPUT_OUTSIDE_WORKSPACE',
        fileCode: 'SIGN_OUTPUT_NOT_A_DIRECTORY'
      })),
    legacySig: inputs.legacySig,
    keyed: inputs.key !== undefined
  })
  return { files, outputs }
}

/** The passphrase of a cosign encrypted key (masked in the Action); undefined for other keys. */
async function passphraseFor(
  key: string | undefined,
  label: string,
  deps: SignFilesDeps
): Promise<string | undefined> {
  if (key === undefined || !isCosignEncryptedKey(key)) return undefined
  const passphrase = deps.passphrase
    ? await deps.passphrase(label)
    : await readPassphrase({ env: deps.env, label })
  if (passphrase) deps.onSecret(passphrase)
  return passphrase
}

/** One session for the run (one certificate when keyless), started, and who it signs as. */
async function startSession(
  inputs: SignInputs,
  endpoints: Endpoints,
  deps: SignFilesDeps,
  retry: RetryContext
): Promise<{ session: SigningSession; who: CertificateIdentity | undefined }> {
  const keyLabel = deps.keyLabel ?? 'input "key"'
  const keyPassphrase = await passphraseFor(inputs.key, keyLabel, deps)
  const session = createSigningSession({
    credentials: createCredentials(inputs, endpoints, {
      env: deps.env,
      retry,
      onSecret: deps.onSecret,
      keyLabel,
      ...(keyPassphrase !== undefined ? { keyPassphrase } : {})
    }),
    endpoints,
    retry
  })
  await session.start()
  const who = await session.identity()
  if (who) {
    deps.logger.info(
      `Certificate identity ${who.identity}, issuer ${who.issuer}`
    )
  }
  return { session, who }
}

interface SignContext {
  session: SigningSession
  checker: BundleChecker | undefined
  workspace: string
  who: CertificateIdentity | undefined
  instance: SigstoreChoice
  trustedRoot: string | undefined
  logger: Logger
}

/** Every file signed (and checked), `concurrency` at a time: the results and what to write. */
async function signAll(
  files: readonly string[],
  outputs: readonly OutputPaths[],
  concurrency: number,
  context: SignContext
): Promise<{ signed: SignedFile[]; writes: FileToWrite[] }> {
  const { session, checker, workspace, who, instance, trustedRoot, logger } =
    context
  const writes: FileToWrite[] = []
  const signed = await mapWithConcurrency(
    files,
    concurrency,
    async (file, i) => {
      const out = outputs[i]!
      const artifact = await session.signFile(file)
      checker?.check(artifact.bundle, session.publicKey, file)
      writes.push(...toWrites(artifact, out))
      const result = toSignedFile(artifact, {
        file,
        workspace,
        out,
        who,
        instance,
        trustedRoot
      })
      logger.info(
        `signed ${result.relativePath} (sha256 ${result.sha256})${result.logIndex ? `, log index ${result.logIndex}` : ''}`
      )
      return result
    }
  )
  return { signed, writes }
}

/** "3 files and 2 images", "1 file", "2 images". */
function describeCount(files: number, images: number): string {
  const parts: string[] = []
  if (files > 0 || images === 0)
    parts.push(`${files} file${files === 1 ? '' : 's'}`)
  if (images > 0) parts.push(`${images} image${images === 1 ? '' : 's'}`)
  return parts.join(' and ')
}
