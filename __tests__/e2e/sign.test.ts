/**
 * The bundled action (dist/sign/index.js) run as the runner runs it:
 * INPUT_* variables (hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
 * RUNNER_TEMP files, the OIDC request variables, all pointing at the local
 * stack. What it writes is checked by tools nobody here wrote: sigstore-js
 * and openssl.
 */
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import { createWriteStream } from 'node:fs'
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it
} from '@jest/globals'
import type { LocalStack } from '../../src/local/stack.js'
import { startLocalStack } from '../../src/local/stack.js'
import { verifyWithTrustedRootFile } from '../helpers/sigstore-verify.js'
import type { ActionRun } from './sign-support.js'
import {
  listTree,
  openssl,
  runSignAction,
  tokensMasked
} from './sign-support.js'

const run = promisify(execFile)
const MIB = 1024 * 1024

describe('actions/sign (dist/sign/index.js) against the local stack', () => {
  let stack: LocalStack
  let root: string
  let trust: { trustedRoot: string; signingConfig: string }
  let caPem: string

  beforeAll(async () => {
    stack = await startLocalStack()
    root = await mkdtemp(path.join(os.tmpdir(), 'provenant-e2e-sign-'))
    trust = await stack.writeTrust(path.join(root, 'trust'))
    const ca = (
      stack.trustedRoot.certificateAuthorities[0] as {
        certChain: { certificates: { rawBytes: string }[] }
      }
    ).certChain.certificates[0]!.rawBytes
    caPem = path.join(root, 'ca.pem')
    await writeFile(
      caPem,
      new crypto.X509Certificate(Buffer.from(ca, 'base64')).toString()
    )
  })

  afterEach(() => {
    for (const server of [
      stack.sigstore.fulcio.server,
      stack.sigstore.rekor.server,
      stack.sigstore.tsa.server,
      stack.oidc.server
    ]) {
      server.faults.clear()
    }
  })

  afterAll(async () => {
    await stack.close()
    await rm(root, { recursive: true, force: true })
  })

  const identity = (): string =>
    `https://github.com/${stack.oidc.claims.job_workflow_ref}`
  const customInputs = (): Record<string, string> => ({
    sigstore: 'custom',
    'fulcio-url': stack.fulcioUrl,
    'rekor-url': stack.rekorUrl,
    'tsa-url': stack.tsaUrl
  })
  const certificateRequests = (): number =>
    stack.sigstore.fulcio.server.served.filter((r) => r.method === 'POST')
      .length

  async function workspace(
    name: string,
    files: Record<string, string | Buffer>
  ): Promise<string> {
    const ws = path.join(root, name)
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(ws, file)), { recursive: true })
      await writeFile(path.join(ws, file), content)
    }
    return ws
  }

  function expectNoToken(
    result: ActionRun,
    extraTokens: string[] = []
  ): Promise<void> {
    const tokens = [...tokensMasked(result), ...extraTokens]
    expect(tokens.length).toBeGreaterThan(0)
    return (async () => {
      const stdout = result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
      const everything = [
        stdout,
        result.stderr,
        result.outputFile,
        result.summary,
        ...(await Promise.all(
          (await listTree(result.workspace)).map((f) => readFile(f, 'latin1'))
        )),
        ...(await Promise.all(
          (await listTree(result.runnerDir)).map((f) => readFile(f, 'latin1'))
        ))
      ].join('\n')
      for (const token of tokens) {
        expect(everything.includes(token)).toBe(false)
        expect(everything.includes(token.split('.')[2]!)).toBe(false)
      }
    })()
  }

  it('signs 3 files (one of 100 MiB) with one certificate; sigstore-js and openssl verify everything', async () => {
    const ws = await workspace('three', {
      'release/notes.txt': 'Release notes\n',
      'release/sbom.cdx.json': JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6'
      })
    })
    const big = path.join(ws, 'release/app-1.0.0.tar.gz')
    await writeRandomFile(big, 100 * MIB)
    const before = certificateRequests()

    const result = await runSignAction(stack, ws, {
      ...customInputs(),
      files: 'release/*',
      'legacy-sig': 'true',
      'trusted-root': trust.trustedRoot
    })
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    expect(certificateRequests() - before).toBe(1)
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
    expect(result.outputs['certificate-identity']).toBe(identity())
    expect(result.outputs['certificate-oidc-issuer']).toBe(stack.oidc.url)
    const commands = result.outputs['verify-commands']!.split('\n')
    expect(commands).toHaveLength(6)
    expect(commands[1]).toBe(
      `cosign verify-blob --bundle app-1.0.0.tar.gz.sigstore.json --certificate-identity ${identity()} --certificate-oidc-issuer ${stack.oidc.url} --certificate-github-workflow-repository provenant-demo/hello --trusted-root ${trust.trustedRoot} app-1.0.0.tar.gz`
    )
    for (const name of names)
      expect(result.summary).toContain(`<code>release/${name}</code>`)
    const bigDigest = await sha256File(big)
    expect(result.summary).toContain(`<code>${bigDigest}</code>`)

    const policy = {
      subjectAlternativeName: identity(),
      extensions: { issuer: stack.oidc.url }
    }
    for (const file of files) {
      const bundle = JSON.parse(
        await readFile(`${file}.sigstore.json`, 'utf8')
      ) as BundleJson
      expect(bundle.mediaType).toBe(
        'application/vnd.dev.sigstore.bundle.v0.3+json'
      )
      await verifyWithTrustedRootFile(
        trust.trustedRoot,
        bundle,
        await readFile(file),
        policy
      )

      // openssl: the certificate's key verifies the signature over the file,
      // and the certificate chains to the local CA at the signing time.
      const key = path.join(root, 'leaf-key.pem')
      await writeFile(
        key,
        await openssl(['x509', '-in', `${file}.crt`, '-pubkey', '-noout'])
      )
      const sig = path.join(root, 'sig.der')
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
          caPem,
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
      verifyWithTrustedRootFile(trust.trustedRoot, notesBundle, flipped, policy)
    ).rejects.toThrow(/signature|digest/i)
    const tamperedFile = path.join(root, 'notes-flipped.txt')
    await writeFile(tamperedFile, flipped)
    await writeFile(
      path.join(root, 'notes.key.pem'),
      await openssl(['x509', '-in', `${notes}.crt`, '-pubkey', '-noout'])
    )
    await writeFile(
      path.join(root, 'notes.sig.der'),
      Buffer.from(await readFile(`${notes}.sig`, 'utf8'), 'base64')
    )
    await expect(
      openssl([
        'dgst',
        '-sha256',
        '-verify',
        path.join(root, 'notes.key.pem'),
        '-signature',
        path.join(root, 'notes.sig.der'),
        tamperedFile
      ])
    ).rejects.toThrow(/Verification failure/)
    const sbomBundle = JSON.parse(
      await readFile(`${files[2]}.sigstore.json`, 'utf8')
    ) as BundleJson
    await expect(
      verifyWithTrustedRootFile(
        trust.trustedRoot,
        sbomBundle,
        await readFile(notes),
        policy
      )
    ).rejects.toThrow(/signature|digest/i)
    await expect(
      verifyWithTrustedRootFile(
        trust.trustedRoot,
        notesBundle,
        await readFile(notes),
        {
          subjectAlternativeName:
            'https://github.com/someone/else/.github/workflows/release.yml@refs/heads/main',
          extensions: { issuer: stack.oidc.url }
        }
      )
    ).rejects.toThrow(/identity|subject|SAN/i)

    await expectNoToken(result)
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
      const ws = await workspace(`keyed-${name.replace(/\W/g, '')}`, {
        'dist/tool.bin': crypto.randomBytes(200_000)
      })
      const keyPem = await openssl(genkey)
      const keyFile = path.join(root, `${name}.key`)
      await writeFile(keyFile, keyPem)
      const publicKey = path.join(root, `${name}.pub`)
      await writeFile(
        publicKey,
        await openssl(['pkey', '-in', keyFile, '-pubout'])
      )
      const before = certificateRequests()
      const tokensBefore = stack.oidc.server.served.length

      // The shell-friendly spelling `provenant local` prints (INPUT_REKOR_URL)
      // is read too; the runner's own is INPUT_REKOR-URL.
      const result = await runSignAction(
        stack,
        ws,
        { files: 'dist/tool.bin', key: keyPem, 'legacy-sig': 'true' },
        {
          oidc: false,
          extraEnv: {
            INPUT_SIGSTORE: 'custom',
            INPUT_REKOR_URL: stack.rekorUrl,
            INPUT_TSA_URL: stack.tsaUrl
          }
        }
      )
      expect({ code: result.code, stderr: result.stderr }).toEqual({
        code: 0,
        stderr: ''
      })
      expect(certificateRequests()).toBe(before)
      expect(stack.oidc.server.served.length).toBe(tokensBefore)
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
      const sig = path.join(root, `${name}.sig.der`)
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
      const other = path.join(root, `${name}-other.bin`)
      await copyFile(file, other)
      await writeFile(other, 'x', { flag: 'a' })
      const otherArgs = args.map((a) => (a === file ? other : a))
      await expect(openssl(otherArgs)).rejects.toThrow(
        /Verification failure|Signature Verification Failure/
      )
    }
  )

  it('rides out 503s, 429s, slow answers and dropped connections, logging every retry', async () => {
    const ws = await workspace('faults', {
      'a.txt': 'a\n',
      'b.txt': 'b\n',
      'c.txt': 'c\n'
    })
    const { fulcio, rekor, tsa } = stack.sigstore
    stack.oidc.server.faults.inject({
      route: '/token',
      kind: 'status',
      status: 503,
      times: 1
    })
    fulcio.server.faults.inject({
      route: '/api/v2/signingCert',
      kind: 'drop',
      times: 1
    })
    fulcio.server.faults.inject({
      route: '/api/v2/signingCert',
      kind: 'status',
      status: 429,
      times: 1
    })
    rekor.server.faults.inject({
      route: '/api/v1/log/entries',
      method: 'POST',
      kind: 'status',
      status: 503,
      times: 1
    })
    rekor.server.faults.inject({
      route: '/api/v1/log/entries',
      method: 'POST',
      kind: 'drop',
      times: 1
    })
    rekor.server.faults.inject({
      route: '/api/v1/log/entries',
      method: 'POST',
      kind: 'lost-response',
      times: 1
    })
    rekor.server.faults.inject({
      route: '/api/v1/log/entries',
      method: 'POST',
      kind: 'delay',
      ms: 300,
      times: 1
    })
    tsa.server.faults.inject({
      route: '/api/v1/timestamp',
      kind: 'status',
      status: 429,
      times: 1
    })
    tsa.server.faults.inject({
      route: '/api/v1/timestamp',
      kind: 'delay',
      ms: 2500,
      times: 1
    })
    tsa.server.faults.inject({
      route: '/api/v1/timestamp',
      kind: 'status',
      status: 502,
      times: 1
    })
    const started = Date.now()

    const result = await runSignAction(stack, ws, {
      ...customInputs(),
      files: '*.txt',
      'request-timeout-seconds': '1',
      'retry-budget-seconds': '30'
    })
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    expect(Date.now() - started).toBeLessThan(30_000)
    for (const server of [
      fulcio.server,
      rekor.server,
      tsa.server,
      stack.oidc.server
    ]) {
      expect([server.name, server.faults.pending]).toEqual([server.name, 0])
    }
    const retries = result.stdout
      .split('\n')
      .filter((l) =>
        /attempt \d of 5 failed .*; retrying in \d+\.\d s$/.test(l)
      )
    expect(
      retries.filter((l) => l.startsWith('OIDC token service:'))
    ).toHaveLength(1)
    expect(retries.filter((l) => l.startsWith('Fulcio:'))).toHaveLength(2)
    expect(retries.filter((l) => l.startsWith('Rekor:'))).toHaveLength(3)
    expect(retries.filter((l) => l.startsWith('TSA:'))).toHaveLength(3)
    expect(retries.join('\n')).toMatch(
      /TSA: attempt \d of 5 failed \(no answer before the request timeout\)/
    )
    expect(retries.join('\n')).toMatch(
      /Rekor: attempt \d of 5 failed \(network error/
    )

    for (const name of ['a.txt', 'b.txt', 'c.txt']) {
      const file = path.join(ws, name)
      await verifyWithTrustedRootFile(
        trust.trustedRoot,
        JSON.parse(await readFile(`${file}.sigstore.json`, 'utf8')),
        await readFile(file),
        {
          subjectAlternativeName: identity(),
          extensions: { issuer: stack.oidc.url }
        }
      )
    }
    await expectNoToken(result)
  })

  it('past the bound fails naming the service, exits non-zero, and leaves no partial bundle', async () => {
    const ws = await workspace('outage', {
      'a.txt': 'a\n',
      'b.txt': 'b\n',
      'c.txt': 'c\n'
    })
    const before = await listTree(ws)
    stack.sigstore.rekor.server.faults.inject({
      route: '/api/v1/log/entries',
      kind: 'status',
      status: 503,
      times: 100
    })
    const result = await runSignAction(stack, ws, {
      ...customInputs(),
      files: '*.txt',
      'max-attempts': '2',
      concurrency: '1'
    })
    expect(result.code).not.toBe(0)
    expect(result.stdout).toMatch(
      new RegExp(
        `^::error::Rekor \\(${escape(stack.rekorUrl)}\\) failed after 2 attempts: HTTP 503`,
        'm'
      )
    )
    expect(result.stdout).toMatch(/^Rekor: attempt 1 of 2 failed \(HTTP 503/m)
    expect(await listTree(ws)).toEqual(before)
    expect(result.outputFile).toBe('')
  })

  it('without ACTIONS_ID_TOKEN_REQUEST_URL says to add `permissions: id-token: write`', async () => {
    const ws = await workspace('no-permission', { 'a.txt': 'a\n' })
    const result = await runSignAction(
      stack,
      ws,
      { ...customInputs(), files: 'a.txt' },
      { oidc: false }
    )
    expect(result.code).not.toBe(0)
    expect(result.stdout).toMatch(
      /^::error::.*add `permissions: id-token: write` to the job/m
    )
    expect(await listTree(ws)).toEqual([path.join(ws, 'a.txt')])
  })

  it('masks a given identity-token and writes it nowhere', async () => {
    const ws = await workspace('given-token', { 'a.txt': 'a\n' })
    const token = await stack.oidc.mintToken('sigstore')
    const result = await runSignAction(
      stack,
      ws,
      {
        ...customInputs(),
        files: 'a.txt',
        'identity-token': token,
        'legacy-sig': 'true'
      },
      { oidc: false }
    )
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    expect(tokensMasked(result)).toEqual([token])
    await expectNoToken(result, [token])
  })
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
