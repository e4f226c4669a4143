/**
 * @sigstore/core's crypto.verify, through which sigstore-js makes every
 * signature check of a bundle (certificate chain, SCT, RFC 3161 timestamp,
 * checkpoint, signed entry timestamp, the artifact's signature), made cheap
 * for a run of many bundles while returning what the original returns:
 *
 *  - Each result is remembered on exact bytes: the same key (one KeyObject:
 *    verify's keys are parsed once per distinct encoding), the same
 *    algorithm, and the signature and the signed data compared byte for
 *    byte. A checkpoint that bundles logged together share is checked once;
 *    a different signature or a changed byte is checked afresh.
 *  - Inside `checkDeferred`, a check not remembered is sent to a worker
 *    thread (signature-worker.ts: node:crypto's verify, the same OpenSSL
 *    call) and counted valid for the moment; `checkDeferred` returns, with the
 *    result of its run, a promise of whether every check started there was
 *    valid. When all were, the run took exactly the path a synchronous run
 *    takes (every check answered what it really answers), so its result is
 *    the synchronous result; when one was not, the caller runs it again
 *    synchronously. The main thread goes on parsing the next bundle while
 *    another core checks signatures.
 *  - Work whose result is kept (a certificate verified once for every
 *    bundle) runs in `checkNow`: never on a provisional answer.
 */
import type { KeyObject } from 'node:crypto'
import nodeCrypto from 'node:crypto'
import { crypto as sigstoreCrypto } from '@sigstore/core'
import { SignatureWorker } from './signature-worker.js'

/** Signed data up to this size is remembered (checkpoints, SETs, timestamps, certificates). */
export const MEMO_MAX_DATA_BYTES = 16 * 1024
/** Larger data is checked on the spot: the worker is sent a copy. */
export const DEFER_MAX_DATA_BYTES = 16 * 1024 * 1024
/** Checks made on the spot before the worker is started. */
export const CHECKS_BEFORE_WORKER = 64
/** Checks remembered; past it, the memo starts over. */
const MAX_REMEMBERED = 20_000
const PATCHED = Symbol.for('provenant.signature-checks')

type VerifyFn = (
  data: Buffer,
  key: KeyObject,
  signature: Buffer,
  algorithm?: string
) => boolean

interface Remembered {
  data: Buffer
  /** The answer, or the check under way on the worker. */
  valid: boolean | Promise<boolean>
}

export type Deferred<T> =
  | { ok: true; value: T; allValid: Promise<boolean> }
  | { ok: false; error: unknown }

let worker: SignatureWorker | undefined
let deferrable = 0
let sentToWorker = 0
let remembered = new WeakMap<KeyObject, Map<string, Remembered>>()
let rememberedCount = 0
/** The checks started by the run in progress inside checkDeferred. */
let started: Promise<boolean>[] | undefined

/**
 * Runs `run` (synchronous sigstore-js verification) with its signature
 * checks moved to the thread pool; see the file comment.
 */
export function checkDeferred<T>(run: () => T): Deferred<T> {
  const outer = started
  const mine: Promise<boolean>[] = []
  started = mine
  try {
    const value = run()
    return {
      ok: true,
      value,
      allValid: Promise.all(mine).then((all) => all.every(Boolean))
    }
  } catch (error) {
    return { ok: false, error }
  } finally {
    started = outer
  }
}

/** Runs `run` with every signature check answered before it returns. */
export function checkNow<T>(run: () => T): T {
  const outer = started
  started = undefined
  try {
    return run()
  } finally {
    started = outer
  }
}

