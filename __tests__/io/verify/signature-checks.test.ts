/**
 * Signature checks as verify makes them for a run of many bundles
 * (signature-checks.ts): remembered on exact bytes, and answered on a
 * worker thread inside checkDeferred. Every answer must be node:crypto's,
 * whatever was checked before it.
 */
import type { KeyObject } from 'node:crypto'
import { generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto'
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { crypto as sigstoreCrypto } from '@sigstore/core'
import {
  CHECKS_BEFORE_WORKER,
  checkDeferred,
  checkNow,
  checksSentToWorker,
  closeSignatureWorker,
  expectBundles,
  forgetSignatureChecks,
  shareSignatureChecks
} from '../../../src/io/verify/signature-checks.js'

interface Case {
  data: Buffer
  key: KeyObject
  signature: Buffer
}

const keys = [0, 1].map(() =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' })
)

function signed(n: number): Case[] {
  return Array.from({ length: n }, (_, i) => {
    const pair = keys[i % 2]!
    const data = randomBytes(64 + i)
    return {
      data,
      key: pair.publicKey,
      signature: sign('sha256', data, pair.privateKey)
    }
  })
}

/** Each case, and each changed: another byte, another key, a bit of the signature. */
function variants(c: Case): Case[] {
  const data = Buffer.from(c.data)
  data[0] = data[0]! ^ 1
  const signature = Buffer.from(c.signature)
  signature[signature.length - 1] = signature[signature.length - 1]! ^ 1
  const other = keys.find((k) => !k.publicKey.equals(c.key))!.publicKey
  return [
    c,
    { ...c, data },
    { ...c, key: other },
    { ...c, signature },
    { ...c, signature: Buffer.from('not DER') }
  ]
}

const expected = (c: Case) => {
  try {
    return verify(undefined, c.data, c.key, c.signature)
  } catch {
    return false
  }
}

const check = (c: Case) => sigstoreCrypto.verify(c.data, c.key, c.signature)

describe('signature checks', () => {
  beforeEach(() => {
    shareSignatureChecks()
    forgetSignatureChecks()
  })
  afterAll(() => closeSignatureWorker())

  it('answers as node:crypto does, a changed byte after a valid check included, in either order', () => {
    const all = signed(8).flatMap(variants)
    for (const order of [all, [...all].reverse()]) {
      forgetSignatureChecks()
      for (const c of order) expect(check(c)).toBe(expected(c))
      // Asked again, from the memo.
      for (const c of order) expect(check(c)).toBe(expected(c))
    }
    expect(all.filter(expected)).toHaveLength(8)
  })

  it('answers deferred checks on the worker: all valid, or not', async () => {
    const cases = signed(CHECKS_BEFORE_WORKER + 40)
    // The first checks are made on the spot and start the worker's count.
    const good = checkDeferred(() => cases.map(check))
    expect(good.ok && good.value.every(Boolean)).toBe(true)
    expect(good.ok && (await good.allValid)).toBe(true)

    const later = signed(20)
    for (const bad of later.slice(0, 10).flatMap(variants).slice(1)) {
      if (expected(bad)) continue
      // Counted valid for the moment, answered invalid by the worker.
      const run = checkDeferred(() => [check(later[10]!), check(bad)])
      expect(run.ok && run.value).toEqual([true, true])
      expect(run.ok && (await run.allValid)).toBe(false)
      // Asked again synchronously: the worker's answer, remembered.
      expect(check(bad)).toBe(false)
    }
  })

  it('answers inside checkNow on the spot, even within a deferred run', async () => {
    checkDeferred(() => signed(CHECKS_BEFORE_WORKER + 1).forEach(check))
    const [good] = signed(1)
    const bad = variants(good!)[1]!
    const run = checkDeferred(() => checkNow(() => check(bad)))
    expect(run.ok && run.value).toBe(false)
    expect(run.ok && (await run.allValid)).toBe(true)
  })

  it('shares a check under way between runs, and gives both its answer', async () => {
    checkDeferred(() => signed(CHECKS_BEFORE_WORKER + 1).forEach(check))
    const [good] = signed(1)
    const bad = variants(good!)[3]!
    const first = checkDeferred(() => check(bad))
    const second = checkDeferred(() => check(bad))
    expect(first.ok && (await first.allValid)).toBe(false)
    expect(second.ok && (await second.allValid)).toBe(false)
    const valid = checkDeferred(() => check(good!))
    const again = checkDeferred(() => check(good!))
    expect(valid.ok && (await valid.allValid)).toBe(true)
    expect(again.ok && (await again.allValid)).toBe(true)
  })

  it('sends a run that expects many bundles to the worker from its first check, and a small one not', async () => {
    await closeSignatureWorker()
    expectBundles(CHECKS_BEFORE_WORKER / 4)
    const sent = checksSentToWorker()
    const [small] = signed(1)
    const onTheSpot = checkDeferred(() => check(small!))
    expect(checksSentToWorker()).toBe(sent)
    expect(onTheSpot.ok && (await onTheSpot.allValid)).toBe(true)

    await closeSignatureWorker()
    expectBundles(1000)
    const [first] = signed(1)
    const bad = variants(first!)[1]!
    const deferred = checkDeferred(() => [check(first!), check(bad)])
    expect(checksSentToWorker()).toBe(sent + 2)
    expect(deferred.ok && deferred.value).toEqual([true, true])
    expect(deferred.ok && (await deferred.allValid)).toBe(false)
  })

  it("decides on the spot, with node:crypto's answer, the checks a worker that ended never answered", async () => {
    await closeSignatureWorker()
    expectBundles(1000)
    // Each with its own signature or key (the memo's key): the file's own,
    // another key's, an altered signature.
    const cases = signed(40).flatMap((c) => {
      const [own, , otherKey, otherSignature] = variants(c)
      return [own!, otherKey!, otherSignature!]
    })
    const run = checkDeferred(() => cases.map(check))
    expect(run.ok && run.value.every(Boolean)).toBe(true)
    // The worker ends before answering: no check counts as valid...
    await closeSignatureWorker()
    expect(run.ok && (await run.allValid)).toBe(false)
    // ...and none is remembered as invalid: asked again, each is node:crypto's.
    for (const c of cases) expect(check(c)).toBe(expected(c))
    expect(cases.filter(expected)).toHaveLength(40)
  })

  it('reports an error thrown by the run, with no answer to wait for', () => {
    const run = checkDeferred(() => {
      throw new Error('boom')
    })
    expect(run.ok).toBe(false)
    expect(!run.ok && (run.error as Error).message).toBe('boom')
  })
})
