import { describe, expect, it } from '@jest/globals'
import { buildBuildProvenanceSummary } from '../../../src/lib/provenance/build-provenance.js'
import { TAG_CLAIMS } from '../../helpers/provenance-claims.js'

describe('buildBuildProvenanceSummary', () => {
  it('has the Pulse SDK document’s shape and values', () => {
    expect(
      buildBuildProvenanceSummary(TAG_CLAIMS, 'https://github.com', true)
    ).toEqual({
      buildType:
        'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3',
      builder: { id: 'https://github.com/actions/runner/github-hosted' },
      invocation: {
        configSource: {
          uri: `git+https://github.com/acme/widget@${'b'.repeat(40)}`,
          digest: { sha1: 'b'.repeat(40) },
          entryPoint: '.github/workflows/release.yml'
        }
      },
      metadata: { buildInvocationId: '555-2', reproducible: true }
    })
  })

  it('says self-hosted runners and no verdict as they are', () => {
    const summary = buildBuildProvenanceSummary(
      { ...TAG_CLAIMS, runner_environment: 'self-hosted' },
      'https://github.com',
      false
    )
    expect(summary.builder.id).toBe(
      'https://github.com/actions/runner/self-hosted'
    )
    expect(summary.metadata.reproducible).toBe(false)
  })
})
