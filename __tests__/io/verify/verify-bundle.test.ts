/**
 * `provenant verify-bundle` (the sigstore-conformance protocol) on bundles
 * made on the local stack, with its trusted_root.json: files and
 * sha256:<hex> digests, message signatures, DSSE statements and keyed
 * bundles; each failure a non-zero exit.
 */
import crypto from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { bundleToJSON } from '@sigstore/bundle'
import {
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness
} from '@sigstore/sign'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { runProvenant } from '../../helpers/cli.js'
import { withEnv } from '../../helpers/env.js'
import type { ReleaseSigner } from '../../helpers/local-release.js'
import { createReleaseSigner } from '../../helpers/local-release.js'
import {
  sha256,
  slsaStatement,
  writeJson
} from '../../helpers/verify-fixtures.js'

describe('provenant verify-bundle', () => {
  let stack: LocalStack
  let tmp: string
  let trustedRoot: string
  let signer: ReleaseSigner
  let restoreEnv: () => void
  const data = Buffer.from('conformance artifact\n')
  let file: string
  let bundle: string

  beforeAll(async () => {
    stack = await startLocalStack()
    restoreEnv = withEnv(stack.env)
    tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-vb-'))
    trustedRoot = (await stack.writeTrust(tmp)).trustedRoot
    signer = createReleaseSigner(stack)
    file = path.join(tmp, 'a.txt')
    bundle = path.join(tmp, 'a.txt.sigstore.json')
    await writeFile(file, data)
    await writeJson(bundle, await signer.message(data))
  })

  afterAll(async () => {
    restoreEnv()
    await stack.close()
    await rm(tmp, { recursive: true, force: true })
  })

  const verifyBundle = (
    b: string,
    artifact: string,
    identity = signer.identity,
    extra: string[] = []
  ) =>
    runProvenant([
      'verify-bundle',
      '--bundle',
      b,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      signer.issuer,
      '--trusted-root',
      trustedRoot,
      ...extra,
      artifact
    ])

  it('verifies a message signature over the file and over its sha256 digest', async () => {
    expect(await verifyBundle(bundle, file)).toMatchObject({ code: 0 })
    const digest = await verifyBundle(bundle, `sha256:${sha256(data)}`)
    expect(digest).toMatchObject({ code: 0 })
    expect(digest.err).toMatch(/verified: sha256:/)
  })

  it('rejects another identity, another issuer and a changed file', async () => {
    const identity = await verifyBundle(
      bundle,
      file,
      'https://github.com/someone/else/.github/workflows/x.yml@refs/heads/main'
    )
    expect(identity.code).toBe(1)
    expect(identity.err).toMatch(/not https:\/\/github.com\/someone\/else/)
    const issuer = await runProvenant([
      'verify-bundle',
      '--bundle',
      bundle,
      '--certificate-identity',
      signer.identity,
      '--certificate-oidc-issuer',
      'https://token.actions.githubusercontent.com',
      '--trusted-root',
      trustedRoot,
      file
    ])
    expect(issuer.code).toBe(1)
    const changed = path.join(tmp, 'changed.txt')
    await writeFile(changed, 'conformance artifact!\n')
    expect((await verifyBundle(bundle, changed)).code).toBe(1)
    expect((await verifyBundle(bundle, `sha256:${sha256('other')}`)).code).toBe(
      1
    )
  })

  it('fails without the right trusted root (the public-good root knows no local CA)', async () => {
    const result = await runProvenant([
      'verify-bundle',
      '--bundle',
      bundle,
      '--certificate-identity',
      signer.identity,
      '--certificate-oidc-issuer',
      signer.issuer,
      '--offline',
      file
    ])
    expect(result.code).toBe(1)
  })

  it('verifies a DSSE statement that names the artifact, and rejects one that does not', async () => {
    const dsse = path.join(tmp, 'a.intoto.json')
    await writeJson(
      dsse,
      await signer.attest(
        slsaStatement([{ name: 'a.txt', digest: { sha256: sha256(data) } }])
      )
    )
    expect((await verifyBundle(dsse, file)).code).toBe(0)
    expect((await verifyBundle(dsse, `sha256:${sha256(data)}`)).code).toBe(0)
    const other = path.join(tmp, 'b.txt')
    await writeFile(other, 'b')
    const wrong = await verifyBundle(dsse, other)
    expect(wrong.code).toBe(1)
    expect(wrong.err).toMatch(/names no subject/)
  })

  it('verifies a bundle signed with a key against --key, and rejects another key', async () => {
    const keys = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const publicPem = keys.publicKey
      .export({ format: 'pem', type: 'spki' })
      .toString()
    const keyed = bundleToJSON(
      await new MessageSignatureBundleBuilder({
        signer: {
          sign: (bytes: Buffer) =>
            Promise.resolve({
              signature: crypto.sign('sha256', bytes, keys.privateKey),
              key: {
                $case: 'publicKey' as const,
                publicKey: publicPem,
                hint: 'release-key'
              }
            })
        },
        witnesses: [
          new RekorWitness({ rekorBaseURL: stack.rekorUrl }),
          new TSAWitness({ tsaBaseURL: stack.tsaUrl })
        ]
      }).create({ data })
    )
    const keyedBundle = path.join(tmp, 'keyed.sigstore.json')
    await writeJson(keyedBundle, keyed)
    const pem = path.join(tmp, 'release.pub')
    await writeFile(pem, publicPem)
    const ok = await runProvenant([
      'verify-bundle',
      '--bundle',
      keyedBundle,
      '--key',
      pem,
      '--trusted-root',
      trustedRoot,
      file
    ])
    expect(ok).toMatchObject({ code: 0 })
    const another = path.join(tmp, 'another.pub')
    const otherKey = crypto.generateKeyPairSync('ec', {
      namedCurve: 'P-256'
    }).publicKey
    await writeFile(
      another,
      otherKey.export({ format: 'pem', type: 'spki' }).toString()
    )
    expect(
      (
        await runProvenant([
          'verify-bundle',
          '--bundle',
          keyedBundle,
          '--key',
          another,
          '--trusted-root',
          trustedRoot,
          file
        ])
      ).code
    ).toBe(1)
    expect((await verifyBundle(keyedBundle, file)).code).toBe(1)
  })

  it('answers usage and missing inputs with exit 2', async () => {
    expect((await runProvenant(['verify-bundle', file])).code).toBe(2)
    expect(
      (await verifyBundle(path.join(tmp, 'missing.json'), file)).code
    ).toBe(2)
    expect(
      (await verifyBundle(bundle, path.join(tmp, 'missing.txt'))).code
    ).toBe(2)
    expect(
      (
        await runProvenant([
          'verify-bundle',
          '--bundle',
          bundle,
          '--certificate-identity',
          'x',
          '--certificate-oidc-issuer',
          'y',
          '--trusted-root',
          path.join(tmp, 'nope.json'),
          file
        ])
      ).code
    ).toBe(2)
  })
})
