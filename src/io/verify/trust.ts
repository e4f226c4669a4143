/**
 * Trust material, gathered once per run and shared by every check: from
 * --trusted-root, else the public-good trusted root embedded in Provenant
 * (@sigstore/tuf's seeds, bundled by ncc) refreshed through TUF when online.
 * An unreachable mirror is not fatal: the embedded root is used and the
 * report says so.
 */
import { readFile } from 'node:fs/promises'
import type crypto from 'node:crypto'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import type { TrustMaterial } from '@sigstore/verify'
import { toTrustMaterial } from '@sigstore/verify'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { InputError, ServiceError } from '../../lib/errors.js'
import type { TrustSummary } from '../../lib/verify/report.js'

export const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev'
const TRUSTED_ROOT_TARGET = 'trusted_root.json'
const TUF_TIMEOUT_MS = 5000

export interface TrustOptions {
  /** Path of a trusted_root.json (private instances, the local stack). */
  trustedRoot?: string
  offline: boolean
  /** Sigstore's staging instance (the conformance protocol's --staging). */
  staging?: boolean
  /** For bundles signed with a key: the key that must have signed. */
  publicKey?: crypto.KeyObject
  /** Where TUF caches metadata; sigstore-js's default when unset. */
  tufCachePath?: string
  /** The public-good TUF mirror (tests point it elsewhere). */
  tufMirrorUrl?: string
}

export interface GatheredTrust {
  material: TrustMaterial
  summary: TrustSummary
  /** CT logs in the root: SCTs are required only when there are any. */
  ctlogCount: number
}

export async function gatherTrust(
  options: TrustOptions
): Promise<GatheredTrust> {
  const warnings: string[] = []
  let root: TrustedRoot
  let source: TrustSummary['source']
  let description: string
  if (options.trustedRoot !== undefined) {
    root = await readTrustedRootFile(options.trustedRoot)
    source = 'file'
    description = `${options.trustedRoot} (--trusted-root)`
  } else if (options.staging) {
    if (options.offline) {
      throw new InputError(
        'VERIFY_STAGING_OFFLINE',
        'the staging trusted root is not embedded: give --trusted-root, or drop --offline'
      )
    }
    const { fetchStagingRoot, STAGING_TUF_URL } = await import('./staging.js')
    root = await fetchStagingRoot(options.tufCachePath, TUF_TIMEOUT_MS)
    source = 'tuf'
    description = `Sigstore staging, refreshed through TUF from ${STAGING_TUF_URL}`
  } else if (options.offline) {
    root = embeddedPublicGoodRoot()
    source = 'embedded'
    description =
      'Sigstore public-good, embedded in Provenant (--offline: not refreshed)'
  } else {
    const mirror = options.tufMirrorUrl ?? PUBLIC_GOOD_TUF_URL
    try {
      // Loaded only when used: TUF's HTTP stack is most of verify's start-up.
      const { getTrustedRoot } = await import('@sigstore/tuf')
      root = await getTrustedRoot({
        mirrorURL: mirror,
        ...(options.tufCachePath ? { cachePath: options.tufCachePath } : {}),
        timeout: TUF_TIMEOUT_MS,
        retry: { retries: 1 }
      })
      source = 'tuf'
      description = `Sigstore public-good, refreshed through TUF from ${mirror}`
    } catch (error) {
      root = embeddedPublicGoodRoot()
      source = 'embedded'
      description = 'Sigstore public-good, embedded in Provenant'
      warnings.push(
        `could not refresh the trusted root from ${mirror} (${(error as Error).message}); used the one embedded in Provenant, which may lack keys newer than this release of Provenant`
      )
    }
  }
  const key = options.publicKey
  const material = key
    ? toTrustMaterial(root, () => ({ publicKey: key, validFor: () => true }))
    : toTrustMaterial(root)
  return {
    material,
    summary: { source, description, warnings },
    ctlogCount: root.ctlogs.length
  }
}

/** The trusted root @sigstore/tuf ships for the public-good TUF repository. */
export function embeddedPublicGoodRoot(): TrustedRoot {
  const repo = (seeds as Record<string, { targets: Record<string, string> }>)[
    PUBLIC_GOOD_TUF_URL
  ]
  const target = repo?.targets[TRUSTED_ROOT_TARGET]
  if (!target) {
    throw new ServiceError('tuf', 'no embedded public-good trusted root')
  }
  return TrustedRoot.fromJSON(
    JSON.parse(Buffer.from(target, 'base64').toString('utf8'))
  )
}

export async function readTrustedRootFile(file: string): Promise<TrustedRoot> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(
      'VERIFY_TRUSTED_ROOT_MISSING',
      `cannot read --trusted-root ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { cause: error }
    )
  }
  try {
    const json = JSON.parse(text) as { mediaType?: unknown }
    if (
      typeof json.mediaType !== 'string' ||
      !json.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')
    ) {
      throw new Error('no trustedroot mediaType')
    }
    return TrustedRoot.fromJSON(json)
  } catch (error) {
    throw new InputError(
      'VERIFY_TRUSTED_ROOT_INVALID',
      `--trusted-root ${file} is not a Sigstore trusted_root.json (${(error as Error).message})`,
      { cause: error }
    )
  }
}
