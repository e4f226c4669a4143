/**
 * Reads an artifact file once, in chunks: its hashes (streamed, any size),
 * and either the whole bytes (a zip needs its central directory) or the
 * members of a gzip-compressed tar that are asked for.
 */
import { createHash, type Hash as Hasher } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { BoundedInflater } from '../../lib/archive/inflate.js'
import {
  ArchiveFormatError,
  ArchiveLimitError,
  InflationBudget
} from '../../lib/archive/limits.js'
import { TarReader, type TarEntry } from '../../lib/archive/tar.js'
import { InputError } from '../../lib/errors.js'
import type { Hash } from '../../lib/sbom/model.js'

/** Largest archive member read as metadata (package.json, PKG-INFO, lockfiles). */
export const MAX_MEMBER_BYTES = 64 * 1024 * 1024
const CHUNK_BYTES = 1024 * 1024

const ALGORITHMS: readonly [Hash['algorithm'], string][] = [
  ['SHA-1', 'sha1'],
  ['SHA-256', 'sha256'],
  ['SHA-512', 'sha512']
]

export interface StreamOptions {
  /** The path as the user wrote it, for messages. */
  display: string
  /** Also SHA-1 (an npm tarball's registry shasum). */
  sha1?: boolean
  /** Keep every byte (for zip archives). */
  collect?: boolean
  /** Read the file as a gzip-compressed tar and keep the members asked for. */
  tar?: (entry: TarEntry) => boolean
}

export interface StreamResult {
  hashes: Hash[]
  bytes: Buffer | undefined
  /** Kept tar members by path, in archive order. */
  members: Map<string, Uint8Array>
}

export async function streamArtifact(
  file: string,
  options: StreamOptions
): Promise<StreamResult> {
  const hashers: [Hash['algorithm'], Hasher][] = ALGORITHMS.filter(
    ([algorithm]) => algorithm !== 'SHA-1' || options.sha1
  ).map(([algorithm, name]) => [algorithm, createHash(name)])
  const chunks: Buffer[] = []
  const members = new Map<string, Uint8Array>()
  const want = options.tar
  const budget = new InflationBudget(options.display)
  const tar = want
    ? new TarReader({
        want: (entry) => want({ ...entry, path: withoutDotSlash(entry.path) }),
        maxKeptBytes: MAX_MEMBER_BYTES,
        budget,
        onEntry: (entry, data) => {
          if (data) members.set(withoutDotSlash(entry.path), data)
        }
      })
    : undefined
  const gunzip = tar
    ? new BoundedInflater(
        'gzip',
        budget,
        (data) => tar.push(data),
        () => tar.currentPath
      )
    : undefined
  const unreadable = (error: unknown): InputError =>
    error instanceof ArchiveLimitError
      ? error
      : new InputError(
          'SBOM_ARTIFACT_UNREADABLE',
          `${options.display}: not a readable gzip-compressed tar archive (${error instanceof ArchiveFormatError ? error.detail : (error as Error).message}); give the archive as it was built`,
          { cause: error }
        )
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES })
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (const [, hasher] of hashers) hasher.update(chunk)
    if (options.collect) chunks.push(chunk)
    if (gunzip) {
      try {
        gunzip.push(chunk)
      } catch (error) {
        stream.destroy()
        throw unreadable(error)
      }
    }
  }
  if (gunzip && tar) {
    try {
      gunzip.push(new Uint8Array(0), true)
      tar.end()
    } catch (error) {
      throw unreadable(error)
    }
  }
  return {
    hashes: hashers.map(([algorithm, hasher]) => ({
      algorithm,
      value: hasher.digest('hex')
    })),
    bytes: options.collect ? Buffer.concat(chunks) : undefined,
    members
  }
}

function withoutDotSlash(p: string): string {
  return p.replace(/^\.\//, '')
}
