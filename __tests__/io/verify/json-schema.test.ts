/**
 * `--json` against docs/verify-result.schema.json: real reports of a signed
 * release on the local stack (one verified, one failing), as the CLI prints
 * them, validated with ajv; the certificate-bound facts are fields.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { repoPath } from '../../helpers/repo.js'
import { TAR, useRoundTrip } from '../../helpers/verify-round-trip.js'

const schema = JSON.parse(
  readFileSync(repoPath('docs', 'verify-result.schema.json'), 'utf8')
) as object

function validator() {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false
  })
  addFormats.default(ajv)
  return ajv.compile(schema)
}

describe('verify --json schema', () => {
  const rt = useRoundTrip()

  it('validates a verified report and carries the certificate facts as fields', async () => {
    const report = await rt.verify(rt.release.dir, rt.policy())
    const printed: unknown = JSON.parse(JSON.stringify(report))
    const validate = validator()
    expect(validate(printed) ? [] : validate.errors).toEqual([])
    const tar = report.artifacts.find((a) => a.artifact.endsWith(TAR))!
    const attestation = tar.signers.find((s) => s.kind === 'attestation')!
    expect(attestation.certificate).toMatchObject({
      identity: rt.signer.identity,
      issuer: rt.signer.issuer,
      sourceRepositoryUri: 'https://github.com/provenant-demo/hello',
      sourceRepositoryRef: 'refs/heads/main',
      buildSignerUri: rt.signer.identity,
      runnerEnvironment: 'github-hosted',
      buildTrigger: 'push'
    })
    expect(attestation.predicateType).toMatch(/^https:\/\//)
    expect(attestation.timestamps?.tlog[0]?.logIndex).toMatch(/^\d+$/)
  })

  it('validates a failing report, every failed check with its code', async () => {
    const report = await rt.verify(
      rt.release.dir,
      rt.policy({ 'source-tag': 'v9.9.9' })
    )
    expect(report.verified).toBe(false)
    const validate = validator()
    expect(
      validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors
    ).toEqual([])
  })

  it('rejects a report that drops a field (the schema can fail)', async () => {
    const report = await rt.verify(rt.release.dir, rt.policy())
    const broken = JSON.parse(JSON.stringify(report)) as {
      artifacts: { signers?: unknown }[]
    }
    delete broken.artifacts[0]!.signers
    expect(validator()(broken)).toBe(false)
  })
})
