import type { ProvenanceClaims } from '../../src/lib/provenance/claims.js'

/** A tag push in acme/widget, built by a reusable workflow in acme/shared. */
export const TAG_CLAIMS: ProvenanceClaims = {
  iss: 'https://token.actions.githubusercontent.com',
  ref: 'refs/tags/v1.2.3',
  sha: 'b'.repeat(40),
  repository: 'acme/widget',
  event_name: 'push',
  workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
  job_workflow_ref: 'acme/shared/.github/workflows/build.yml@refs/heads/main',
  repository_id: '42',
  repository_owner_id: '7',
  runner_environment: 'github-hosted',
  run_id: '555',
  run_attempt: '2'
}
