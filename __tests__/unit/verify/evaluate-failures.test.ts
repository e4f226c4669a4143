/** Each kind of failing evidence fails its row with its own code (pure). */
import { describe, expect, it } from '@jest/globals'
import { evaluateArtifact } from '../../../src/lib/verify/evaluate.js'
import type { ArtifactEvidence } from '../../../src/lib/verify/evidence.js'
import type { VerifyPolicy } from '../../../src/lib/verify/policy.js'
import {
  A,
  B,
  SAN,
  SIGNER,
  attestation,
  bundle,
  ctx,
  evidence,
  policy,
  subject
} from '../../helpers/verify-evidence.js'
import { sbomStatement, slsaStatement } from '../../helpers/verify-fixtures.js'

describe('evaluateArtifact failures', () => {
  it.each<
    [string, Partial<ArtifactEvidence>, Partial<VerifyPolicy>, string, string]
  >([
    [
      'a bad signature',
      { signatures: [bundle(false)] },
      {},
      'signature',
      'VERIFY_SIGNATURE_INVALID'
    ],
    [
      'a swapped bundle',
      {
        signatures: [
          {
            source: 'x',
            form: 'bundle',
            result: {
              ok: false,
              code: 'VERIFY_DIGEST_MISMATCH',
              reason: 'r',
              signedDigest: B
            }
          }
        ]
      },
      {},
      'signature',
      'VERIFY_BUNDLE_OF_OTHER_ARTIFACT'
    ],
    [
      'a changed file',
      {
        signatures: [
          {
            source: 'x',
            form: 'bundle',
            result: {
              ok: false,
              code: 'VERIFY_DIGEST_MISMATCH',
              reason: 'r',
              signedDigest: 'c'.repeat(64)
            }
          }
        ]
      },
      {},
      'signature',
      'VERIFY_DIGEST_MISMATCH'
    ],
    [
      'no signature when required',
      {},
      {},
      'signature',
      'VERIFY_SIGNATURE_ABSENT'
    ],
    [
      'another identity',
      { signatures: [bundle()] },
      { identity: `${SAN}x` },
      'identity',
      'VERIFY_IDENTITY_MISMATCH'
    ],
    [
      'a legacy pair alone',
      {
        signatures: [
          {
            source: 'a.sig',
            form: 'legacy',
            result: { ok: true, signer: SIGNER, logged: false }
          }
        ]
      },
      {},
      'signature',
      'VERIFY_SIGNATURE_UNLOGGED'
    ],
    [
      'provenance absent when required',
      { signatures: [bundle()] },
      { require: ['provenance'] },
      'provenance',
      'VERIFY_PROVENANCE_ABSENT'
    ],
    [
      'provenance naming other bytes',
      {
        attestations: [
          attestation(slsaStatement([{ name: 'a.tgz', digest: { sha256: B } }]))
        ]
      },
      {},
      'provenance',
      'VERIFY_SUBJECT_MISMATCH'
    ],
    [
      'provenance with a bad signature',
      {
        attestations: [
          attestation(
            slsaStatement([{ name: 'a.tgz', digest: { sha256: A } }]),
            false
          )
        ]
      },
      {},
      'provenance',
      'VERIFY_SIGNATURE_INVALID'
    ],
    [
      'another builder',
      {
        attestations: [
          attestation(slsaStatement([{ name: 'a.tgz', digest: { sha256: A } }]))
        ]
      },
      { builderId: 'https://github.com/other/builder' },
      'builder',
      'VERIFY_BUILDER_MISMATCH'
    ],
    [
      'a provenance claiming another source than its certificate',
      {
        attestations: [
          attestation(
            slsaStatement([{ name: 'a.tgz', digest: { sha256: A } }], {
              repository: 'x/y'
            })
          )
        ]
      },
      { sourceUri: 'github.com/provenant-demo/hello' },
      'provenance',
      'VERIFY_CLAIM_REPOSITORY_MISMATCH'
    ],
    [
      'a certificate naming another source',
      {
        attestations: [
          attestation(slsaStatement([{ name: 'a.tgz', digest: { sha256: A } }]))
        ]
      },
      { sourceUri: 'github.com/x/y' },
      'source',
      'VERIFY_SOURCE_MISMATCH'
    ],
    [
      'a provenance claiming another builder than its certificate',
      {
        attestations: [
          attestation(
            slsaStatement([{ name: 'a.tgz', digest: { sha256: A } }], {
              builderId:
                'https://github.com/x/y/.github/workflows/release.yml@refs/heads/main'
            })
          )
        ]
      },
      {},
      'provenance',
      'VERIFY_CLAIM_BUILDER_MISMATCH'
    ],
    [
      'an SBOM attestation naming other bytes',
      {
        signatures: [bundle()],
        attestations: [
          attestation(sbomStatement([{ name: 'a.tgz', digest: { sha256: B } }]))
        ]
      },
      {},
      'sbom',
      'VERIFY_SBOM_SUBJECT_MISMATCH'
    ],
    [
      'an invalid SBOM file',
      {
        signatures: [bundle()],
        sboms: [
          {
            source: 'sbom.json',
            problem: { code: 'VERIFY_SBOM_INVALID', reason: 'no' }
          }
        ]
      },
      {},
      'sbom',
      'VERIFY_SBOM_INVALID'
    ],
    [
      'a checksum line for other bytes',
      {
        signatures: [bundle()],
        checksums: [
          {
            source: 'SHA256SUMS',
            file: {
              entries: [
                { name: 'a.tgz', algorithm: 'sha256', hex: B, line: 1 }
              ],
              skippedLines: 0
            }
          }
        ]
      },
      {},
      'checksum',
      'VERIFY_CHECKSUM_MISMATCH'
    ],
    [
      'a verdict of not reproducible',
      {
        signatures: [bundle()],
        rebuilds: [
          {
            source: 'report.json',
            signed: false,
            entries: [{ digest: { sha256: A }, reproducible: false }]
          }
        ]
      },
      {},
      'reproducible',
      'VERIFY_NOT_REPRODUCIBLE'
    ],
    [
      'no verdict when required',
      { signatures: [bundle()] },
      { require: ['reproducible'] },
      'reproducible',
      'VERIFY_REPRODUCIBLE_ABSENT'
    ]
  ])('fails %s', (_name, found, asked, check, code) => {
    const report = evaluateArtifact(
      subject,
      evidence(found),
      policy(asked),
      ctx
    )
    expect(report.verified).toBe(false)
    expect(report.checks[check as 'signature']).toMatchObject({
      status: 'fail',
      code
    })
  })
})
