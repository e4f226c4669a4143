/**
 * Forged provenance on the local stack: every verdict rests on what the
 * signing certificate proves. A workflow of mallory/evil signs provenance
 * that claims another builder, another repository or another commit; and
 * mallory/evil runs acme/tools' shared reusable workflow to sign a release
 * that the policy asks to come from acme/widget. Each is rejected, with its
 * own code, under every flag that names the forged value.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { ArtifactReport } from '../../../src/lib/verify/report.js'
import type { ReleaseSigner } from '../../helpers/local-release.js'
import { createReleaseSigner } from '../../helpers/local-release.js'
import { useRoundTrip } from '../../helpers/verify-round-trip.js'
import { sha256, slsaStatement } from '../../helpers/verify-fixtures.js'

const ARTIFACT = 'widget-1.0.0.tgz'
const BYTES = Buffer.from('the widget release\n')
const EVIL_SHA = 'e'.repeat(40)
const EVIL_WORKFLOW =
  'mallory/evil/.github/workflows/release.yml@refs/heads/main'
const SHARED_WORKFLOW =
  'acme/tools/.github/workflows/publish.yml@refs/heads/main'
const SHARED_SAN = `https://github.com/${SHARED_WORKFLOW}`

/** The claims of a run of mallory/evil, whose job runs `jobWorkflow`. */
const evilClaims = (jobWorkflow: string): Record<string, string> => ({
  repository: 'mallory/evil',
  repository_owner: 'mallory',
  repository_id: '666',
  repository_owner_id: '667',
  sha: EVIL_SHA,
  ref: 'refs/heads/main',
  workflow_ref: EVIL_WORKFLOW,
  workflow_sha: EVIL_SHA,
  job_workflow_ref: jobWorkflow,
  job_workflow_sha: 'f'.repeat(40)
})

