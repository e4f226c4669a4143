import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readRpmDatabase } from '../../../../src/io/sbom/image/rpm-database.js'
import { parseRpmHeader } from '../../../../src/lib/sbom/image/rpm-header.js'
import { rpmHeaderBlob } from '../../../helpers/rpm-header.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-rpmdb-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A database laid out as rpm 4.16+ writes it: WAL mode, a Packages table of header blobs. */
async function rpmdb(blobs: Uint8Array[]): Promise<Uint8Array> {
  const file = path.join(dir, 'rpmdb.sqlite')
  const db = new DatabaseSync(file)
  db.exec('PRAGMA journal_mode=WAL')
  db.exec(
    "CREATE TABLE 'Packages' (hnum INTEGER PRIMARY KEY AUTOINCREMENT,blob BLOB NOT NULL)"
  )
  const insert = db.prepare('INSERT INTO Packages (blob) VALUES (?)')
  for (const blob of blobs) insert.run(blob)
  db.close()
  return readFile(file)
}

describe('rpm databases in images', () => {
  it('reads the header blobs of a WAL-mode SQLite database, in order', async () => {
    const blobs = ['a', 'b', 'c'].map((name) =>
      rpmHeaderBlob({ 1000: name, 1001: '1.0', 1002: '1' })
    )
    const bytes = await rpmdb(blobs)
    expect(bytes[18]).toBe(2)
    const db = readRpmDatabase(
      new Map([['usr/lib/sysimage/rpm/rpmdb.sqlite', bytes]])
    )
    expect(db?.path).toBe('usr/lib/sysimage/rpm/rpmdb.sqlite')
    expect(db?.headers?.map((h) => parseRpmHeader(h).name)).toEqual([
      'a',
      'b',
      'c'
    ])
  })

  it('says why packages are missing: NDB, or a damaged file', () => {
    expect(
      readRpmDatabase(new Map([['var/lib/rpm/Packages', new Uint8Array(8)]]))
    ).toMatchObject({
      path: 'var/lib/rpm/Packages',
      unread: expect.stringContaining(
        'not a readable Berkeley DB rpm database'
      ) as unknown
    })
    expect(
      readRpmDatabase(new Map([['var/lib/rpm/Packages.db', new Uint8Array(8)]]))
        ?.unread
    ).toContain('NDB')
    expect(
      readRpmDatabase(
        new Map([
          ['var/lib/rpm/rpmdb.sqlite', Buffer.from('not sqlite at all')]
        ])
      )?.unread
    ).toContain('not a readable SQLite')
    expect(
      readRpmDatabase(new Map([['etc/os-release', new Uint8Array(1)]]))
    ).toBeUndefined()
  })
})

describe('which rpm database', () => {
  it('takes the SQLite database over a Berkeley DB file left beside it', () => {
    const db = readRpmDatabase(
      new Map([
        ['var/lib/rpm/Packages', new Uint8Array(8)],
        ['usr/lib/sysimage/rpm/rpmdb.sqlite', new Uint8Array(8)]
      ])
    )
    expect(db?.path).toBe('usr/lib/sysimage/rpm/rpmdb.sqlite')
  })
})
