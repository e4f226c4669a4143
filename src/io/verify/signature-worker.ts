/**
 * One worker thread that checks signatures with node:crypto's verify, in
 * batches: when the worker is idle, the checks of the synchronous run in
 * progress go as soon as it ends (a message per check cost about half the
 * check); while it is busy, checks are gathered into batches of
 * BATCH_CHECKS, the last sent when the main thread next waits or the worker
 * answers (one message each way per batch). A key is sent once and named by
 * a number after that. A check whose answer cannot be had (the worker
 * failed) is answered `undefined`, never "valid" by default; the caller then
 * decides synchronously. Past MAX_PENDING_BYTES of signed data waiting, the
 * worker takes no more until it catches up (the caller checks on the spot),
 * so memory stays bounded.
 *
 * Checks are numbered in the order they are sent, and a check is made by
 * the thread that claims its number first on one shared counter: the
 * worker, as it goes through its batches, or the main thread, when it has
 * nothing left to do but wait (`help`). The worker skips a check the main
 * thread claimed, so no check is made twice and none is left out, and the
 * last batches of a run are shared by both threads instead of waited for.
 *
 * The worker is unreferenced while nothing waits on it, so it never keeps
 * the process alive.
 */
import type { KeyObject } from 'node:crypto'
import { verify as verifySignature } from 'node:crypto'
import { Worker } from 'node:worker_threads'

/**
 * The worker's code, evaluated as CommonJS (bundlers leave it alone). A
 * check it cannot make (an error from OpenSSL) is invalid, as @sigstore/core
 * answers; a check the main thread claimed first is answered null.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { verify } = require('node:crypto')
const claimed = new Int32Array(workerData.claimed)
const keys = []
parentPort.on('message', ({ batch, first, newKeys, checks }) => {
  for (const [id, key] of newKeys) keys[id] = key
  const valid = checks.map(([keyId, algorithm, data, signature], i) => {
    const number = (first + i) | 0
    if (Atomics.compareExchange(claimed, 0, number, (number + 1) | 0) !== number) {
      return null
    }
    try {
      return verify(algorithm, data, keys[keyId], signature) === true
    } catch {
      return false
    }
  })
  parentPort.postMessage({ batch, valid })
})
`

/** Checks per message while the worker is busy. */
export const BATCH_CHECKS = 128
/** Signed data waiting for the worker, at most. */
export const MAX_PENDING_BYTES = 64 * 1024 * 1024

type Check = [
  keyId: number,
  algorithm: string | undefined,
  data: Uint8Array,
  signature: Uint8Array
]

interface Batch {
  /** The number of its first check (see the file comment). */
  first: number
  newKeys: [number, KeyObject][]
  checks: Check[]
  answers: ((valid: boolean | undefined) => void)[]
  bytes: number
}

export class SignatureWorker {
  private worker: Worker | undefined
  private readonly keyIds = new Map<KeyObject, number>()
  private readonly keys: KeyObject[] = []
  /** The number of the next check no thread has claimed. */
  private readonly claimed = new Int32Array(new SharedArrayBuffer(4))
  /** The number the next batch sent starts at. */
  private numbered = 0
  private next: Batch = emptyBatch()
  private readonly sent = new Map<number, Batch>()
  private batches = 0
  private broken = false
  private pendingBytes = 0
  private flushing = false
  private made = 0

  /** Checks the worker made (not those the main thread took over). */
  get madeOnWorker(): number {
    return this.made
  }

  /** Whether the worker takes a check over `bytes` of data now (not failed, not too far behind). */
  accepts(bytes: number): boolean {
    return !this.broken && this.pendingBytes + bytes <= MAX_PENDING_BYTES
  }

