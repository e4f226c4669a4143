/**
 * verify fails closed on what a release folder holds besides its files:
 * symlinks leaving it and files in subfolders are listed as unverified,
 * FIFOs, sockets and devices are refused without being opened, and a
 * bundle relabelled with another version's media type fails.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { ProvenantError } from '../../../src/lib/errors.js'
import { writeJson } from '../../helpers/verify-fixtures.js'
import {
  TAR,
  WHL,
  artifactOf,
  useRoundTrip
} from '../../helpers/verify-round-trip.js'

async function codesOf(run: Promise<unknown>): Promise<string[]> {
  try {
    await run
  } catch (error) {
    const e = error as ProvenantError & { problems?: ProvenantError[] }
    return (e.problems ?? [e]).map((p) => `${p.kind}:${p.code}`)
  }
  throw new Error('expected verify to refuse its input')
}

describe('verify fails closed on the folder', () => {
  const rt = useRoundTrip()

  it('lists a symlink leaving the folder and files in subfolders as unverified', async () => {
    const dir = await rt.copy()
    const outside = path.join(rt.tmp, 'outside.bin')
    await writeFile(outside, 'not part of the release')
    await symlink(outside, path.join(dir, 'extra.bin'))
    await mkdir(path.join(dir, 'more', 'deeper'), { recursive: true })
    await writeFile(path.join(dir, 'more', 'deeper', 'tool.bin'), 'x')
    await writeFile(path.join(dir, 'more', 'notes.txt'), 'y')
    await mkdir(path.join(dir, '.git'))
    await writeFile(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main')

    const report = await rt.verify(dir, rt.policy({ require: 'signature' }))
    expect(report.verified).toBe(false)
    const unverified = report.artifacts.filter(
      (a) => a.checks.signature.code === 'VERIFY_FILE_UNVERIFIED'
    )
    expect(
      unverified.map((a) => path.relative(dir, a.artifact)).sort()
    ).toEqual(['extra.bin', 'more/deeper/tool.bin', 'more/notes.txt'].sort())
    const link = artifactOf(report, path.join(dir, 'extra.bin'))
    expect(link.verified).toBe(false)
    expect(link.checks.signature.reason).toContain('outside')
    expect(link.digests.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(
      artifactOf(report, path.join(dir, 'more', 'notes.txt')).checks.signature
        .reason
    ).toContain('subfolder')
    // The release's own files still verify.
    expect(artifactOf(report, TAR).verified).toBe(true)
    expect(artifactOf(report, WHL).verified).toBe(true)
  })

  it('checks a symlink that stays inside the folder as the file it names', async () => {
    const dir = await rt.copy()
    await symlink(TAR, path.join(dir, 'latest.tar.gz'))
    const report = await rt.verify(dir, rt.policy())
    const latest = artifactOf(report, 'latest.tar.gz')
    expect(latest.digests).toEqual(artifactOf(report, TAR).digests)
    // No bundle of its own: signed through the provenance naming its digest.
    expect(latest.checks.signature.status).toBe('pass')
    expect(latest.checks.signature.reason).not.toContain('sigstore.json')
  })

  it('refuses a FIFO in the folder, or named, without opening it', async () => {
    const dir = await rt.copy()
    const fifo = path.join(dir, 'pipe.bin')
    execFileSync('mkfifo', [fifo])
    expect(await codesOf(rt.verify(dir, rt.policy()))).toEqual([
      'input:VERIFY_NOT_A_FILE'
    ])
    expect(await codesOf(rt.verify(dir, rt.policy(), [fifo]))).toEqual([
      'input:VERIFY_NOT_A_FILE'
    ])
    expect(
      await codesOf(
        rt.verify(dir, rt.policy({ 'provenance-path': fifo }), [
          path.join(dir, TAR)
        ])
      )
    ).toEqual(['input:VERIFY_NOT_A_FILE'])
  })

  it('refuses a symlink to a FIFO, a socket, a device and a dangling symlink', async () => {
    const dir = await rt.copy()
    const fifo = path.join(rt.tmp, 'outside.fifo')
    execFileSync('mkfifo', [fifo])
    await symlink(fifo, path.join(dir, 'pipe-link.bin'))
    await symlink('/dev/zero', path.join(dir, 'zero.bin'))
    await symlink(path.join(dir, 'gone'), path.join(dir, 'dangling.bin'))
    const server = net.createServer()
    await new Promise<void>((resolve) =>
      server.listen(path.join(dir, 'control.sock'), resolve)
    )
    try {
      expect((await codesOf(rt.verify(dir, rt.policy()))).sort()).toEqual(
        [
          'input:VERIFY_ARTIFACT_MISSING',
          'input:VERIFY_NOT_A_FILE',
          'input:VERIFY_NOT_A_FILE',
          'input:VERIFY_NOT_A_FILE'
        ].sort()
      )
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it("fails a bundle relabelled with another version's media type", async () => {
    const dir = await rt.copy()
    const file = path.join(dir, `${TAR}.sigstore.json`)
    const v02 = JSON.parse(await readFile(file, 'utf8')) as {
      mediaType: string
      verificationMaterial: Record<string, unknown> & {
        x509CertificateChain: { certificates: unknown[] }
      }
    }
    expect(v02.mediaType).toBe(
      'application/vnd.dev.sigstore.bundle+json;version=0.2'
    )
    const { x509CertificateChain, ...rest } = v02.verificationMaterial
    const v03 = {
      ...v02,
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        ...rest,
        certificate: x509CertificateChain.certificates[0]
      }
    }
    const statusOf = async (bundle: object) => {
      await writeJson(file, bundle)
      const row = artifactOf(await rt.verify(dir, rt.policy()), TAR).checks
        .signature
      return { status: row.status, code: row.code }
    }
    const invalid = { status: 'fail', code: 'VERIFY_BUNDLE_INVALID' }
    expect(await statusOf(v03)).toEqual({ status: 'pass' })
    expect(await statusOf(v02)).toEqual({ status: 'pass' })
    for (const label of [
      'application/vnd.dev.sigstore.bundle+json;version=0.1',
      'application/vnd.dev.sigstore.bundle+json;version=0.2'
    ]) {
      expect({
        label,
        ...(await statusOf({ ...v03, mediaType: label }))
      }).toEqual({ label, ...invalid })
    }
    expect(
      await statusOf({
        ...v02,
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json'
      })
    ).toEqual(invalid)
    expect(
      await statusOf({
        ...v03,
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.9+json'
      })
    ).toEqual(invalid)
  })
})
