/**
 * build-provenance.json: the human-readable summary of the build that the
 * Pulse SDK's release documentation ships beside its artifacts, in that
 * document's shape (buildType, builder.id, invocation.configSource,
 * metadata.buildInvocationId, metadata.reproducible).
 */
import type { ProvenanceClaims } from './claims.js'
import { splitWorkflowRef } from './slsa.js'

export const BUILD_PROVENANCE_FILE = 'build-provenance.json'

/** Where the runner software comes from, as the Pulse SDK document names builders. */
export const RUNNER_BUILDER_BASE = 'https://github.com/actions/runner'

export interface BuildProvenanceSummary {
  /** The workflow that ran, as a URL: `<server>/<workflow_ref>`. */
  buildType: string
  /** The runner kind: `https://github.com/actions/runner/github-hosted` or `.../self-hosted`. */
  builder: { id: string }
  invocation: {
    configSource: {
      uri: string
      digest: { sha1: string }
      entryPoint: string
    }
  }
  metadata: {
    /** `<run_id>-<run_attempt>`. */
    buildInvocationId: string
    /** True only when a rebuild verdict says the artifacts were reproduced. */
    reproducible: boolean
  }
}

export function buildBuildProvenanceSummary(
  claims: ProvenanceClaims,
  serverUrl: string,
  reproducible: boolean
): BuildProvenanceSummary {
  const server = serverUrl.replace(/\/+$/, '')
  const workflow = splitWorkflowRef(claims.workflow_ref, claims.repository)
  return {
    buildType: `${server}/${claims.workflow_ref}`,
    builder: { id: `${RUNNER_BUILDER_BASE}/${claims.runner_environment}` },
    invocation: {
      configSource: {
        uri: `git+${server}/${claims.repository}@${claims.sha}`,
        digest: { sha1: claims.sha },
        entryPoint: workflow.path
      }
    },
    metadata: {
      buildInvocationId: `${claims.run_id}-${claims.run_attempt}`,
      reproducible
    }
  }
}
