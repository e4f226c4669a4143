/**
 * Round trip on the local stack, the other evidence: provenance (source,
 * builder, predicate type), SBOMs, checksum files, rebuild verdicts and
 * GitHub's attestation store; each tamper fails with its own code.
 */
import { createHash } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { createReleaseSigner } from '../../helpers/local-release.js'
import {
  sbomStatement,
  sha256,
  slsaStatement,
  writeJson
} from '../../helpers/verify-fixtures.js'
import {
  TAR,
  WHL,
  artifactOf,
  useRoundTrip
} from '../../helpers/verify-round-trip.js'

describe('verify round trip: provenance, SBOMs, checksums, verdicts', () => {
  const rt = useRoundTrip()

  it('fails another source repository (certificate and provenance) and another builder', async () => {
    const forkSigner = createReleaseSigner(rt.stack, {
      repository: 'fork/hello',
      job_workflow_ref:
        'fork/hello/.github/workflows/release.yml@refs/heads/main'
    })
    const fork = await rt.copy()
    for (const name of [TAR, WHL]) {
      await writeJson(
        path.join(fork, `${name}.sigstore.json`),
        await forkSigner.message(rt.release.files[name]!)
      )
    }
    const byRepo = await rt.verify(fork, {
      repo: 'provenant-demo/hello',
      'certificate-oidc-issuer': rt.signer.issuer
    })
    expect(artifactOf(byRepo, TAR).checks.identity.code).toBe(
      'VERIFY_REPO_MISMATCH'
    )

    const dir = await rt.copy()
    const line = await rt.signer.attest(
      slsaStatement(rt.release.subjects, { repository: 'fork/hello' })
    )
    await writeFile(
      path.join(dir, 'multiple.intoto.jsonl'),
      `${JSON.stringify(line)}\n`
    )
    // The provenance claims fork/hello; its certificate says otherwise.
    const bySource = await rt.verify(
      dir,
      rt.policy({ 'source-uri': 'github.com/provenant-demo/hello' })
    )
    expect(artifactOf(bySource, TAR).checks.provenance.code).toBe(
      'VERIFY_CLAIM_REPOSITORY_MISMATCH'
    )
    const byOther = await rt.verify(
      rt.release.dir,
      rt.policy({ 'source-uri': 'github.com/fork/hello' })
    )
    expect(artifactOf(byOther, TAR).checks.source.code).toBe(
      'VERIFY_SOURCE_MISMATCH'
    )
    const byTag = await rt.verify(
      rt.release.dir,
      rt.policy({ 'source-tag': 'v1.0.0' })
    )
    expect(artifactOf(byTag, TAR).checks.source.code).toBe(
      'VERIFY_SOURCE_REF_MISMATCH'
    )

    const byBuilder = await rt.verify(
      rt.release.dir,
      rt.policy({
        'builder-id':
          'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml'
      })
    )
    expect(artifactOf(byBuilder, TAR).checks.builder.code).toBe(
      'VERIFY_BUILDER_MISMATCH'
    )
    expect(artifactOf(byBuilder, TAR).checks.provenance.status).toBe('pass')
  })

  it('fails provenance missing when required, and a wrong predicate type', async () => {
    const dir = await rt.copy()
    await rm(path.join(dir, 'multiple.intoto.jsonl'))
    const missing = await rt.verify(
      dir,
      rt.policy({ require: 'signature,provenance' })
    )
    expect(artifactOf(missing, TAR).checks.provenance.code).toBe(
      'VERIFY_PROVENANCE_ABSENT'
    )
    expect(artifactOf(missing, TAR).checks.signature.status).toBe('pass')
    const notAsked = await rt.verify(dir, rt.policy())
    expect(notAsked.verified).toBe(true)
    const type = await rt.verify(
      rt.release.dir,
      rt.policy({ 'predicate-type': 'https://example.com/other/v1' })
    )
    expect(artifactOf(type, TAR).checks.provenance.code).toBe(
      'VERIFY_PREDICATE_TYPE_MISMATCH'
    )
  })

  it('fails an SBOM attestation whose subject digest does not match, and an invalid SBOM file', async () => {
    const dir = await rt.copy()
    const wrong = [{ name: TAR, digest: { sha256: sha256('other bytes') } }]
    const lines = [
      await rt.signer.attest(slsaStatement(rt.release.subjects)),
      await rt.signer.attest(sbomStatement(wrong))
    ]
    await writeFile(
      path.join(dir, 'multiple.intoto.jsonl'),
      lines.map((l) => `${JSON.stringify(l)}\n`).join('')
    )
    const report = await rt.verify(dir, rt.policy({ require: 'sbom' }))
    expect(artifactOf(report, TAR).checks.sbom.code).toBe(
      'VERIFY_SBOM_SUBJECT_MISMATCH'
    )
    expect(artifactOf(report, TAR).checks.provenance.status).toBe('pass')

    const invalid = await rt.copy()
    await writeJson(path.join(invalid, 'sbom-source.cyclonedx.json'), {
      hello: 'not an SBOM'
    })
    const bad = await rt.verify(invalid, rt.policy())
    expect(artifactOf(bad, WHL).checks.sbom.code).toBe('VERIFY_SBOM_INVALID')
  })

  it('fails a checksum line that does not match, and passes with SHA-512 lines', async () => {
    const dir = await rt.copy()
    await writeFile(
      path.join(dir, 'SHA256SUMS'),
      `${sha256('something else')}  ${TAR}\n`
    )
    const report = await rt.verify(dir, rt.policy())
    expect(artifactOf(report, TAR).checks.checksum.code).toBe(
      'VERIFY_CHECKSUM_MISMATCH'
    )
    expect(artifactOf(report, WHL).checks.checksum.status).toBe('absent')

    const sha512 = await rt.copy()
    const hex = createHash('sha512')
      .update(rt.release.files[WHL]!)
      .digest('hex')
    await writeFile(path.join(sha512, `${WHL}.sha512`), `${hex}\n`)
    await rm(path.join(sha512, 'SHA256SUMS'))
    const ok = await rt.verify(sha512, rt.policy({ require: 'checksum' }), [
      path.join(sha512, WHL)
    ])
    expect(artifactOf(ok, path.join(sha512, WHL)).checks.checksum.status).toBe(
      'pass'
    )
  })

  it('reads rebuild verdicts: reproducible passes, not reproducible fails', async () => {
    const dir = await rt.copy()
    await writeJson(path.join(dir, 'report.json'), {
      reproducible: false,
      artifacts: [
        {
          name: TAR,
          sha256: sha256(rt.release.files[TAR]!),
          reproducible: false
        }
      ]
    })
    const report = await rt.verify(dir, rt.policy({ require: 'reproducible' }))
    expect(artifactOf(report, TAR).checks.reproducible.code).toBe(
      'VERIFY_NOT_REPRODUCIBLE'
    )
    expect(artifactOf(report, WHL).checks.reproducible.code).toBe(
      'VERIFY_REPRODUCIBLE_ABSENT'
    )

    const attested = await rt.copy()
    await rm(path.join(attested, 'report.json'))
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: rt.release.subjects,
      predicateType: 'https://provenant.dev/rebuild/v1',
      predicate: { reproducible: true }
    }
    await writeFile(
      path.join(attested, 'rebuild.intoto.jsonl'),
      `${JSON.stringify(await rt.signer.attest(statement))}\n`
    )
    const ok = await rt.verify(attested, rt.policy({ require: 'reproducible' }))
    expect(artifactOf(ok, TAR).checks.reproducible.status).toBe('pass')
    expect(artifactOf(ok, TAR).checks.reproducible.reason).toMatch(/signed/)
  })

  it('finds attestations in GitHub’s store by digest when asked', async () => {
    const dir = await rt.copy()
    await rm(path.join(dir, 'multiple.intoto.jsonl'))
    const bundle = await rt.signer.attest(slsaStatement(rt.release.subjects))
    const posted = await fetch(
      `${rt.stack.github.url}/repos/provenant-demo/hello/attestations`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${rt.stack.github.token}`,
          'content-type': 'application/json'
        },
        body: JSON.stringify({ bundle })
      }
    )
    expect(posted.status).toBe(201)
    const report = await rt.verify(
      dir,
      rt.policy({
        require: 'provenance',
        repo: 'provenant-demo/hello',
        'github-attestations': 'true'
      })
    )
    expect(artifactOf(report, TAR).checks.provenance.status).toBe('pass')
    expect(artifactOf(report, TAR).checks.provenance.reason).toMatch(/^github:/)
    expect(report.verified).toBe(true)
  })
})
