/**
 * The one hasher for every digest of a file. One file: read whole up to
 * 4 MiB, in 4 MiB reads past that, every algorithm asked for fed in the
 * same pass. Many files (SHA-256): one worker
 * thread per core when there is enough data to keep them busy (Node hashes
 * on the thread that calls update, so a single thread is bound to one core).
 * Small sets are hashed on the main thread, where a worker's start-up would
 * dominate, a few files at a time.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { mapWithConcurrency } from '../../lib/sign/concurrency.js'

export interface FileDigest {
  path: string
  sha256: string
  size: number
}

/** 4 MiB reads: past this, larger reads gain nothing measurable. */
export const READ_BYTES = 4 * 1024 * 1024
/** Below this many bytes in all, workers cost more than they save. */
export const WORKER_THRESHOLD_BYTES = 64 * 1024 * 1024
export const MAX_HASH_WORKERS = 8
/** Files read at once on the main thread: small files wait on I/O, not the CPU. */
export const MAIN_THREAD_CONCURRENCY = 8

/**
 * The worker's code, evaluated as CommonJS (bundlers leave it alone): it
 * hashes the files it is sent with synchronous 4 MiB reads into one buffer.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const buffer = Buffer.allocUnsafe(workerData.readBytes)
parentPort.on('message', (path) => {
  try {
    const hash = createHash('sha256')
    const fd = fs.openSync(path, 'r')
    try {
      for (;;) {
        const n = fs.readSync(fd, buffer, 0, buffer.length, null)
        if (n === 0) break
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n))
      }
    } finally {
      fs.closeSync(fd)
    }
    parentPort.postMessage({ path, sha256: hash.digest('hex') })
  } catch (error) {
    parentPort.postMessage({ path, error: String(error && error.message || error) })
  }
})
`

/**
 * Hex digests of one file, every algorithm in one pass (node:crypto names:
 * sha256, sha512, blake2b512, ...). A file of up to READ_BYTES is read in
 * one call; a stream's buffers are as large as its reads, so a larger read
 * size would cost small files dearly.
 */
export async function digestFile<Algorithm extends string>(
  path: string,
  algorithms: readonly Algorithm[]
): Promise<Record<Algorithm, string>> {
  return digestOfSize(path, algorithms, (await stat(path)).size)
}

export async function sha256File(path: string): Promise<string> {
  return (await digestFile(path, ['sha256'])).sha256
}

/** Digests in the order of `paths`. */
export async function sha256Files(
  paths: readonly string[],
  parallelism = os.availableParallelism()
): Promise<FileDigest[]> {
  const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size))
  const total = sizes.reduce((a, b) => a + b, 0)
  const workers = Math.min(parallelism, paths.length, MAX_HASH_WORKERS)
  const digests =
    workers < 2 || total < WORKER_THRESHOLD_BYTES
      ? await hashOnMainThread(paths, sizes)
      : await hashInWorkers(paths, sizes, workers)
  return paths.map((path, i) => ({
    path,
    sha256: digests[i]!,
    size: sizes[i]!
  }))
}

function hashOnMainThread(
  paths: readonly string[],
  sizes: readonly number[]
): Promise<string[]> {
  return mapWithConcurrency(
    paths,
    MAIN_THREAD_CONCURRENCY,
    async (path, i) => (await digestOfSize(path, ['sha256'], sizes[i]!)).sha256
  )
}

/** digestFile for a file whose size is known (read whole or streamed by it). */
async function digestOfSize<Algorithm extends string>(
  path: string,
  algorithms: readonly Algorithm[],
  size: number
): Promise<Record<Algorithm, string>> {
  const hashes = algorithms.map((a) => createHash(a))
  if (size <= READ_BYTES) {
    const bytes = await readFile(path)
    for (const hash of hashes) hash.update(bytes)
  } else {
    for await (const chunk of createReadStream(path, {
      highWaterMark: READ_BYTES
    })) {
      for (const hash of hashes) hash.update(chunk as Buffer)
    }
  }
  return Object.fromEntries(
    algorithms.map((a, i) => [a, hashes[i]!.digest('hex')])
  ) as Record<Algorithm, string>
}

interface WorkerAnswer {
  path: string
  sha256?: string
  error?: string
}

/** Largest files first, each to whichever worker is free. */
async function hashInWorkers(
  paths: readonly string[],
  sizes: readonly number[],
  count: number
): Promise<string[]> {
  const queue = paths.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!)
  const digests: string[] = new Array<string>(paths.length)
  const run = async (): Promise<void> => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { readBytes: READ_BYTES }
    })
    try {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const answer = await ask(worker, paths[i]!)
        if (answer.error !== undefined || answer.sha256 === undefined) {
          throw new Error(
            `cannot read ${paths[i]!}: ${answer.error ?? 'no digest'}`
          )
        }
        digests[i] = answer.sha256
      }
    } catch (error) {
      queue.length = 0
      throw error
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({ length: count }, run))
  return digests
}

function ask(worker: Worker, path: string): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: WorkerAnswer): void => {
      worker.off('error', onError)
      resolve(answer)
    }
    const onError = (error: Error): void => {
      worker.off('message', onMessage)
      reject(error)
    }
    worker.once('message', onMessage)
    worker.once('error', onError)
    worker.postMessage(path)
  })
}
