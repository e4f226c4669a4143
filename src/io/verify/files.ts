/**
 * Reading what verify checks: artifacts hashed as a stream (SHA-256 and
 * SHA-512 in one pass), or read whole when a signature must be checked over
 * their bytes; evidence files read once. Files are opened without blocking
 * and checked to be regular files before a byte is read: a FIFO (or a file
 * swapped for one after it was listed) is refused, never waited on. Small
 * files, the bulk of a release's bundles and assets, are read synchronously:
 * a promise round trip per open, stat, read and close costs more than the
 * read.
 */
import { createHash, hash } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { open } from 'node:fs/promises'
import type { ArtifactDigests } from '../../lib/verify/digests.js'
import { describeSpecial, refuseSpecial } from './listing.js'

/** Larger files are verified over their digest, never held in memory. */
export const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024
/** Files up to this size are read in one synchronous call. */
export const SYNC_READ_MAX_BYTES = 4 * 1024 * 1024

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK

export interface HashedFile {
  digests: Required<ArtifactDigests>
  /** The bytes, when asked for and small enough. */
  bytes?: Buffer
}

export async function hashFile(
  file: string,
  keepBytes: boolean,
  label = file
): Promise<HashedFile> {
  const small = readIfSmall(file, label)
  if (small)
    return { digests: digestsOf(small), ...(keepBytes ? { bytes: small } : {}) }
  const handle = await openRegularFile(file, label)
  try {
    const size = (await handle.stat()).size
    if (keepBytes && size <= MAX_IN_MEMORY_BYTES) {
      const bytes = await handle.readFile()
      return { digests: digestsOf(bytes), bytes }
    }
    const sha256 = createHash('sha256')
    const sha512 = createHash('sha512')
    for await (const chunk of handle.createReadStream({
      highWaterMark: 1024 * 1024,
      autoClose: false
    })) {
      sha256.update(chunk as Buffer)
      sha512.update(chunk as Buffer)
    }
    return {
      digests: { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') }
    }
  } finally {
    await handle.close()
  }
}

/** Opens without blocking (a FIFO would wait for a writer) and refuses anything but a regular file. */
export async function openRegularFile(
  file: string,
  label: string
): Promise<FileHandle> {
  const handle = await open(file, OPEN_FLAGS)
  try {
    const info = await handle.stat()
    if (!info.isFile()) {
      throw refuseSpecial(label, describeSpecial(info) ?? 'not a regular file')
    }
    return handle
  } catch (error) {
    await handle.close()
    throw error
  }
}

/**
 * The whole file when it is a regular file of at most SYNC_READ_MAX_BYTES,
 * undefined when it is larger; refuses anything but a regular file.
 */
export function readIfSmall(file: string, label: string): Buffer | undefined {
  return readSmall(file, label, (size) => Buffer.allocUnsafe(size))
}

/** Text files up to this size are read into one buffer, reused. */
const SCRATCH_MAX_BYTES = 256 * 1024
let scratch = Buffer.allocUnsafeSlow(0)

/**
 * The whole file as UTF-8 text, as readIfSmall reads it; its bytes go
 * through one reused buffer, not a new one per file (a release's bundles
 * are thousands of small JSON files).
 */
export function readTextIfSmall(
  file: string,
  label: string
): string | undefined {
  const bytes = readSmall(file, label, (size) => {
    if (size > SCRATCH_MAX_BYTES) return Buffer.allocUnsafe(size)
    if (scratch.length < size)
      scratch = Buffer.allocUnsafeSlow(Math.max(size, 16 * 1024))
    return scratch.subarray(0, size)
  })
  return bytes?.toString('utf8')
}

/** readIfSmall, into the buffer `allocate` gives for the file's size. */
function readSmall(
  file: string,
  label: string,
  allocate: (size: number) => Buffer
): Buffer | undefined {
  const fd = openSync(file, OPEN_FLAGS)
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) {
      throw refuseSpecial(label, describeSpecial(info) ?? 'not a regular file')
    }
    if (info.size > SYNC_READ_MAX_BYTES) return undefined
    const bytes = allocate(info.size)
    let filled = 0
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled)
      if (n === 0) break
      filled += n
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled)
  } finally {
    closeSync(fd)
  }
}

/** A file read whole: synchronously when small, else through a handle. */
export async function readRegularFile(
  file: string,
  label = file
): Promise<Buffer> {
  return readIfSmall(file, label) ?? readThroughHandle(file, label)
}

/** A file too large to read synchronously, read whole through a handle. */
async function readThroughHandle(file: string, label: string): Promise<Buffer> {
  const handle = await openRegularFile(file, label)
  try {
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

export function digestsOf(bytes: Buffer): Required<ArtifactDigests> {
  return { sha256: hash('sha256', bytes), sha512: hash('sha512', bytes) }
}

/** The parsed JSON of a file and its bytes, or the reason it is not JSON. */
export async function readJson(
  file: string
): Promise<
  { ok: true; value: unknown; bytes: Buffer } | { ok: false; reason: string }
> {
  let bytes: Buffer
  try {
    bytes = await readRegularFile(file)
  } catch (error) {
    return readFailure(error)
  }
  const parsed = parseJson(bytes.toString('utf8'))
  return parsed.ok ? { ...parsed, bytes } : parsed
}

/** The parsed JSON of a file, or the reason it is not JSON; its bytes are not kept. */
export async function readJsonValue(
  file: string
): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  let text: string
  try {
    text =
      readTextIfSmall(file, file) ??
      (await readThroughHandle(file, file)).toString('utf8')
  } catch (error) {
    return readFailure(error)
  }
  return parseJson(text)
}

function readFailure(error: unknown): { ok: false; reason: string } {
  const code = (error as NodeJS.ErrnoException).code
  return {
    ok: false,
    reason: `cannot read it (${code && !code.startsWith('VERIFY_') ? code : (error as Error).message})`
  }
}

function parseJson(
  text: string
): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` }
  }
}

/** Runs `work` over `items` with at most `limit` at a time, results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!, index)
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker)
  )
  return results
}
