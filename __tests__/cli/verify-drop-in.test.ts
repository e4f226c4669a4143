/**
 * `provenant verify` as cosign, gh and slsa-verifier users type it, on the
 * local stack: evidence named whatever it is called (--bundle as one JSON or
 * JSON lines, --signature with --certificate), gh's spellings, --format
 * json, --print-provenance, and an unknown flag naming the nearest one.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { EXIT_INPUT } from '../../src/lib/errors.js'
import type { VerifyReport } from '../../src/lib/verify/report.js'
import { runProvenant } from '../helpers/cli.js'
import { sha256, slsaStatement } from '../helpers/verify-fixtures.js'
import { useRoundTrip } from '../helpers/verify-round-trip.js'

const CHECKSUMS = Buffer.from(`${'a'.repeat(64)}  widget.tgz\n`)

describe('verify as a drop-in for cosign, gh and slsa-verifier', () => {
  const rt = useRoundTrip()
  let n = 0

  async function folder(): Promise<string> {
    const dir = path.join(rt.tmp, `drop-in-${++n}`)
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'checksums.txt'), CHECKSUMS)
    return dir
  }

  const trustedRoot = () => path.join(rt.tmp, 'trust', 'trusted_root.json')
  const identity = () => [
    '--certificate-identity',
    rt.signer.identity,
    '--certificate-oidc-issuer',
    rt.signer.issuer,
    '--trusted-root',
    trustedRoot()
  ]

  it("takes cosign's --signature and --certificate whatever the files are called", async () => {
    const dir = await folder()
    const pair = await rt.signer.legacy(CHECKSUMS)
    await writeFile(path.join(dir, 'checksums.txt.keyless.sig'), pair.sig)
    await writeFile(path.join(dir, 'checksums.txt.pem'), pair.crt)
    const args = [
      'verify',
      path.join(dir, 'checksums.txt'),
      ...identity(),
      '--signature',
      path.join(dir, 'checksums.txt.keyless.sig'),
      '--certificate',
      path.join(dir, 'checksums.txt.pem'),
      '--insecure-ignore-tlog',
      '--offline'
    ]
    expect((await runProvenant(args)).code).toBe(0)
    await writeFile(path.join(dir, 'checksums.txt'), 'changed\n')
    expect((await runProvenant(args)).code).toBe(1)
  })

  it("takes cosign's --bundle under any name, and gh's spellings", async () => {
    const dir = await folder()
    const bundle = path.join(dir, 'checksums.txt.bundle')
    await writeFile(bundle, JSON.stringify(await rt.signer.message(CHECKSUMS)))
    const run = await runProvenant([
      'verify',
      path.join(dir, 'checksums.txt'),
      '--cert-identity',
      rt.signer.identity,
      '--cert-oidc-issuer',
      rt.signer.issuer,
      '--custom-trusted-root',
      trustedRoot(),
      '--bundle',
      bundle,
      '--offline',
      '--format',
      'json'
    ])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.out) as VerifyReport
    expect(report.artifacts[0]!.signers[0]).toMatchObject({
      source: bundle,
      kind: 'signature',
      certificate: { identity: rt.signer.identity }
    })
  })

  it("takes gh's --bundle as JSON lines, and prints the provenance it verified", async () => {
    const dir = await folder()
    const subjects = [
      { name: 'checksums.txt', digest: { sha256: sha256(CHECKSUMS) } }
    ]
    const lines = path.join(dir, 'attestations.jsonl')
    await writeFile(
      lines,
      `${JSON.stringify(await rt.signer.attest(slsaStatement(subjects)))}\n`
    )
    const run = await runProvenant([
      'verify',
      path.join(dir, 'checksums.txt'),
      '--repo',
      'provenant-demo/hello',
      '--cert-oidc-issuer',
      rt.signer.issuer,
      '--custom-trusted-root',
      trustedRoot(),
      '--bundle',
      lines,
      '--source-ref',
      'refs/heads/main',
      '--offline',
      '--print-provenance'
    ])
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    const printed = run.out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { subject: unknown })
    expect(printed).toEqual([expect.objectContaining({ subject: subjects })])
  })

  it('exits 2 on an unknown flag, naming the nearest known one', async () => {
    const run = await runProvenant([
      'verify',
      'x',
      '--source-tagg',
      'v1',
      '--repo',
      'o/r'
    ])
    expect(run.code).toBe(EXIT_INPUT)
    expect(run.err).toMatch(
      /unknown flag --source-tagg; did you mean --source-tag\?/
    )
  })
})
