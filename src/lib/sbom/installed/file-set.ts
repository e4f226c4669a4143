/**
 * The files of an installed tree as the readers see them: every path
 * (relative, POSIX separators) and a reader of the text of the few they ask
 * for. A folder on disk and an image's merged layers both give one.
 */
export interface FileSet {
  /** Every file path, sorted. */
  paths: readonly string[]
  read(path: string): string | undefined
}

/** Which files of a tree an installed-package reader may ask for. */
export function isInstalledMetadata(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (name === 'package.json') return /(^|\/)node_modules\//.test(path)
  if (name === 'METADATA' || name === 'RECORD' || name === 'top_level.txt')
    return /\.dist-info\/[^/]+$/.test(path)
  if (name === 'PKG-INFO') return /\.egg-info\/PKG-INFO$/.test(path)
  if (name === 'vendor.txt') return /(^|\/)_vendor\/vendor\.txt$/.test(path)
  if (name === 'modules.txt') return /(^|\/)vendor\/modules\.txt$/.test(path)
  if (name === 'Cargo.toml' || name === '.cargo-checksum.json')
    return /(^|\/)vendor\/[^/]+\/[^/]+$/.test(path)
  return false
}

/** The folder a path is in ('' at the top). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}
