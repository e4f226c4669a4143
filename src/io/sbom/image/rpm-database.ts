/**
 * An image's rpm database -> one header blob per installed package. The
 * SQLite database of rpm 4.16 and later (Fedora 33+, RHEL 9+) is read with
 * Node's SQLite (node:sqlite), opened from memory, read-only in effect,
 * defensive; the Berkeley DB one (`Packages`, rpm before 4.16) by
 * lib/sbom/image/rpm-bdb.ts; the NDB format (`Packages.db`, SUSE) is
 * reported as found and not read.
 */
import { DatabaseSync } from 'node:sqlite'
import { findRpmDatabase } from '../../../lib/sbom/image/os-packages.js'
import type { RpmDatabase } from '../../../lib/sbom/image/rpm-header.js'
import { readBerkeleyHashValues } from '../../../lib/sbom/image/rpm-bdb.js'

const SQLITE_MAGIC = 'SQLite format 3\0'

export function readRpmDatabase(
  files: ReadonlyMap<string, Uint8Array>
): RpmDatabase | undefined {
  const path = findRpmDatabase((p) => files.has(p))
  if (path === undefined) return undefined
  const bytes = files.get(path)!
  if (path.endsWith('.db'))
    return {
      path,
      unread:
        'the NDB rpm database format is not read (the SQLite and Berkeley DB ones are)'
    }
  const sqlite = path.endsWith('.sqlite')
  try {
    const headers = sqlite
      ? readSqliteHeaders(bytes)
      : readBerkeleyHashValues(bytes)
    return { path, headers }
  } catch (error) {
    return {
      path,
      unread: `not a readable ${sqlite ? 'SQLite' : 'Berkeley DB'} rpm database (${(error as Error).message})`
    }
  }
}

function readSqliteHeaders(bytes: Uint8Array): Uint8Array[] {
  if (new TextDecoder().decode(bytes.subarray(0, 16)) !== SQLITE_MAGIC)
    throw new Error('no SQLite header')
  // rpm keeps its database in WAL mode, which an in-memory database cannot
  // open: the copy is marked as a rollback-journal database (file format
  // bytes 18 and 19), which changes nothing else. rpm checkpoints the WAL
  // when it closes the database, so the main file holds every package.
  const copy = Uint8Array.from(bytes)
  copy[18] = 1
  copy[19] = 1
  const db = new DatabaseSync(':memory:')
  try {
    db.enableDefensive(true)
    db.deserialize(copy)
    const blobs: Uint8Array[] = []
    for (const row of db
      .prepare('SELECT blob FROM Packages ORDER BY hnum')
      .all())
      if (row.blob instanceof Uint8Array) blobs.push(row.blob)
    return blobs
  } finally {
    db.close()
  }
}
