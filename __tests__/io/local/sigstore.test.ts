import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { bundleToJSON } from '@sigstore/bundle'
import {
  CIContextProvider,
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness
} from '@sigstore/sign'
import type { LocalStack } from '../../../src/local/stack.js'
import { startLocalStack } from '../../../src/local/stack.js'
import { withEnv } from '../../helpers/env.js'
import { verifyWithTrustedRootFile } from '../../helpers/sigstore-verify.js'

describe('embedded local Sigstore', () => {
  let stack: LocalStack
  let dir: string
  let trustedRoot: string
  let restoreEnv: () => void

  beforeAll(async () => {
    stack = await startLocalStack()
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-sigstore-'))
    trustedRoot = (await stack.writeTrust(dir)).trustedRoot
    restoreEnv = withEnv(stack.env)
  })

  afterAll(async () => {
    restoreEnv()
    await stack.close()
    await rm(dir, { recursive: true, force: true })
  })

  const identity = (): string =>
    `https://github.com/${stack.oidc.claims.job_workflow_ref}`

  function witnesses() {
    return [
      new RekorWitness({ rekorBaseURL: stack.rekorUrl }),
      new TSAWitness({ tsaBaseURL: stack.tsaUrl })
    ]
  }

  function signer() {
    return new FulcioSigner({
      fulcioBaseURL: stack.fulcioUrl,
      identityProvider: new CIContextProvider('sigstore')
    })
  }

  it('signs a message with @sigstore/sign that sigstore-js verifies with only trusted_root.json', async () => {
    const data = Buffer.from('release artifact bytes\n')
    const bundle = await new MessageSignatureBundleBuilder({
      signer: signer(),
      witnesses: witnesses()
    }).create({ data })
    const json = bundleToJSON(bundle)
    expect(json.verificationMaterial.tlogEntries).toHaveLength(1)
    expect(
      json.verificationMaterial.timestampVerificationData?.rfc3161Timestamps
    ).toHaveLength(1)

    const signerInfo = await verifyWithTrustedRootFile(
      trustedRoot,
      json,
      data,
      {
        subjectAlternativeName: identity(),
        extensions: { issuer: stack.oidc.url }
      }
    )
    expect(signerInfo.identity?.subjectAlternativeName).toBe(identity())

    await expect(
      verifyWithTrustedRootFile(trustedRoot, json, Buffer.from('tampered'), {})
    ).rejects.toThrow(/signature/i)
    await expect(
      verifyWithTrustedRootFile(trustedRoot, json, data, {
        subjectAlternativeName: 'https://github.com/someone/else'
      })
    ).rejects.toThrow(/identity|subject/i)
  })

  it('signs a DSSE envelope whose Rekor entry verifies (canonical dsse form)', async () => {
    const statement = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'a', digest: { sha256: '00'.repeat(32) } }],
        predicateType: 'https://example.com/p',
        predicate: {}
      })
    )
    const bundle = await new DSSEBundleBuilder({
      signer: signer(),
      witnesses: witnesses()
    }).create({ data: statement, type: 'application/vnd.in-toto+json' })
    const json = bundleToJSON(bundle)
    await expect(
      verifyWithTrustedRootFile(trustedRoot, json, undefined, {
        subjectAlternativeName: identity()
      })
    ).resolves.toBeDefined()
  })

  it('answers a repeated entry with 409 and a Location the entry can be fetched from', async () => {
    const entry = stack.sigstore.rekor.entries.at(-1)!
    const body = JSON.parse(
      Buffer.from(
        Object.values(entry.response)[0]!.body as string,
        'base64'
      ).toString()
    ) as object
    const post = await fetch(`${stack.rekorUrl}/api/v1/log/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body)
    })
    expect(post.status).toBe(409)
    const location = post.headers.get('location')!
    expect(location).toBe(`/api/v1/log/entries/${entry.uuid}`)
    const got = await fetch(`${stack.rekorUrl}${location}`)
    expect(await got.json()).toEqual(entry.response)
    const byIndex = await fetch(
      `${stack.rekorUrl}/api/v1/log/entries?logIndex=${entry.logIndex}`
    )
    expect(await byIndex.json()).toEqual(entry.response)
  })

  it('rejects identity tokens Fulcio would reject', async () => {
    const request = async (token: string) =>
      fetch(`${stack.fulcioUrl}/api/v2/signingCert`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          credentials: { oidcIdentityToken: token },
          publicKeyRequest: {
            publicKey: { algorithm: 'ECDSA', content: 'x' },
            proofOfPossession: 'x'
          }
        })
      })
    const wrongAudience = await stack.oidc.mintToken('not-sigstore')
    expect((await request(wrongAudience)).status).toBe(401)
    expect((await request('not.a.jwt')).status).toBe(401)
    const good = await stack.oidc.mintToken('sigstore')
    const badProof = await request(good)
    expect(badProof.status).toBe(400)
    expect(await badProof.text()).toMatch(/proof of possession/)
  })
})
