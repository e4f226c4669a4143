/**
 * The signature worker's backlog bound (signature-worker.ts): it takes no
 * more than MAX_PENDING_BYTES of signed data at once, and takes more again
 * as it answers, so a large release keeps its checks on the worker.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto'
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
