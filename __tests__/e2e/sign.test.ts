/**
 * The bundled action (dist/sign/index.js) run as the runner runs it:
 * INPUT_* variables (hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
 * RUNNER_TEMP files, the OIDC request variables, all pointing at the local
 * stack: faults ridden out, errors, and tokens never written. What it
 * writes is checked by sigstore-js; sign.interop.test.ts adds openssl.
 */
import crypto from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { encryptCosignKey } from '../../src/io/sign/cosign-key.js'
import { verifyWithTrustedRootFile } from '../helpers/sigstore-verify.js'
import { listTree, runSignAction, tokensMasked } from './sign-support.js'
import { useSignSuite } from './sign-suite.js'

describe('actions/sign (dist/sign/index.js) against the local stack', () => {
  const s = useSignSuite()

  it('rides out 503s, 429s, slow answers and dropped connections, logging every retry', async () => {
    const ws = await s.workspace('faults', {
      'a.txt': 'a\n',
      'b.txt': 'b\n',
      'c.txt': 'c\n'
    })
    const { fulcio, rekor, tsa } = s.stack.sigstore
    s.stack.oidc.server.faults.inject({
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

    const result = await runSignAction(s.stack, ws, {
      ...s.customInputs(),
      files: '*.txt',
      // Below the TSA's 2.5 s delay, with room for a loaded machine's
      // slow (but not faulty) answers.
      'request-timeout-seconds': '2',
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
      s.stack.oidc.server
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
        s.trust.trustedRoot,
        JSON.parse(await readFile(`${file}.sigstore.json`, 'utf8')),
        await readFile(file),
        {
          subjectAlternativeName: s.identity(),
          extensions: { issuer: s.stack.oidc.url }
        }
      )
    }
    await s.expectNoToken(result)
  })

  it('past the bound fails naming the service, exits non-zero, and leaves no partial bundle', async () => {
    const ws = await s.workspace('outage', {
      'a.txt': 'a\n',
      'b.txt': 'b\n',
      'c.txt': 'c\n'
    })
    const before = await listTree(ws)
    s.stack.sigstore.rekor.server.faults.inject({
      route: '/api/v1/log/entries',
      kind: 'status',
      status: 503,
      times: 100
    })
    const result = await runSignAction(s.stack, ws, {
      ...s.customInputs(),
      files: '*.txt',
      'max-attempts': '2',
      concurrency: '1'
    })
    expect(result.code).not.toBe(0)
    expect(result.stdout).toMatch(
      new RegExp(
        `^::error::Rekor \\(${escape(s.stack.rekorUrl)}\\) failed after 2 attempts: HTTP 503`,
        'm'
      )
    )
    expect(result.stdout).toMatch(/^Rekor: attempt 1 of 2 failed \(HTTP 503/m)
    expect(await listTree(ws)).toEqual(before)
    expect(result.outputFile).toBe('')
  })

  it('without ACTIONS_ID_TOKEN_REQUEST_URL says to add `permissions: id-token: write`', async () => {
    const ws = await s.workspace('no-permission', { 'a.txt': 'a\n' })
    const result = await runSignAction(
      s.stack,
      ws,
      { ...s.customInputs(), files: 'a.txt' },
      { oidc: false }
    )
    expect(result.code).not.toBe(0)
    expect(result.stdout).toMatch(
      /^::error::.*add `permissions: id-token: write` to the job/m
    )
    expect(await listTree(ws)).toEqual([path.join(ws, 'a.txt')])
  })

  it('masks a given identity-token and writes it nowhere', async () => {
    const ws = await s.workspace('given-token', { 'a.txt': 'a\n' })
    const token = await s.stack.oidc.mintToken('sigstore')
    const result = await runSignAction(
      s.stack,
      ws,
      {
        ...s.customInputs(),
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
    await s.expectNoToken(result, [token])
  })

  it("keyed with a key in cosign's encrypted format, its passphrase in COSIGN_PASSWORD, masked", async () => {
    const ws = await s.workspace('cosign-key', { 'a.txt': 'a\n' })
    const key = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const passphrase = 'Qw8-cosign-passphrase'
    const inputs = {
      files: 'a.txt',
      key: encryptCosignKey(key.privateKey, passphrase)
    }
    const extraEnv = {
      INPUT_SIGSTORE: 'custom',
      'INPUT_REKOR-URL': s.stack.rekorUrl
    }
    const signed = await runSignAction(s.stack, ws, inputs, {
      oidc: false,
      extraEnv: { ...extraEnv, COSIGN_PASSWORD: passphrase }
    })
    expect({ code: signed.code, stderr: signed.stderr }).toEqual({
      code: 0,
      stderr: ''
    })
    expect(tokensMasked(signed)).toEqual([passphrase])
    const bundle = JSON.parse(
      await readFile(path.join(ws, 'a.txt.sigstore.json'), 'utf8')
    ) as { messageSignature: { signature: string } }
    expect(
      crypto.verify(
        'sha256',
        Buffer.from('a\n'),
        key.publicKey,
        Buffer.from(bundle.messageSignature.signature, 'base64')
      )
    ).toBe(true)

    const ws2 = await s.workspace('cosign-key-wrong', { 'a.txt': 'a\n' })
    const wrong = await runSignAction(s.stack, ws2, inputs, {
      oidc: false,
      extraEnv: { ...extraEnv, COSIGN_PASSWORD: 'Zz1-not-it' }
    })
    expect(wrong.code).not.toBe(0)
    expect(wrong.stdout).toContain('input "key": wrong passphrase')
    expect(tokensMasked(wrong)).toEqual(['Zz1-not-it'])
    const printed = `${wrong.stdout}${wrong.stderr}`.replace(
      /^::add-mask::.*$/gm,
      ''
    )
    expect(printed).not.toMatch(/Zz1-not-it|Qw8/)
    expect(await listTree(ws2)).toEqual([path.join(ws2, 'a.txt')])

    const ws3 = await s.workspace('cosign-key-none', { 'a.txt': 'a\n' })
    const none = await runSignAction(s.stack, ws3, inputs, {
      oidc: false,
      extraEnv
    })
    expect(none.code).not.toBe(0)
    expect(none.stdout).toContain('set COSIGN_PASSWORD')
  }, 120_000)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