/** Installs the memo and the deferral in @sigstore/core (once). */
export function shareSignatureChecks(): void {
  const target = sigstoreCrypto as unknown as { verify: VerifyFn }
  const original = target.verify as VerifyFn & { [PATCHED]?: true }
  if (typeof original !== 'function' || original[PATCHED]) return
  const verify: VerifyFn = (data, key, signature, algorithm) => {
    if (!isKeyObject(key) || !isBytes(signature) || !isBytes(data)) {
      return original(data, key, signature, algorithm)
    }
    const id = `${algorithm ?? ''}:${signature.toString('base64')}`
    const known = recall(key, id, data)
    if (typeof known === 'boolean') return known
    if (started && known) {
      started.push(known.valid as Promise<boolean>)
      return true
    }
    const later =
      started && data.length <= DEFER_MAX_DATA_BYTES
        ? workerFor(data.length)
        : undefined
    if (started && later) {
      sentToWorker++
      // One exact copy of the data, kept by the memo and sent to the worker.
      const owned = new Uint8Array(data)
      const answer = later.verify(owned, key, signature, algorithm)
      // Unknown (the worker failed) counts as invalid here, so the caller
      // decides synchronously; it is never remembered.
      const pending = answer.then((valid) => valid === true)
      const entry = remember(key, id, owned, pending, true)
      if (entry) void answer.then((valid) => settle(key, id, entry, valid))
      started.push(pending)
      return true
    }
    const valid = original(data, key, signature, algorithm)
    remember(key, id, data, valid)
    return valid
  }
  target.verify = Object.assign(verify, { [PATCHED]: true as const })
}

/**
 * The worker, once enough checks were asked for to pay for starting it
 * (about as much as a few dozen checks); before that, and if it failed,
 * none: checks are made on the spot.
 */
function workerFor(bytes: number): SignatureWorker | undefined {
  if (++deferrable <= CHECKS_BEFORE_WORKER) return undefined
  worker ??= new SignatureWorker()
  return worker.accepts(bytes) ? worker : undefined
}

/** Signature checks a bundle takes, about (signature, log entry, checkpoint, timestamp). */
const CHECKS_PER_BUNDLE = 4

/**
 * A run about to check `bundles` bundles: when that is worth the worker,
 * its thread starts now, its start-up overlapping the run's own, and the
 * run's first checks go to it too.
 */
export function expectBundles(bundles: number): void {
  if (bundles * CHECKS_PER_BUNDLE <= CHECKS_BEFORE_WORKER) return
  deferrable = Math.max(deferrable, CHECKS_BEFORE_WORKER)
  worker ??= new SignatureWorker()
  worker.warm()
}

/**
 * For a caller with nothing left to do but wait for the checks it started:
 * the checks the worker has not begun are shared with this thread.
 */
export function helpWithChecks(): void {
  worker?.help()
}

/** A remembered check under way gets its answer, or is forgotten when there is none. */
function settle(
  key: KeyObject,
  id: string,
  entry: Remembered,
  valid: boolean | undefined
): void {
  if (valid !== undefined) entry.valid = valid
  else if (remembered.get(key)?.get(id) === entry) {
    remembered.get(key)!.delete(id)
  }
}

/** Checks sent to the worker so far in this process. */
export function checksSentToWorker(): number {
  return sentToWorker
}

/** Ends the worker thread (tests: the process never waits on an idle one). */
export async function closeSignatureWorker(): Promise<void> {
  const current = worker
  worker = undefined
  deferrable = 0
  await current?.close()
}

/** Forgets every remembered check (tests). */
export function forgetSignatureChecks(): void {
  remembered = new WeakMap()
  rememberedCount = 0
}

/** The answer remembered for exactly these bytes, or the entry of the check under way. */
function recall(
  key: KeyObject,
  id: string,
  data: Uint8Array
): boolean | Remembered | undefined {
  const entry = remembered.get(key)?.get(id)
  if (!entry || !entry.data.equals(data)) return undefined
  return typeof entry.valid === 'boolean' ? entry.valid : entry
}

/** `owned`: `data` is already a copy no one changes (a deferred check's). */
function remember(
  key: KeyObject,
  id: string,
  data: Uint8Array,
  valid: boolean | Promise<boolean>,
  owned = false
): Remembered | undefined {
  if (data.length > MEMO_MAX_DATA_BYTES) return undefined
  if (rememberedCount >= MAX_REMEMBERED) forgetSignatureChecks()
  let byKey = remembered.get(key)
  if (!byKey) {
    byKey = new Map()
    remembered.set(key, byKey)
  }
  // A copy: the caller's buffer is its own to change.
  const copy = owned ? data : new Uint8Array(data)
  const entry: Remembered = {
    data: Buffer.from(copy.buffer, copy.byteOffset, copy.length),
    valid
  }
  if (!byKey.has(id)) rememberedCount++
  byKey.set(id, entry)
  return entry
}

function isKeyObject(key: unknown): key is KeyObject {
  return key instanceof nodeCrypto.KeyObject
}

function isBytes(value: unknown): value is Buffer {
  return Buffer.isBuffer(value)
}
