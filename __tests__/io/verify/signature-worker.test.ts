/**
 * The signature worker (signature-worker.ts): its backlog bound (it takes no
 * more than MAX_PENDING_BYTES of signed data at once, and takes more again
 * as it answers, so a large release keeps its checks on the worker), and
 * the checks the main thread takes over while it waits.
 */
import { generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  MAX_PENDING_BYTES,
  SignatureWorker
} from '../../../src/io/verify/signature-worker.js'

describe('the signature worker backlog', () => {
  const worker = new SignatureWorker()
  afterAll(() => worker.close())
  const { publicKey, privateKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256'
  })

  it('takes checks again once the ones before are answered', async () => {
    const size = MAX_PENDING_BYTES / 4
    const data = new Uint8Array(randomBytes(size))
    const signature = sign('sha256', data, privateKey)
    // Twice the bound in all, each check awaited before the next.
    for (let i = 0; i < 8; i++) {
      expect(worker.accepts(size)).toBe(true)
      await expect(
        worker.verify(data, publicKey, signature, 'sha256')
      ).resolves.toBe(true)
    }
    // At the bound while unanswered: no more.
    const waiting = [0, 1, 2, 3].map(() =>
      worker.verify(data, publicKey, signature, 'sha256')
    )
    expect(worker.accepts(1)).toBe(false)
    await Promise.all(waiting)
    expect(worker.accepts(size)).toBe(true)
  })
})

describe('the main thread helping the worker', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256'
  })
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey

  it("makes the checks the worker has not begun, and every answer is node:crypto's", async () => {
    const worker = new SignatureWorker()
    try {
      const cases = Array.from({ length: 600 }, (_, i) => {
        const data = new Uint8Array(randomBytes(100 + (i % 7)))
        const signature = sign('sha256', data, privateKey)
        // Every third check is over changed data, every fifth with another key.
        if (i % 3 === 0) data[0] = data[0]! ^ 1
        return { data, signature, key: i % 5 === 0 ? other : publicKey }
      })
      const answers = cases.map((c) =>
        worker.verify(c.data, c.key, c.signature, 'sha256')
      )
      // Asked at once: the worker's thread is still starting, so this
      // thread takes checks (the worker the rest as it comes up).
      const helped = worker.help()
      expect(helped).toBeGreaterThan(0)
      const expected = cases.map((c) =>
        verify('sha256', c.data, c.key, c.signature)
      )
      await expect(Promise.all(answers)).resolves.toEqual(expected)
      // Each check made once, by one thread or the other.
      expect(helped + worker.madeOnWorker).toBe(cases.length)
      expect(expected.filter(Boolean).length).toBeGreaterThan(0)
      expect(expected.filter((v) => !v).length).toBeGreaterThan(0)
      // Nothing left to help with.
      expect(worker.help()).toBe(0)
    } finally {
      await worker.close()
    }
  })

  it('leaves the checks the worker answered to it', async () => {
    const worker = new SignatureWorker()
    try {
      const data = new Uint8Array(randomBytes(64))
      const signature = sign('sha256', data, privateKey)
      await expect(
        worker.verify(data, publicKey, signature, 'sha256')
      ).resolves.toBe(true)
      expect(worker.help()).toBe(0)
      expect(worker.madeOnWorker).toBe(1)
    } finally {
      await worker.close()
    }
  })
})
