/**
 * Round trip on the local stack, signatures and signers: a release signed
 * as sign, sbom and provenance write it verifies, and each tamper of a
 * signature or its signer fails with its own code.
 */
import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { createReleaseSigner } from '../../helpers/local-release.js'
import { sha256, writeJson } from '../../helpers/verify-fixtures.js'
import {
  TAR,
  WHL,
  artifactOf,
  useRoundTrip
} from '../../helpers/verify-round-trip.js'

describe('verify round trip: signatures and signers', () => {
  const rt = useRoundTrip()

  it('verifies everything the release carries, every row passing', async () => {
    const report = await rt.verify(
      rt.release.dir,
      rt.policy({
        require: 'signature,provenance,sbom,checksum,reproducible',
        repo: 'provenant-demo/hello',
        'source-uri': 'github.com/provenant-demo/hello',
        'source-branch': 'main',
        'builder-id':
          'https://github.com/provenant-demo/hello/.github/workflows/release.yml',
        'deny-self-hosted-runners': 'true'
      })
    )
    expect(report.artifacts.map((a) => a.name).sort()).toEqual(
      [TAR, WHL].sort()
    )
    for (const a of report.artifacts) {
      // Every row passes but vex, which this policy does not require.
      const { vex, ...required } = a.checks
      expect({
        name: a.name,
        statuses: Object.values(required).map((c) => c.status),
        vex: vex?.status
      }).toEqual({
        name: a.name,
        statuses: Array(8).fill('pass'),
        vex: 'absent'
      })
    }
    expect(report.verified).toBe(true)
    expect(report.trust.source).toBe('file')
  })

  it('fails a changed artifact byte: digest, provenance subject and checksum', async () => {
    const dir = await rt.copy()
    const bytes = Buffer.from(rt.release.files[TAR]!)
    bytes[0] = bytes[0]! ^ 1
    await writeFile(path.join(dir, TAR), bytes)
    const a = artifactOf(
      await rt.verify(
        dir,
        rt.policy({ require: 'signature,provenance,checksum' })
      ),
      TAR
    )
    expect(a.verified).toBe(false)
    expect(a.checks.signature.code).toBe('VERIFY_DIGEST_MISMATCH')
    expect(a.checks.provenance.code).toBe('VERIFY_SUBJECT_MISMATCH')
    expect(a.checks.checksum.code).toBe('VERIFY_CHECKSUM_MISMATCH')
  })

  it('fails a swapped bundle (the bundle of another artifact)', async () => {
    const dir = await rt.copy()
    await cp(
      path.join(dir, `${WHL}.sigstore.json`),
      path.join(dir, `${TAR}.sigstore.json`)
    )
    const report = await rt.verify(dir, rt.policy())
    expect(artifactOf(report, TAR).checks.signature.code).toBe(
      'VERIFY_BUNDLE_OF_OTHER_ARTIFACT'
    )
    expect(artifactOf(report, WHL).verified).toBe(true)
  })

  it('fails another identity, whether asked for or signed by', async () => {
    const other = await rt.verify(
      rt.release.dir,
      rt.policy({
        'certificate-identity':
          'https://github.com/provenant-demo/hello/.github/workflows/other.yml@refs/heads/main'
      })
    )
    expect(artifactOf(other, TAR).checks.identity.code).toBe(
      'VERIFY_IDENTITY_MISMATCH'
    )
    const regexp = await rt.verify(rt.release.dir, {
      'certificate-identity-regexp': '^https://github\\.com/someone-else/',
      'certificate-oidc-issuer': rt.signer.issuer
    })
    expect(artifactOf(regexp, TAR).checks.identity.code).toBe(
      'VERIFY_IDENTITY_MISMATCH'
    )
    const issuer = await rt.verify(
      rt.release.dir,
      rt.policy({
        'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
      })
    )
    expect(artifactOf(issuer, TAR).checks.identity.code).toBe(
      'VERIFY_ISSUER_MISMATCH'
    )

    const intruder = createReleaseSigner(rt.stack, {
      job_workflow_ref:
        'intruder/tools/.github/workflows/sign.yml@refs/heads/main'
    })
    const dir = await rt.copy()
    await writeJson(
      path.join(dir, `${TAR}.sigstore.json`),
      await intruder.message(rt.release.files[TAR]!)
    )
    const signedByOther = await rt.verify(dir, rt.policy())
    expect(artifactOf(signedByOther, TAR).checks.signature.status).toBe('pass')
    expect(artifactOf(signedByOther, TAR).checks.identity.code).toBe(
      'VERIFY_IDENTITY_MISMATCH'
    )
  })

  it('verifies an artifact known only by digest through the folder evidence', async () => {
    const digest = `sha256:${sha256(rt.release.files[TAR]!)}`
    const report = await rt.verify(
      rt.release.dir,
      rt.policy({ require: 'signature,provenance' }),
      [digest, rt.release.dir]
    )
    const a = artifactOf(report, digest)
    expect(a.checks.signature.status).toBe('pass')
    expect(a.checks.provenance.status).toBe('pass')
    expect(report.verified).toBe(true)
  })

  it('judges a legacy .sig/.crt pair: unlogged unless --insecure-ignore-tlog, tampered fails', async () => {
    const dir = path.join(rt.tmp, 'legacy')
    await cp(path.join(rt.release.dir, TAR), path.join(dir, TAR))
    const pair = await rt.signer.legacy(rt.release.files[TAR]!)
    await writeFile(path.join(dir, `${TAR}.sig`), pair.sig)
    await writeFile(path.join(dir, `${TAR}.crt`), pair.crt)
    const strict = await rt.verify(dir, rt.policy())
    expect(artifactOf(strict, TAR).checks.signature.code).toBe(
      'VERIFY_SIGNATURE_UNLOGGED'
    )
    const lenient = await rt.verify(
      dir,
      rt.policy({ 'insecure-ignore-tlog': 'true' })
    )
    expect(artifactOf(lenient, TAR).checks.signature.status).toBe('pass')
    expect(artifactOf(lenient, TAR).checks.identity.status).toBe('pass')
    const sig = Buffer.from(pair.sig, 'base64')
    sig[sig.length - 1] = sig[sig.length - 1]! ^ 1
    await writeFile(path.join(dir, `${TAR}.sig`), sig.toString('base64'))
    const tampered = await rt.verify(
      dir,
      rt.policy({ 'insecure-ignore-tlog': 'true' })
    )
    expect(artifactOf(tampered, TAR).checks.signature.code).toBe(
      'VERIFY_SIGNATURE_INVALID'
    )
    expect(await readFile(path.join(dir, `${TAR}.crt`), 'utf8')).toMatch(
      /BEGIN CERTIFICATE/
    )
  })

  it('denies self-hosted runners when asked', async () => {
    const selfHosted = createReleaseSigner(rt.stack, {
      runner_environment: 'self-hosted'
    })
    const dir = await rt.copy()
    await writeJson(
      path.join(dir, `${TAR}.sigstore.json`),
      await selfHosted.message(rt.release.files[TAR]!)
    )
    const report = await rt.verify(dir, {
      'certificate-identity': selfHosted.identity,
      'certificate-oidc-issuer': rt.signer.issuer,
      'deny-self-hosted-runners': 'true'
    })
    expect(artifactOf(report, TAR).checks.identity.code).toBe(
      'VERIFY_SELF_HOSTED_RUNNER'
    )
    expect(artifactOf(report, WHL).verified).toBe(true)
  })
})
