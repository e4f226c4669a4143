/**
 * buildSlsaPredicate against what @actions/attest's
 * buildSLSAProvenancePredicate writes for the same claims (its
 * packages/attest/src/provenance.ts, transcribed field for field below).
 */
import { describe, expect, it } from '@jest/globals'
import {
  GITHUB_WORKFLOW_BUILD_TYPE,
  buildSlsaPredicate,
  splitWorkflowRef
} from '../../../src/lib/provenance/slsa.js'
import { TAG_CLAIMS } from '../../helpers/provenance-claims.js'

/** @actions/attest's predicate.params for TAG_CLAIMS on github.com. */
const ACTIONS_ATTEST_PARAMS = {
  buildDefinition: {
    buildType: 'https://actions.github.io/buildtypes/workflow/v1',
    externalParameters: {
      workflow: {
        ref: 'refs/tags/v1.2.3',
        repository: 'https://github.com/acme/widget',
        path: '.github/workflows/release.yml'
      }
    },
    internalParameters: {
      github: {
        event_name: 'push',
        repository_id: '42',
        repository_owner_id: '7',
        runner_environment: 'github-hosted'
      }
    },
    resolvedDependencies: [
      {
        uri: 'git+https://github.com/acme/widget@refs/tags/v1.2.3',
        digest: { gitCommit: 'b'.repeat(40) }
      }
    ]
  },
  runDetails: {
    builder: {
      id: 'https://github.com/acme/shared/.github/workflows/build.yml@refs/heads/main'
    },
    metadata: {
      invocationId: 'https://github.com/acme/widget/actions/runs/555/attempts/2'
    }
  }
}

describe('buildSlsaPredicate', () => {
  it('matches @actions/attest field for field', () => {
    expect(buildSlsaPredicate(TAG_CLAIMS, 'https://github.com')).toEqual(
      ACTIONS_ATTEST_PARAMS
    )
    expect(GITHUB_WORKFLOW_BUILD_TYPE).toBe(
      ACTIONS_ATTEST_PARAMS.buildDefinition.buildType
    )
  })

  it('is a pure function of the claims and the server URL (GHES, trailing slash)', () => {
    const predicate = buildSlsaPredicate(TAG_CLAIMS, 'https://ghes.example/')
    expect(predicate.runDetails.builder.id).toBe(
      'https://ghes.example/acme/shared/.github/workflows/build.yml@refs/heads/main'
    )
    expect(predicate.buildDefinition.resolvedDependencies[0]!.uri).toBe(
      'git+https://ghes.example/acme/widget@refs/tags/v1.2.3'
    )
  })
})

describe('splitWorkflowRef', () => {
  it.each([
    [
      'acme/widget/.github/workflows/release.yml@refs/heads/main',
      '.github/workflows/release.yml',
      'refs/heads/main'
    ],
    [
      'acme/widget/.github/workflows/release.yml@refs/tags/@acme/pkg@1.0.0',
      '.github/workflows/release.yml',
      'refs/tags/@acme/pkg@1.0.0'
    ]
  ])('%s -> %s @ %s', (ref, path, gitRef) => {
    expect(splitWorkflowRef(ref, 'acme/widget')).toEqual({ path, ref: gitRef })
  })
})
