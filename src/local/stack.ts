/**
 * The whole embedded local stack: Sigstore (Fulcio, Rekor, TSA), the OIDC
 * issuer that stands in for GitHub Actions' token service, the GitHub REST
 * subset, and an OSV mirror (the advisories it is given, as OSV exports). Everything listens on 127.0.0.1 with ports the system chooses, and
 * close() stops it all.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createLocalJWKSet, jwtVerify } from 'jose'
import type { LocalGitHubApi } from './github/api.js'
import { startGitHubApi } from './github/api.js'
import type { GitHubClaims, OidcIssuer } from './oidc.js'
import { startOidcIssuer } from './oidc.js'
import { GITHUB_SERVER_URL } from './oidc-claims.js'
import type { LocalOsvMirror } from './osv.js'
import { startOsvMirror } from './osv.js'
import type { LocalSigstore } from './sigstore/index.js'
import { startLocalSigstore } from './sigstore/index.js'
import type { TrustedRootJson } from './sigstore/trusted-root.js'
import { buildSigningConfig } from './sigstore/trusted-root.js'

/** The audience Fulcio requires of identity tokens. */
export const SIGSTORE_AUDIENCE = 'sigstore'
export const TRUSTED_ROOT_FILE = 'trusted_root.json'
export const SIGNING_CONFIG_FILE = 'signing_config.json'

export interface LocalStackOptions {
  /** The runner environment (GITHUB_*) the token claims are taken from. */
  env?: Readonly<Record<string, string | undefined>>
  claims?: Partial<GitHubClaims>
  /** The token the GitHub API accepts; random when absent. */
  githubToken?: string
  /** OSV advisories (files or directories) the OSV mirror serves; more with `osv.load`. */
  osv?: readonly string[]
}

export interface LocalStack {
  sigstore: LocalSigstore
  oidc: OidcIssuer
  github: LocalGitHubApi
  /** Serves <osv.url>/<Ecosystem>/all.zip, for the scan's osv-url. */
  osv: LocalOsvMirror
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  trustedRoot: TrustedRootJson
  signingConfig: object
  /**
   * What a process needs to use the stack as a runner would: the OIDC
   * request variables, the GitHub API, and the Sigstore action inputs.
   */
  env: Record<string, string>
  /** Writes trusted_root.json and signing_config.json into `dir`. */
  writeTrust(
    dir: string
  ): Promise<{ trustedRoot: string; signingConfig: string }>
  close(): Promise<void>
}

export async function startLocalStack(
  options: LocalStackOptions = {}
): Promise<LocalStack> {
  const closers: (() => Promise<void>)[] = []
  const closeAll = async (): Promise<void> => {
    await Promise.all(closers.splice(0).map((close) => close()))
  }
  try {
    const oidc = await startOidcIssuer({
      env: options.env ?? {},
      ...(options.claims ? { claims: options.claims } : {})
    })
    closers.push(() => oidc.close())
    const jwks = createLocalJWKSet(oidc.jwks)
    const sigstore = await startLocalSigstore({
      verifyToken: async (token) => {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: oidc.url,
          audience: SIGSTORE_AUDIENCE
        })
        return payload
      }
    })
    closers.push(() => sigstore.close())
    const github = await startGitHubApi(
      options.githubToken ? { token: options.githubToken } : {}
    )
    closers.push(() => github.close())
    const osv = await startOsvMirror(options.osv ?? [])
    closers.push(() => osv.close())

    const signingConfig = buildSigningConfig({
      fulcioUrl: sigstore.fulcioUrl,
      oidcUrl: oidc.url,
      rekorUrl: sigstore.rekorUrl,
      tsaUrl: sigstore.tsaUrl,
      now: new Date()
    })
    const env = stackEnv(oidc, sigstore, github)
    return {
      sigstore,
      oidc,
      github,
      osv,
      fulcioUrl: sigstore.fulcioUrl,
      rekorUrl: sigstore.rekorUrl,
      tsaUrl: sigstore.tsaUrl,
      trustedRoot: sigstore.trustedRoot,
      signingConfig,
      env,
      writeTrust: async (dir) => {
        await mkdir(dir, { recursive: true })
        const trustedRoot = path.join(dir, TRUSTED_ROOT_FILE)
        const signingConfigPath = path.join(dir, SIGNING_CONFIG_FILE)
        await writeJsonAtomically(trustedRoot, sigstore.trustedRoot)
        await writeJsonAtomically(signingConfigPath, signingConfig)
        return { trustedRoot, signingConfig: signingConfigPath }
      },
      close: closeAll
    }
  } catch (error) {
    await closeAll()
    throw error
  }
}

/** The variables that point an action at the stack: the runner's OIDC request, the GitHub API and repository, the Sigstore services. */
function stackEnv(
  oidc: Awaited<ReturnType<typeof startOidcIssuer>>,
  sigstore: Awaited<ReturnType<typeof startLocalSigstore>>,
  github: Awaited<ReturnType<typeof startGitHubApi>>
): Record<string, string> {
  const claims = oidc.claims
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL,
    GITHUB_TOKEN: github.token,
    GITHUB_REPOSITORY: claims.repository,
    GITHUB_REPOSITORY_ID: claims.repository_id,
    GITHUB_REPOSITORY_OWNER: claims.repository_owner,
    GITHUB_REPOSITORY_OWNER_ID: claims.repository_owner_id,
    GITHUB_SHA: claims.sha,
    GITHUB_REF: claims.ref,
    GITHUB_WORKFLOW_REF: claims.workflow_ref,
    GITHUB_EVENT_NAME: claims.event_name,
    GITHUB_RUN_ID: claims.run_id,
    GITHUB_RUN_ATTEMPT: claims.run_attempt,
    RUNNER_ENVIRONMENT: claims.runner_environment,
    INPUT_SIGSTORE: 'custom',
    INPUT_FULCIO_URL: sigstore.fulcioUrl,
    INPUT_REKOR_URL: sigstore.rekorUrl,
    INPUT_TSA_URL: sigstore.tsaUrl,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost'
  }
}

async function writeJsonAtomically(
  file: string,
  value: unknown
): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`)
  await rename(temp, file)
}
