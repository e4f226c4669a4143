/** One artifact's evidence held to the policy (pure): rows, requirements, signers. */
import { describe, expect, it } from '@jest/globals'
import { evaluateArtifact } from '../../../src/lib/verify/evaluate.js'
import type { SignatureEvidence } from '../../../src/lib/verify/evidence.js'
import { toStatement } from '../../../src/lib/verify/statement.js'
import {
  A,
  ISSUER,
  SAN,
  SIGNER,
  attestation,
  bundle,
  ctx,
  evidence,
  policy,
  subject
} from '../../helpers/verify-evidence.js'
import { slsaStatement } from '../../helpers/verify-fixtures.js'

describe('evaluateArtifact', () => {
  it('passes a verified bundle and marks what is absent', () => {
    const report = evaluateArtifact(
      subject,
      evidence({ signatures: [bundle()] }),
      policy(),
      ctx
    )
    expect(report.verified).toBe(true)
    expect(report.checks.signature.status).toBe('pass')
    expect(report.checks.identity).toMatchObject({
      status: 'pass',
      reason: `signed by ${SAN} (issuer ${ISSUER})`
    })
    expect(report.checks.provenance.status).toBe('absent')
    expect(report.checks.sbom.status).toBe('absent')
  })

  it('counts a verified attestation over the digest as the signature', () => {
    const report = evaluateArtifact(
      subject,
      evidence({
        attestations: [
          attestation(slsaStatement([{ name: 'x', digest: { sha256: A } }]))
        ]
      }),
      policy({
        require: ['signature', 'provenance'],
        builderId:
          'https://github.com/provenant-demo/hello/.github/workflows/release.yml'
      }),
      ctx
    )
    expect(report.verified).toBe(true)
    expect(report.checks.signature.reason).toMatch(
      /signed through the attestation/
    )
    expect(report.checks.builder.status).toBe('pass')
    expect(report.checks.source.status).toBe('skipped')
  })

  it('accepts a legacy pair with --insecure-ignore-tlog, and never needs it beside a bundle', () => {
    const legacy: SignatureEvidence = {
      source: 'a.sig',
      form: 'legacy',
      result: { ok: true, signer: SIGNER, logged: false }
    }
    expect(
      evaluateArtifact(
        subject,
        evidence({ signatures: [legacy] }),
        policy({ insecureIgnoreTlog: true }),
        ctx
      ).verified
    ).toBe(true)
    expect(
      evaluateArtifact(
        subject,
        evidence({ signatures: [bundle(), legacy] }),
        policy(),
        ctx
      ).verified
    ).toBe(true)
  })

  it('does not hold a rebuild verdict signer to the release identity', () => {
    const rebuilder = {
      ...SIGNER,
      identity:
        'https://github.com/o/r/.github/workflows/reproducibility.yml@refs/tags/v1'
    }
    const verdict = {
      source: 'rebuild.intoto.jsonl',
      statement: toStatement({
        _type: 't',
        subject: [{ name: 'a.tgz', digest: { sha256: A } }],
        predicateType: 'https://provenant.dev/rebuild/v1',
        predicate: { reproducible: true }
      })!,
      result: { ok: true as const, signer: rebuilder, logged: true }
    }
    const report = evaluateArtifact(
      subject,
      evidence({ signatures: [bundle()], attestations: [verdict] }),
      policy({ require: ['signature', 'reproducible'] }),
      ctx
    )
    expect(report.verified).toBe(true)
    expect(report.checks.reproducible.status).toBe('pass')
  })

  describe('with a rebuilder named (--rebuilder-identity)', () => {
    const REBUILDER =
      'https://github.com/o/r/.github/workflows/reproducibility.yml@refs/tags/v1'
    const verdictSignedBy = (identity: string, issuer = ISSUER) => ({
      source: 'rebuild.sigstore.json',
      statement: toStatement({
        _type: 't',
        subject: [{ name: 'a.tgz', digest: { sha256: A } }],
        predicateType: 'https://provenant.dev/rebuild/v1',
        predicate: { reproducible: true }
      })!,
      result: {
        ok: true as const,
        signer: { ...SIGNER, identity, issuer },
        logged: true
      }
    })
    const unsignedReport = {
      source: 'report.json',
      entries: [{ digest: { sha256: A }, reproducible: true }],
      signed: false
    }
    const evaluate = (
      found: Parameters<typeof evidence>[0],
      rebuilder?: { identity?: string; identityRegexp?: RegExp }
    ) =>
      evaluateArtifact(
        subject,
        evidence({ signatures: [bundle()], ...found }),
        policy({
          require: ['signature', 'reproducible'],
          ...(rebuilder ? { rebuilder } : {})
        }),
        ctx
      ).checks.reproducible

    it('counts a verdict that rebuilder signed', () => {
      expect(
        evaluate(
          { attestations: [verdictSignedBy(REBUILDER)] },
          { identity: REBUILDER }
        )
      ).toMatchObject({ status: 'pass' })
      expect(
        evaluate(
          { attestations: [verdictSignedBy(REBUILDER)] },
          { identityRegexp: /^https:\/\/github\.com\/o\/r\// }
        )
      ).toMatchObject({ status: 'pass' })
    })

    it.each([
      ['another identity', verdictSignedBy(`${REBUILDER}x`), /not https/],
      [
        'another issuer',
        verdictSignedBy(REBUILDER, 'https://issuer.example'),
        /OIDC issuer https:\/\/issuer\.example/
      ]
    ])('fails a verdict signed by %s', (_, verdict, reason) => {
      expect(
        evaluate({ attestations: [verdict] }, { identity: REBUILDER })
      ).toMatchObject({
        status: 'fail',
        code: 'VERIFY_REBUILDER_MISMATCH',
        reason: expect.stringMatching(reason) as unknown
      })
    })

    it('does not count an unsigned report, and says so', () => {
      expect(
        evaluate({ rebuilds: [unsignedReport] }, { identity: REBUILDER })
      ).toMatchObject({
        status: 'fail',
        code: 'VERIFY_REPRODUCIBLE_ABSENT',
        reason: expect.stringContaining('report.json not counted') as unknown
      })
      expect(evaluate({ rebuilds: [unsignedReport] })).toMatchObject({
        status: 'pass'
      })
    })
  })
})
