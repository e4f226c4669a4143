/**
 * The bundled sign action checked by openssl, which nobody here wrote: the
 * certificate's key verifies each .sig over its file, the certificate
 * chains to the local CA at the signing time, and keyed signatures verify
 * with the public key.
 */
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { verifyWithTrustedRootFile } from '../helpers/sigstore-verify.js'
import { openssl, runSignAction } from './sign-support.js'
import { useSignSuite } from './sign-suite.js'

const run = promisify(execFile)
const MIB = 1024 * 1024

describe('actions/sign (dist/sign/index.js) checked by openssl', () => {
  const s = useSignSuite()

  it('signs 3 files (one of 100 MiB) with one certificate; sigstore-js and openssl verify everything', async () => {
    const ws = await s.workspace('three', {
      'release/notes.txt': 'Release notes\n',
      'release/sbom.cdx.json': JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6'
      })
    })
    const big = path.join(ws, 'release/app-1.0.0.tar.gz')
    await writeRandomFile(big, 100 * MIB)
    const before = s.certificateRequests()

    const result = await runSignAction(s.stack, ws, {
      ...s.customInputs(),
      files: 'release/*',
      'legacy-sig': 'true',
      'trusted-root': s.trust.trustedRoot
    })
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    expect(s.certificateRequests() - before).toBe(1)
    expect(result.stdout).toMatch(/1 certificate from Fulcio for 3 files/)

    const names = ['app-1.0.0.tar.gz', 'notes.txt', 'sbom.cdx.json']
    const files = names.map((n) => path.join(ws, 'release', n))
    expect(result.outputs.bundles!.split('\n')).toEqual(
      files.map((f) => `${f}.sigstore.json`)
    )
    expect(result.outputs.signatures!.split('\n')).toEqual(
      files.map((f) => `${f}.sig`)
    )
    expect(result.outputs.certificates!.split('\n')).toEqual(
      files.map((f) => `${f}.crt`)
    )
    expect(result.outputs['certificate-identity']).toBe(s.identity())
    expect(result.outputs['certificate-oidc-issuer']).toBe(s.stack.oidc.url)
    const commands = result.outputs['verify-commands']!.split('\n')
    expect(commands).toHaveLength(6)
    expect(commands[1]).toBe(
      `cosign verify-blob --bundle app-1.0.0.tar.gz.sigstore.json --certificate-identity ${s.identity()} --certificate-oidc-issuer ${s.stack.oidc.url} --certificate-github-workflow-repository provenant-demo/hello --trusted-root ${s.trust.trustedRoot} app-1.0.0.tar.gz`
    )
    for (const name of names)
      expect(result.summary).toContain(`<code>release/${name}</code>`)
    const bigDigest = await sha256File(big)
    expect(result.summary).toContain(`<code>${bigDigest}</code>`)

    const policy = {
      subjectAlternativeName: s.identity(),
      extensions: { issuer: s.stack.oidc.url }
    }
    for (const file of files) {
      const bundle = JSON.parse(
        await readFile(`${file}.sigstore.json`, 'utf8')
      ) as BundleJson
      expect(bundle.mediaType).toBe(
        'application/vnd.dev.sigstore.bundle.v0.3+json'
      )
      await verifyWithTrustedRootFile(
        s.trust.trustedRoot,
        bundle,
        await readFile(file),
        policy
      )

      // openssl: the certificate's key verifies the signature over the file,
      // and the certificate chains to the local CA at the signing time.
      const key = path.join(s.root, 'leaf-key.pem')
      await writeFile(
        key,
        await openssl(['x509', '-in', `${file}.crt`, '-pubkey', '-noout'])
      )
      const sig = path.join(s.root, 'sig.der')
      await writeFile(
        sig,
        Buffer.from(await readFile(`${file}.sig`, 'utf8'), 'base64')
      )
      expect(
        await openssl([
          'dgst',
          '-sha256',
          '-verify',
          key,
          '-signature',
          sig,
          file
        ])
      ).toMatch(/Verified OK/)
      const integratedTime =
        bundle.verificationMaterial.tlogEntries[0]!.integratedTime
      expect(
        await openssl([
          'verify',
          '-CAfile',
          s.caPem,
          '-attime',
          integratedTime,
          `${file}.crt`
        ])
      ).toMatch(/: OK/)
    }

    // Tampering: a flipped byte, a bundle from another file, another identity.
    const notes = files[1]!
    const notesBundle = JSON.parse(
      await readFile(`${notes}.sigstore.json`, 'utf8')
    ) as BundleJson
    const flipped = Buffer.from(await readFile(notes))
    flipped[0] = flipped[0]! ^ 0x01
    await expect(
      verifyWithTrustedRootFile(
        s.trust.trustedRoot,
        notesBundle,
        flipped,
        policy
      )
    ).rejects.toThrow(/signature|digest/i)
    const tamperedFile = path.join(s.root, 'notes-flipped.txt')
    await writeFile(tamperedFile, flipped)
    await writeFile(
      path.join(s.root, 'notes.key.pem'),
      await openssl(['x509', '-in', `${notes}.crt`, '-pubkey', '-noout'])
    )
    await writeFile(
      path.join(s.root, 'notes.sig.der'),
      Buffer.from(await readFile(`${notes}.sig`, 'utf8'), 'base64')
    )
    await expect(
      openssl([
        'dgst',
        '-sha256',
        '-verify',
        path.join(s.root, 'notes.key.pem'),
        '-signature',
        path.join(s.root, 'notes.sig.der'),
        tamperedFile
      ])
    ).rejects.toThrow(/Verification failure/)
    const sbomBundle = JSON.parse(
      await readFile(`${files[2]}.sigstore.json`, 'utf8')
    ) as BundleJson
    await expect(
      verifyWithTrustedRootFile(
        s.trust.trustedRoot,
        sbomBundle,
        await readFile(notes),
        policy
      )
    ).rejects.toThrow(/signature|digest/i)
    await expect(
      verifyWithTrustedRootFile(
        s.trust.trustedRoot,
        notesBundle,
        await readFile(notes),
        {
          subjectAlternativeName:
            'https://github.com/someone/else/.github/workflows/release.yml@refs/heads/main',
          extensions: { issuer: s.stack.oidc.url }
        }
      )
    ).rejects.toThrow(/identity|subject|SAN/i)

    await s.expectNoToken(result)
  }, 120_000)

  it.each([
    [
      'ECDSA P-256',
      ['ecparam', '-name', 'prime256v1', '-genkey', '-noout'],
      ['dgst', '-sha256', '-verify']
    ],
    [
      'Ed25519',
      ['genpkey', '-algorithm', 'ed25519'],
      ['pkeyutl', '-verify', '-rawin', '-pubin', '-inkey']
    ]
  ])(
    'keyed mode (%s): no Fulcio, no OIDC; openssl verifies with the public key',
    async (name, genkey, verify) => {
      const ws = await s.workspace(`keyed-${name.replace(/\W/g, '')}`, {
        'dist/tool.bin': crypto.randomBytes(200_000)
      })
      const keyPem = await openssl(genkey)
      const keyFile = path.join(s.root, `${name}.key`)
      await writeFile(keyFile, keyPem)
      const publicKey = path.join(s.root, `${name}.pub`)
      await writeFile(
        publicKey,
        await openssl(['pkey', '-in', keyFile, '-pubout'])
      )
      const before = s.certificateRequests()
      const tokensBefore = s.stack.oidc.server.served.length

      // The shell-friendly spelling `provenant local` prints (INPUT_REKOR_URL)
      // is read too; the runner's own is INPUT_REKOR-URL.
      const result = await runSignAction(
        s.stack,
        ws,
        { files: 'dist/tool.bin', key: keyPem, 'legacy-sig': 'true' },
        {
          oidc: false,
          extraEnv: {
            INPUT_SIGSTORE: 'custom',
            INPUT_REKOR_URL: s.stack.rekorUrl,
            INPUT_TSA_URL: s.stack.tsaUrl
          }
        }
      )
      expect({ code: result.code, stderr: result.stderr }).toEqual({
        code: 0,
        stderr: ''
      })
      expect(s.certificateRequests()).toBe(before)
      expect(s.stack.oidc.server.served.length).toBe(tokensBefore)
      expect(result.outputs['certificate-identity']).toBe('')
      expect(result.outputs.certificates).toBe('')
      expect(result.outputs['verify-commands']).toContain('--key key.pub')

      const file = path.join(ws, 'dist/tool.bin')
      const bundle = JSON.parse(
        await readFile(`${file}.sigstore.json`, 'utf8')
      ) as BundleJson
      const spki = crypto
        .createPublicKey(await readFile(publicKey, 'utf8'))
        .export({ format: 'der', type: 'spki' })
      expect(bundle.verificationMaterial.publicKey).toEqual({
        hint: crypto.createHash('sha256').update(spki).digest('hex')
      })
      expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1)
      const sig = path.join(s.root, `${name}.sig.der`)
      await writeFile(
        sig,
        Buffer.from(await readFile(`${file}.sig`, 'utf8'), 'base64')
      )
      expect(Buffer.from(bundle.messageSignature!.signature, 'base64')).toEqual(
        await readFile(sig)
      )
      const args =
        verify[0] === 'dgst'
          ? [...verify, publicKey, '-signature', sig, file]
          : [...verify, publicKey, '-in', file, '-sigfile', sig]
      expect(await openssl(args)).toMatch(
        /Verified OK|Signature Verified Successfully/
      )
      const other = path.join(s.root, `${name}-other.bin`)
      await copyFile(file, other)
      await writeFile(other, 'x', { flag: 'a' })
      const otherArgs = args.map((a) => (a === file ? other : a))
      await expect(openssl(otherArgs)).rejects.toThrow(
        /Verification failure|Signature Verification Failure/
      )
    }
  )
})

interface BundleJson {
  mediaType: string
  messageSignature?: { signature: string }
  verificationMaterial: {
    publicKey?: { hint: string }
    tlogEntries: { integratedTime: string }[]
  }
}

async function writeRandomFile(file: string, size: number): Promise<void> {
  const chunk = crypto.randomBytes(MIB)
  const stream = createWriteStream(file)
  for (let written = 0; written < size; written += MIB) {
    chunk[0] = written / MIB // every MiB differs
    if (!stream.write(Buffer.from(chunk)))
      await new Promise<void>((r) => stream.once('drain', () => r()))
  }
  await new Promise<void>((resolve, reject) =>
    stream.end((e?: Error | null) => (e ? reject(e) : resolve()))
  )
}

async function sha256File(file: string): Promise<string> {
  const { stdout } = await run('sha256sum', [file])
  return stdout.split(' ')[0]!
}
