import { describe, expect, it } from '@jest/globals'
import {
  splitSource,
  toProvenanceFacts
} from '../../../src/lib/verify/provenance.js'
import { toStatement } from '../../../src/lib/verify/statement.js'
import { slsaStatement } from '../../helpers/verify-fixtures.js'

const v1 = toStatement(
  slsaStatement([{ name: 'a', digest: { sha256: 'ab' } }], {
    ref: 'refs/tags/v1.2.3'
  })
)!

/** slsa-github-generator's v0.2 shape. */
const v02 = toStatement({
  _type: 'https://in-toto.io/Statement/v0.1',
  subject: [{ name: 'a', digest: { sha256: 'ab' } }],
  predicateType: 'https://slsa.dev/provenance/v0.2',
  predicate: {
    builder: {
      id: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v1.5.0'
    },
    buildType:
      'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
    invocation: {
      configSource: {
        uri: 'git+https://github.com/slsa-framework/example-package@refs/heads/main',
        digest: { sha1: '5b7a8c0c1e2f' },
        entryPoint: '.github/workflows/e2e.generic.yml'
      }
    },
    metadata: { buildInvocationId: '4128571590-1' }
  }
})!

describe('provenance facts', () => {
  it('reads SLSA v1 as the provenance feature writes it', () => {
    expect(toProvenanceFacts(v1)).toMatchObject({
      predicateType: 'https://slsa.dev/provenance/v1',
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      builderId:
        'https://github.com/provenant-demo/hello/.github/workflows/release.yml@refs/heads/main',
      sourceUri: 'git+https://github.com/provenant-demo/hello@refs/tags/v1.2.3',
      sourceRef: 'refs/tags/v1.2.3',
      sourceCommit: '3f786850e387550fdab836ed7e6dc881de23001b',
      repository: 'https://github.com/provenant-demo/hello',
      workflowPath: '.github/workflows/release.yml',
      runnerEnvironment: 'github-hosted'
    })
  })

  it('reads SLSA v0.2 as slsa-github-generator writes it', () => {
    expect(toProvenanceFacts(v02)).toMatchObject({
      builderId:
        'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v1.5.0',
      sourceRef: 'refs/heads/main',
      sourceCommit: '5b7a8c0c1e2f',
      workflowPath: '.github/workflows/e2e.generic.yml',
      invocationId: '4128571590-1'
    })
  })

  it('splits source URIs', () => {
    expect(
      splitSource('git+https://github.com/o/r.git@refs/tags/pkg@1.0.0')
    ).toEqual({
      repository: 'github.com/o/r',
      ref: 'refs/tags/pkg@1.0.0'
    })
    expect(splitSource('github.com/o/r')).toEqual({
      repository: 'github.com/o/r'
    })
  })
})