  /**
   * Whether `signature` over `data` is valid for `key`, checked on the
   * worker; undefined when the worker could not answer. `data` must be an
   * exact-size copy that no one changes (it is sent as it is).
   */
  verify(
    data: Uint8Array,
    key: KeyObject,
    signature: Uint8Array,
    algorithm: string | undefined
  ): Promise<boolean | undefined> {
    return new Promise((resolve) => {
      let keyId = this.keyIds.get(key)
      if (keyId === undefined) {
        keyId = this.keyIds.size
        this.keyIds.set(key, keyId)
        this.keys.push(key)
        this.next.newKeys.push([keyId, key])
      }
      // A copy of exactly the signature's bytes: a Buffer may be a view of
      // a larger block, which a message would copy whole.
      this.next.checks.push([keyId, algorithm, data, new Uint8Array(signature)])
      this.next.answers.push(resolve)
      this.next.bytes += data.length
      this.pendingBytes += data.length
      if (this.next.checks.length >= BATCH_CHECKS) {
        this.send()
      } else if (!this.flushing) {
        // An idle worker gets the checks of the synchronous run in progress
        // (one bundle's) as soon as it ends; a busy one gets the rest of a
        // batch when the main thread next waits, or when it answers.
        this.flushing = true
        const flush = (): void => {
          this.flushing = false
          this.send()
        }
        if (this.sent.size === 0) queueMicrotask(flush)
        else setImmediate(flush)
      }
    })
  }

  /**
   * Starts the worker's thread now, ahead of the first batch, so that its
   * start-up overlaps what the main thread does before it has checks.
   */
  warm(): void {
    if (!this.broken) this.start().unref()
  }

  /**
   * Makes on this thread every check sent that the worker has not started
   * (see the file comment): for a caller with nothing left to do but wait
   * for the answers. Checks not yet sent are sent first. Returns how many
   * checks it made.
   */
  help(): number {
    this.send()
    let made = 0
    for (const batch of this.sent.values()) {
      batch.checks.forEach(([keyId, algorithm, data, signature], i) => {
        const key = this.keys[keyId]
        const answer = batch.answers[i]
        const number = (batch.first + i) | 0
        if (!key || !answer) return
        const taken = Atomics.compareExchange(
          this.claimed,
          0,
          number,
          (number + 1) | 0
        )
        if (taken !== number) return
        let valid: boolean
        try {
          valid = verifySignature(algorithm, data, key, signature) === true
        } catch {
          valid = false
        }
        made++
        answer(valid)
      })
    }
    return made
  }

  /** Ends the worker; checks still waiting are answered undefined, and later ones are not taken. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    this.broken = true
    this.fail()
    if (worker) await worker.terminate()
  }

  private send(): void {
    const batch = this.next
    if (batch.checks.length === 0) return
    this.next = emptyBatch()
    batch.first = this.numbered
    this.numbered = (this.numbered + batch.checks.length) | 0
    const id = ++this.batches
    this.sent.set(id, batch)
    const worker = this.start()
    worker.ref()
    worker.postMessage({
      batch: id,
      first: batch.first,
      newKeys: batch.newKeys,
      checks: batch.checks
    })
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { claimed: this.claimed.buffer }
    })
    worker.on(
      'message',
      ({ batch, valid }: { batch: number; valid: (boolean | null)[] }) => {
        const answered = this.sent.get(batch)
        this.sent.delete(batch)
        if (answered) this.pendingBytes -= answered.bytes
        // null: the main thread claimed the check and answered it (help).
        answered?.answers.forEach((answer, i) => {
          if (valid[i] === null) return
          this.made++
          answer(valid[i] === true)
        })
        this.send()
        if (this.sent.size === 0) worker.unref()
      }
    )
    const broken = (): void => {
      if (this.worker !== worker) return
      this.worker = undefined
      this.broken = true
      this.fail()
    }
    worker.on('error', broken)
    worker.on('exit', broken)
    this.worker = worker
    return worker
  }

  /**
   * Every check sent or waiting answered undefined: no answer, so the
   * caller checks on the spot (never "invalid" remembered for a valid
   * signature).
   */
  private fail(): void {
    const waiting = [...this.sent.values(), this.next]
    this.sent.clear()
    this.next = emptyBatch()
    this.pendingBytes = 0
    for (const batch of waiting)
      batch.answers.forEach((answer) => answer(undefined))
  }
}

function emptyBatch(): Batch {
  return { first: 0, newKeys: [], checks: [], answers: [], bytes: 0 }
}
