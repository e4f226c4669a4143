/**
 * Bundles as GitHub's private instance makes them (a Fulcio certificate and
 * an RFC 3161 timestamp, no transparency-log entry) verify against a
 * trusted root that has no transparency log; against a root that has one,
 * a bundle without its entry still fails.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runVerify } from '../../../src/io/verify/run.js'
import { gatherTrust } from '../../../src/io/verify/trust.js'
import { createReleaseSigner } from '../../helpers/local-release.js'
import { verifyInputs } from '../../helpers/verify-fixtures.js'
import { useRoundTrip } from '../../helpers/verify-round-trip.js'

const BYTES = Buffer.from('an internal release\n')

describe('private-instance bundles (Fulcio + TSA, no tlog)', () => {
  const rt = useRoundTrip()

  async function setUp() {
    const dir = path.join(rt.tmp, 'private')
    await mkdir(dir, { recursive: true })
    const signer = createReleaseSigner(rt.stack, {}, { tlog: false })
    await writeFile(path.join(dir, 'tool.tgz'), BYTES)
    const bundle = await signer.message(BYTES)
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([])
    await writeFile(
      path.join(dir, 'tool.tgz.sigstore.json'),
      JSON.stringify(bundle)
    )
    const full = JSON.parse(
      await readFile(path.join(rt.tmp, 'trust', 'trusted_root.json'), 'utf8')
    ) as Record<string, unknown>
    const noTlog = path.join(rt.tmp, 'trusted_root.private.json')
    await writeFile(noTlog, JSON.stringify({ ...full, tlogs: [] }))
    return { dir, signer, noTlog }
  }

  it('verifies against a trusted root with no transparency log, and fails against one with a log', async () => {
    const { dir, signer, noTlog } = await setUp()
    const values = {
      'certificate-identity': signer.identity,
      'certificate-oidc-issuer': signer.issuer
    }
    const args = [path.join(dir, 'tool.tgz')]
    const privateTrust = await gatherTrust({
      trustedRoot: noTlog,
      offline: true
    })
    const ok = await runVerify(verifyInputs(values, args), {
      trust: privateTrust,
      cwd: rt.tmp,
      githubApiUrl: rt.stack.github.url
    })
    expect(ok.artifacts[0]!.checks.signature).toMatchObject({
      status: 'pass'
    })
    expect(ok.verified).toBe(true)

    const withLog = await rt.verify(dir, values, args)
    expect(withLog.verified).toBe(false)
    expect(withLog.artifacts[0]!.checks.signature).toMatchObject({
      status: 'fail',
      code: 'VERIFY_SIGNATURE_INVALID'
    })
    expect(withLog.artifacts[0]!.checks.signature.reason).toMatch(/tlog/i)
  })
})
