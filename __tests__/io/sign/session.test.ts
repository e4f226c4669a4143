import crypto from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { bundleToJSON } from '@sigstore/bundle'
import { parsePrivateKey } from '../../../src/io/sign/keys.js'
import { createStaticTokenSource } from '../../../src/io/sign/oidc.js'
import type { Credentials } from '../../../src/io/sign/session.js'
import { createSigningSession } from '../../../src/io/sign/session.js'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import { verifyWithTrustedRootFile } from '../../helpers/sigstore-verify.js'
import { LOOPBACK_NO_PROXY, fastRetry, verifyKeyedBundle } from './support.js'
import { recordingLogger } from '../../helpers/logger.js'

describe('signing session (one key, one certificate per run)', () => {
  let stack: LocalStack
  let dir: string
  let trustedRoot: string
  let restoreEnv: () => void

  beforeAll(async () => {
    restoreEnv = withEnv(LOOPBACK_NO_PROXY)
    stack = await startLocalStack()
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-session-'))
    trustedRoot = (await stack.writeTrust(dir)).trustedRoot
  })

  afterAll(async () => {
    await stack.close()
    await rm(dir, { recursive: true, force: true })
    restoreEnv()
  })

  const identity = (): string =>
    `https://github.com/${stack.oidc.claims.job_workflow_ref}`
  const endpoints = () => ({
    rekor: { url: stack.rekorUrl, majorApiVersion: 1 },
    tsaUrl: stack.tsaUrl
  })
  const keyless = async (): Promise<Credentials> => ({
    kind: 'fulcio',
    fulcioUrl: stack.fulcioUrl,
    tokens: createStaticTokenSource(await stack.oidc.mintToken('sigstore'))
  })
  const certificateRequests = (): number =>
    stack.sigstore.fulcio.server.served.filter((r) => r.method === 'POST')
      .length

  it('signs many files and bytes with one certificate; v0.3 bundles verify with sigstore-js', async () => {
    const before = certificateRequests()
    const session = createSigningSession({
      credentials: await keyless(),
      endpoints: endpoints(),
      retry: fastRetry(recordingLogger())
    })
    await session.start()
    const files = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const file = path.join(dir, `f${i}.txt`)
        await writeFile(file, `file ${i}\n`.repeat(i * 1000 + 1))
        return file
      })
    )
    const signed = await Promise.all(files.map((f) => session.signFile(f)))
    const bytes = await session.signBytes(Buffer.from('in memory'))
    expect(session.certificatesIssued).toBe(1)
    expect(certificateRequests() - before).toBe(1)

    for (const [i, artifact] of [...signed, bytes].entries()) {
      const json = bundleToJSON(artifact.bundle)
      expect(json.mediaType).toBe(
        'application/vnd.dev.sigstore.bundle.v0.3+json'
      )
      expect(json.verificationMaterial.certificate?.rawBytes).toBeDefined()
      expect(json.verificationMaterial.x509CertificateChain).toBeUndefined()
      expect(json.verificationMaterial.tlogEntries).toHaveLength(1)
      const data =
        i < files.length ? `file ${i}\n`.repeat(i * 1000 + 1) : 'in memory'
      expect(artifact.digest).toEqual(
        crypto.createHash('sha256').update(data).digest()
      )
      const signer = await verifyWithTrustedRootFile(
        trustedRoot,
        json,
        Buffer.from(data),
        {
          subjectAlternativeName: identity(),
          extensions: { issuer: stack.oidc.url }
        }
      )
      expect(signer.identity?.subjectAlternativeName).toBe(identity())
    }
    const certs = new Set(
      [...signed, bytes].map(
        (a) => (a.signature.key as { certificate: string }).certificate
      )
    )
    expect(certs.size).toBe(1)
    await expect(session.identity()).resolves.toEqual({
      identity: identity(),
      issuer: stack.oidc.url,
      repository: 'provenant-demo/hello'
    })
  })

  it('signs DSSE statements through DSSEBundleBuilder with the same certificate', async () => {
    const session = createSigningSession({
      credentials: await keyless(),
      endpoints: endpoints(),
      retry: fastRetry(recordingLogger())
    })
    const statement = (name: string) =>
      Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [{ name, digest: { sha256: '11'.repeat(32) } }],
          predicateType: 'https://slsa.dev/provenance/v1',
          predicate: {}
        })
      )
    const bundles = await Promise.all(
      ['a', 'b', 'c'].map((n) =>
        session.signDsse(statement(n), 'application/vnd.in-toto+json')
      )
    )
    expect(session.certificatesIssued).toBe(1)
    for (const bundle of bundles) {
      const json = bundleToJSON(bundle)
      expect(json.mediaType).toBe(
        'application/vnd.dev.sigstore.bundle.v0.3+json'
      )
      expect(json.dsseEnvelope?.payloadType).toBe(
        'application/vnd.in-toto+json'
      )
      await expect(
        verifyWithTrustedRootFile(trustedRoot, json, undefined, {
          subjectAlternativeName: identity()
        })
      ).resolves.toBeDefined()
    }
  })

  it('renews the certificate before it expires, and only then', async () => {
    let now = Date.now()
    const retry = fastRetry(recordingLogger(), { budgetMs: 60_000 })
    retry.env.now = () => new Date(now)
    const session = createSigningSession({
      credentials: await keyless(),
      endpoints: endpoints(),
      retry
    })
    await session.signBytes(Buffer.from('one'))
    now += 5 * 60_000 // half of the 10 minutes: still good
    await session.signBytes(Buffer.from('two'))
    expect(session.certificatesIssued).toBe(1)
    now += 4 * 60_000 // one minute left, less than the retry budget + slack
    await Promise.all([
      session.signBytes(Buffer.from('three')),
      session.signBytes(Buffer.from('four'))
    ])
    expect(session.certificatesIssued).toBe(2)
  })

  it.each([
    [
      'ECDSA P-256',
      () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })
    ],
    ['Ed25519', () => crypto.generateKeyPairSync('ed25519')]
  ])(
    'keyed mode (%s): no Fulcio, a public-key hint, verifies with the public key',
    async (_, make) => {
      const { privateKey, publicKey } = make()
      const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
      const before = certificateRequests()
      const session = createSigningSession({
        credentials: { kind: 'key', key: parsePrivateKey(pem) },
        endpoints: endpoints(),
        retry: fastRetry(recordingLogger())
      })
      const file = path.join(dir, 'keyed.bin')
      const data = crypto.randomBytes(300_000)
      await writeFile(file, data)
      const artifact = await session.signFile(file)
      expect(certificateRequests()).toBe(before)
      expect(session.keyed).toBe(true)
      await expect(session.identity()).resolves.toBeUndefined()
      const json = bundleToJSON(artifact.bundle)
      const hint = crypto
        .createHash('sha256')
        .update(publicKey.export({ format: 'der', type: 'spki' }))
        .digest('hex')
      expect(json.verificationMaterial.publicKey).toEqual({ hint })
      const signature = artifact.signature.signature
      if (publicKey.asymmetricKeyType === 'ed25519') {
        // Pure Ed25519 over the file (what openssl and cosign check);
        // sigstore-js checks message signatures as hash-then-sign only.
        expect(crypto.verify(null, data, publicKey, signature)).toBe(true)
        expect(json.verificationMaterial.tlogEntries).toHaveLength(1)
        return
      }
      expect(crypto.verify('sha256', data, publicKey, signature)).toBe(true)
      await expect(
        verifyKeyedBundle(trustedRoot, json, data, publicKey)
      ).resolves.toBeDefined()
      await expect(
        verifyKeyedBundle(
          trustedRoot,
          json,
          Buffer.concat([data, Buffer.from('x')]),
          publicKey
        )
      ).rejects.toThrow(/signature/i)
    }
  )

  it('refuses keys it cannot use, without quoting them', () => {
    const rsa = crypto
      .generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString()
    const p384 = crypto
      .generateKeyPairSync('ec', { namedCurve: 'P-384' })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString()
    for (const [pem, code, message] of [
      [rsa, 'SIGN_KEY_ALGORITHM', /an? rsa key: use ECDSA P-256/],
      [p384, 'SIGN_KEY_ALGORITHM', /secp384r1/],
      [
        '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
        'SIGN_KEY_UNREADABLE',
        /cannot be read/
      ]
    ] as const) {
      let error: unknown
      try {
        parsePrivateKey(pem)
      } catch (e) {
        error = e
      }
      expect((error as { code: string }).code).toBe(code)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).not.toContain(pem.split('\n')[1])
    }
  })
})
