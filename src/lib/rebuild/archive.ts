/**
 * One view over the archives the built-in explainer reads: tar, tar.gz (and
 * npm's .tgz), gzip, zip (and wheels, jars). Told apart by their bytes, not
 * their names. Entries carry their metadata as named text fields.
 */
import { InflationBudget } from '../archive/limits.js'
import { looksLikeTar, readTar } from '../archive/tar.js'
import { looksLikeZip, readZip } from '../archive/zip.js'
import { looksLikeGzip, readGzip } from './gzip.js'

export type ArchiveFormat = 'tar' | 'tar.gz' | 'gzip' | 'zip'

export interface ArchiveEntry {
  path: string
  type: string
  fields: Record<string, string>
  size: number
  data: Uint8Array | undefined
}

export interface Archive {
  format: ArchiveFormat
  /** The compression layer's header fields (gzip), empty for tar and zip. */
  layer: Record<string, string>
  /** The bytes inside the compression layer (the tar of a tar.gz). */
  inner: Uint8Array
  /** The compressed stream, for tar.gz and gzip. */
  compressed?: Uint8Array
  entries: ArchiveEntry[]
}

/** The one entry of a plain .gz: its stored name is a header field. */
export const GZIP_CONTENT = '(gzip content)'

/**
 * The archive, undefined when the bytes are no archive this reader knows;
 * throws when damaged, and an ArchiveLimitError naming `source` when it
 * crosses a bound.
 */
export function openArchive(
  bytes: Uint8Array,
  source: string
): Archive | undefined {
  const budget = new InflationBudget(source)
  if (looksLikeGzip(bytes)) {
    const gzip = readGzip(bytes, budget)
    if (looksLikeTar(gzip.data)) {
      return {
        format: 'tar.gz',
        layer: gzip.fields,
        inner: gzip.data,
        compressed: gzip.payload,
        entries: readTar(gzip.data, budget)
      }
    }
    return {
      format: 'gzip',
      layer: gzip.fields,
      inner: gzip.data,
      compressed: gzip.payload,
      entries: [
        {
          path: GZIP_CONTENT,
          type: 'file',
          fields: {},
          size: gzip.data.length,
          data: gzip.data
        }
      ]
    }
  }
  if (looksLikeZip(bytes)) {
    return {
      format: 'zip',
      layer: {},
      inner: bytes,
      entries: readZip(bytes, budget)
    }
  }
  if (looksLikeTar(bytes)) {
    return {
      format: 'tar',
      layer: {},
      inner: bytes,
      entries: readTar(bytes, budget)
    }
  }
  return undefined
}
