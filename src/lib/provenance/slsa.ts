/**
 * SLSA provenance v1 for a GitHub Actions workflow run, from the run's OIDC
 * claims: field for field what the actions/attest package's
 * buildSLSAProvenancePredicate writes (buildType
 * https://actions.github.io/buildtypes/workflow/v1), as a pure function of
 * the claims and the server URL.
 */
import type { ProvenanceClaims } from './claims.js'

export const SLSA_PROVENANCE_V1_TYPE = 'https://slsa.dev/provenance/v1'
export const GITHUB_WORKFLOW_BUILD_TYPE =
  'https://actions.github.io/buildtypes/workflow/v1'

export interface SlsaProvenancePredicate {
  buildDefinition: {
    buildType: string
    externalParameters: {
      workflow: { ref: string; repository: string; path: string }
    }
    internalParameters: {
      github: {
        event_name: string
        repository_id: string
        repository_owner_id: string
        runner_environment: string
      }
    }
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[]
  }
  runDetails: {
    builder: { id: string }
    metadata: { invocationId: string }
  }
}

/**
 * `owner/repo/.github/workflows/release.yml@refs/tags/v1` ->
 * path `.github/workflows/release.yml`, ref `refs/tags/v1` (a ref may itself
 * hold `@`, as changesets' tags do).
 */
export function splitWorkflowRef(
  workflowRef: string,
  repository: string
): { path: string; ref: string } {
  const [path = '', ...ref] = workflowRef
    .replace(`${repository}/`, '')
    .split('@')
  return { path, ref: ref.join('@') }
}

export function buildSlsaPredicate(
  claims: ProvenanceClaims,
  serverUrl: string
): SlsaProvenancePredicate {
  const server = serverUrl.replace(/\/+$/, '')
  const workflow = splitWorkflowRef(claims.workflow_ref, claims.repository)
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: {
          ref: workflow.ref,
          repository: `${server}/${claims.repository}`,
          path: workflow.path
        }
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment
        }
      },
      resolvedDependencies: [
        {
          uri: `git+${server}/${claims.repository}@${claims.ref}`,
          digest: { gitCommit: claims.sha }
        }
      ]
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`
      }
    }
  }
}