describe('forged provenance is judged on the certificate', () => {
  const rt = useRoundTrip()
  let n = 0

  /** A folder with the artifact and `statement` signed by `signer`. */
  async function release(
    signer: ReleaseSigner,
    statement: Record<string, unknown>
  ): Promise<string> {
    const dir = path.join(rt.tmp, `forgery-${++n}`)
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, ARTIFACT), BYTES)
    const bundle = await signer.attest(statement)
    await writeFile(
      path.join(dir, 'forged.intoto.jsonl'),
      `${JSON.stringify(bundle)}\n`
    )
    return dir
  }

  const subjects = [{ name: ARTIFACT, digest: { sha256: sha256(BYTES) } }]

  async function verifyOne(
    dir: string,
    values: Record<string, string>
  ): Promise<ArtifactReport> {
    const report = await rt.verify(
      dir,
      { 'certificate-oidc-issuer': rt.signer.issuer, ...values },
      [path.join(dir, ARTIFACT)]
    )
    expect(report.verified).toBe(false)
    return report.artifacts[0]!
  }

  /** Provenance as the run of mallory/evil would honestly write it, with `over`. */
  function evilProvenance(over: {
    repository?: string
    builderId?: string
    commit?: string
  }): Record<string, unknown> {
    const statement = slsaStatement(subjects, {
      repository: over.repository ?? 'mallory/evil',
      builderId: over.builderId ?? `https://github.com/${EVIL_WORKFLOW}`
    }) as {
      predicate: {
        buildDefinition: {
          resolvedDependencies: { digest: { gitCommit: string } }[]
        }
      }
    }
    statement.predicate.buildDefinition.resolvedDependencies[0]!.digest.gitCommit =
      over.commit ?? EVIL_SHA
    return statement
  }

  it('rejects provenance that claims another builder', async () => {
    const signer = createReleaseSigner(rt.stack, evilClaims(EVIL_WORKFLOW))
    const claimed =
      'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main'
    const dir = await release(signer, evilProvenance({ builderId: claimed }))
    const byIdentity = await verifyOne(dir, {
      'certificate-identity-regexp': '^https://github.com/'
    })
    expect(byIdentity.checks.provenance).toMatchObject({
      status: 'fail',
      code: 'VERIFY_CLAIM_BUILDER_MISMATCH'
    })
    expect(byIdentity.checks.provenance.reason).toContain(claimed)
    expect(byIdentity.checks.provenance.reason).toContain(
      `https://github.com/${EVIL_WORKFLOW}`
    )
    const byBuilder = await verifyOne(dir, {
      'source-uri': 'github.com/mallory/evil',
      'builder-id': claimed
    })
    expect(byBuilder.checks.builder.code).toBe('VERIFY_BUILDER_MISMATCH')
  })

  it('rejects provenance that claims another repository', async () => {
    const signer = createReleaseSigner(rt.stack, evilClaims(EVIL_WORKFLOW))
    const dir = await release(
      signer,
      evilProvenance({ repository: 'acme/widget' })
    )
    const bySourceUri = await verifyOne(dir, {
      'certificate-identity-regexp': '^https://github.com/',
      'source-uri': 'github.com/acme/widget'
    })
    expect(bySourceUri.checks.provenance.code).toBe(
      'VERIFY_CLAIM_REPOSITORY_MISMATCH'
    )
    expect(bySourceUri.checks.source.code).toBe('VERIFY_SOURCE_MISMATCH')
    const byRepo = await verifyOne(dir, { repo: 'acme/widget' })
    expect(byRepo.checks.identity.code).toBe('VERIFY_REPO_MISMATCH')
  })

  it('rejects provenance that claims another commit', async () => {
    const signer = createReleaseSigner(rt.stack, evilClaims(EVIL_WORKFLOW))
    const other = '1'.repeat(40)
    const dir = await release(signer, evilProvenance({ commit: other }))
    const report = await verifyOne(dir, {
      repo: 'mallory/evil',
      'source-digest': other
    })
    expect(report.checks.provenance.code).toBe('VERIFY_CLAIM_COMMIT_MISMATCH')
    expect(report.checks.provenance.reason).toContain(other)
    expect(report.checks.provenance.reason).toContain(EVIL_SHA)
    expect(report.checks.source.code).toBe('VERIFY_SOURCE_DIGEST_MISMATCH')
  })

  describe("a release of mallory/evil signed through acme's shared workflow", () => {
    const shared = () =>
      release(
        createReleaseSigner(rt.stack, evilClaims(SHARED_WORKFLOW)),
        evilProvenance({ builderId: SHARED_SAN })
      )

    it('verifies as what it is: mallory/evil through acme/tools', async () => {
      const dir = await shared()
      const report = await rt.verify(
        dir,
        {
          'certificate-oidc-issuer': rt.signer.issuer,
          repo: 'mallory/evil',
          'signer-workflow': SHARED_WORKFLOW
        },
        [path.join(dir, ARTIFACT)]
      )
      expect(report.artifacts[0]!.checks.provenance.status).toBe('pass')
      expect(report.verified).toBe(true)
    })

    it.each([
      ['repo', 'acme/widget', 'identity', 'VERIFY_REPO_MISMATCH'],
      [
        'source-uri',
        'github.com/acme/widget',
        'source',
        'VERIFY_SOURCE_MISMATCH'
      ],
      [
        'certificate-github-workflow-repository',
        'acme/widget',
        'identity',
        'VERIFY_CERTIFICATE_WORKFLOW_MISMATCH'
      ],
      ['owner', 'acme', 'identity', 'VERIFY_OWNER_MISMATCH']
    ])('is rejected by --%s %s', async (flag, value, check, code) => {
      const dir = await shared()
      const report = await verifyOne(dir, {
        'certificate-identity': SHARED_SAN,
        [flag]: value
      })
      expect(report.checks[check as 'identity']).toMatchObject({
        status: 'fail',
        code
      })
    })
  })
})
