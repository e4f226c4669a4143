/**
 * Container image layers applied in order, as a container runtime would,
 * but only for the files the SBOM readers ask for: each layer's files
 * replace the lower layers', and its whiteouts (`.wh.<name>` deletes
 * <name>, `.wh..wh..opq` empties the folder it is in) delete from the
 * layers below it (OCI image spec, layer.md).
 */
import { BoundedInflater } from '../../archive/inflate.js'
import {
  DEFAULT_ARCHIVE_LIMITS,
  InflationBudget,
  type ArchiveLimits
} from '../../archive/limits.js'
import { TarReader, type TarEntry } from '../../archive/tar.js'
import { inflateZstdBounded, isZstd } from '../../archive/zstd.js'

/** The files kept so far: path (no leading slash) -> bytes. */
export type LayeredFiles = Map<string, Uint8Array>

/** What was kept of the executables so far: path -> the described program. */
export type LayeredPrograms<P> = Map<string, P>

export interface LayerChanges<P = never> {
  /** Files this layer adds or replaces, among those asked for. */
  files: Map<string, Uint8Array>
  /** Executables this layer adds or replaces, as `describe` made them. */
  programs: Map<string, P>
  /** Paths this layer deletes (whiteouts, and non-folders that replace a lower folder). */
  deleted: Set<string>
  /** Folders this layer makes opaque. */
  opaque: Set<string>
}

const WHITEOUT = '.wh.'
const OPAQUE = '.wh..wh..opq'
const CHUNK = 1024 * 1024

/** Largest file kept from a layer (metadata, dpkg status, binaries asked for). */
export const MAX_LAYER_FILE_BYTES = 256 * 1024 * 1024
/** Largest executable looked into; a larger one is passed over. */
export const MAX_IMAGE_PROGRAM_BYTES = 128 * 1024 * 1024

/**
 * Asked of each executable regular file of a layer (a mode with an x bit,
 * at most MAX_IMAGE_PROGRAM_BYTES): what to keep of it, or undefined. The
 * bytes are let go once it returns.
 */
export type DescribeProgram<P> = (
  path: string,
  data: Uint8Array
) => P | undefined

/**
 * The bounds of one image layer: a base layer is a whole root filesystem,
 * so it may hold far more than a release archive, but never unbounded.
 */
export const IMAGE_LAYER_LIMITS: ArchiveLimits = {
  ...DEFAULT_ARCHIVE_LIMITS,
  maxInflatedBytes: 16 * 1024 * 1024 * 1024,
  maxEntries: 1_000_000
}

/**
 * Reads one layer (tar, or a gzip- or zstd-compressed tar, told apart by
 * their magic bytes whatever the media type says) for the files `want`
 * names; both compressions are held to the same bounds.
 */
export async function readLayer<P = never>(
  blob: Uint8Array,
  want: (path: string) => boolean,
  source = 'image layer',
  describe?: DescribeProgram<P>
): Promise<LayerChanges<P>> {
  const budget = new InflationBudget(source, IMAGE_LAYER_LIMITS)
  const changes: LayerChanges<P> = {
    files: new Map(),
    programs: new Map(),
    deleted: new Set(),
    opaque: new Set()
  }
  const program = (entry: TarEntry): boolean =>
    describe !== undefined &&
    isExecutable(entry) &&
    entry.size <= MAX_IMAGE_PROGRAM_BYTES
  const tar = new TarReader({
    maxKeptBytes: MAX_LAYER_FILE_BYTES,
    budget,
    want: (entry) =>
      isFile(entry) && (want(normalize(entry.path)) || program(entry)),
    onEntry: (entry, data) => {
      const path = normalize(entry.path)
      if (data && describe && program(entry)) {
        const described = describe(path, data)
        if (described !== undefined) changes.programs.set(path, described)
        if (!want(path)) data = undefined
      }
      record(changes, entry, data)
    }
  })
  if (blob[0] === 0x1f && blob[1] === 0x8b) {
    new BoundedInflater('gzip', budget, (chunk) => tar.push(chunk)).push(
      blob,
      true
    )
  } else if (isZstd(blob)) {
    await inflateZstdBounded(blob, budget, (chunk) => tar.push(chunk))
  } else {
    for (let at = 0; at < blob.length; at += CHUNK)
      tar.push(blob.subarray(at, at + CHUNK))
  }
  tar.end()
  return changes
}

function isFile(entry: TarEntry): boolean {
  return entry.type === 'file'
}

function isExecutable(entry: TarEntry): boolean {
  return (
    entry.type === 'file' &&
    (parseInt(entry.fields.mode ?? '0', 8) & 0o111) !== 0
  )
}

function normalize(path: string): string {
  return path.replace(/^(\.?\/)+/, '').replace(/\/+$/, '')
}

function record<P>(
  changes: LayerChanges<P>,
  entry: TarEntry,
  data: Uint8Array | undefined
): void {
  const path = normalize(entry.path)
  const slash = path.lastIndexOf('/')
  const dir = slash < 0 ? '' : path.slice(0, slash)
  const name = path.slice(slash + 1)
  if (name === OPAQUE) changes.opaque.add(dir)
  else if (name.startsWith(WHITEOUT))
    changes.deleted.add(
      dir === ''
        ? name.slice(WHITEOUT.length)
        : `${dir}/${name.slice(WHITEOUT.length)}`
    )
  else {
    // A file, link or folder here hides whatever a lower layer had at this path.
    if (entry.type !== 'dir') changes.deleted.add(path)
    if (data) changes.files.set(path, data)
  }
}

/** Applies a layer's changes on the files (and programs) of the layers below it. */
export function applyLayer<P>(
  lower: LayeredFiles,
  changes: LayerChanges<P>,
  programs?: LayeredPrograms<P>
): void {
  const hidden = (path: string): boolean => {
    for (let at = path.length; at > 0; at = path.lastIndexOf('/', at - 1)) {
      if (changes.deleted.has(path.slice(0, at))) return true
    }
    for (
      let at = path.lastIndexOf('/');
      at > 0;
      at = path.lastIndexOf('/', at - 1)
    ) {
      if (changes.opaque.has(path.slice(0, at))) return true
    }
    return changes.opaque.has('')
  }
  for (const path of [...lower.keys()]) if (hidden(path)) lower.delete(path)
  for (const [path, data] of changes.files) lower.set(path, data)
  if (!programs) return
  for (const path of [...programs.keys()])
    if (hidden(path)) programs.delete(path)
  for (const [path, program] of changes.programs) programs.set(path, program)
}
