/**
 * What an SBOM says about its making, read from the environment by the
 * entry points and passed on: the time (SOURCE_DATE_EPOCH, else now) and the
 * build environment (runner OS, image, Node version).
 */
import {
  parseSourceDateEpoch,
  type SbomDocumentOptions
} from '../../lib/sbom/document.js'
import { PROVENANT_VERSION } from '../../lib/version.js'

export interface SbomContextDeps {
  env: Readonly<Record<string, string | undefined>>
  now: () => Date
  nodeVersion: string
}

export function readSbomDocumentOptions(
  deps: SbomContextDeps
): SbomDocumentOptions {
  const { env } = deps
  const image =
    env.ImageOS && env.ImageVersion
      ? `${env.ImageOS}/${env.ImageVersion}`
      : env.ImageOS
  return {
    toolVersion: PROVENANT_VERSION,
    timestamp: parseSourceDateEpoch(env.SOURCE_DATE_EPOCH) ?? deps.now(),
    environment: {
      runnerOs: env.RUNNER_OS || undefined,
      runnerImage: image || undefined,
      nodeVersion: deps.nodeVersion
    }
  }
}
