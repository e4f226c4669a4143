/**
 * rpm packages in an image: packages built here with Debian's rpmbuild,
 * installed into an rpm database with Debian's rpm (`--justdb`, the
 * SQLite backend of rpm 4.16 and later), the database put in an image
 * layer. The SBOM's rpm packages equal what `rpm -qa` prints from that
 * database: name, [epoch:]version-release, arch and license. Debian's rpm
 * has no Berkeley DB backend: the same header blobs are written into a
 * Berkeley DB hash database by libdb itself (Debian's python3-bsddb3), as
 * rpm before 4.16 kept them, one package's header large enough to take
 * overflow pages.
 */
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { tgz } from '../helpers/archives.js'
import { writeOciLayout } from '../helpers/oci-layout.js'
import {
  describePath,
  exec,
  flatten,
  property,
  type FlatComponent
} from '../helpers/sbom-interop.js'

let ws: string
let db: string
let expected: string[]

interface RpmSpec {
  name: string
  version: string
  release: string
  epoch?: number
  arch: string
  license: string
  description?: string
}

const PACKAGES: RpmSpec[] = [
  {
    name: 'hello-provenant',
    version: '1.2.3',
    release: '4.fc40',
    epoch: 2,
    arch: 'noarch',
    license: 'MIT AND Apache-2.0'
  },
  {
    name: 'world-lib',
    version: '0.9',
    release: '1.fc40',
    arch: 'x86_64',
    license: 'GPL-2.0-or-later'
  },
  {
    name: 'tools-extra',
    version: '3.0~rc1',
    release: '7',
    epoch: 0,
    arch: 'x86_64',
    license: 'BSD-3-Clause'
  }
]

function spec(p: RpmSpec): string {
  return [
    `Name: ${p.name}`,
    `Version: ${p.version}`,
    `Release: ${p.release}`,
    ...(p.epoch === undefined ? [] : [`Epoch: ${p.epoch}`]),
    'Summary: a package for the SBOM tests',
    `License: ${p.license}`,
    `BuildArch: ${p.arch}`,
    '%description',
    p.description ?? 'A package for the SBOM tests.',
    '%files',
    ''
  ].join('\n')
}

/** Builds the packages and installs them into a fresh database; returns its folder. */
async function buildDatabase(): Promise<string> {
  const top = path.join(ws, 'rpmbuild')
  const out = path.join(ws, 'rpms')
  for (const p of PACKAGES) {
    const file = path.join(ws, `${p.name}.spec`)
    await writeFile(file, spec(p))
    await exec('rpmbuild', [
      '-bb',
      '--define',
      `_topdir ${top}`,
      '--define',
      `_rpmdir ${out}`,
      '--target',
      p.arch,
      file
    ])
  }
  const rpms: string[] = []
  for (const arch of await readdir(out))
    for (const f of await readdir(path.join(out, arch)))
      rpms.push(path.join(out, arch, f))
  const db = path.join(ws, 'db')
  await mkdir(db)
  await exec('rpm', ['--initdb', '--dbpath', db])
  await exec('rpm', [
    '-i',
    '--nodeps',
    '--justdb',
    '--ignorearch',
    '--dbpath',
    db,
    ...rpms
  ])
  return db
}

/** What `rpm -qa` prints, as `name [epoch:]version-release arch license`. */
async function rpmQa(dbpath: string): Promise<string[]> {
  const { stdout } = await exec('rpm', [
    '-qa',
    '--dbpath',
    dbpath,
    '--qf',
    '%{NAME}|%{EPOCH}|%{VERSION}-%{RELEASE}|%{ARCH}|%{LICENSE}\\n'
  ])
  return stdout
    .trim()
    .split('\n')
    .map((line) => {
      const [name, epoch, vr, arch, license] = line.split('|')
      return `${name} ${epoch === '(none)' ? '' : `${epoch}:`}${vr} ${arch} ${license}`
    })
    .sort()
}

/** The same header blobs in a Berkeley DB hash database (4 KiB pages), keyed as rpm keyed them. */
async function writeBerkeleyDb(sqlite: string, out: string): Promise<void> {
  const script = [
    'import sqlite3, struct, sys',
    'from bsddb3 import db',
    "rows = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True).execute('SELECT hnum, blob FROM Packages ORDER BY hnum').fetchall()",
    'd = db.DB()',
    'd.set_pagesize(4096)',
    'd.open(sys.argv[2], dbtype=db.DB_HASH, flags=db.DB_CREATE)',
    "d.put(struct.pack('=I', 0), struct.pack('=I', len(rows) + 1))",
    "for hnum, blob in rows: d.put(struct.pack('=I', hnum), bytes(blob))",
    'd.close()'
  ].join('\n')
  await exec('/usr/bin/python3', ['-c', script, sqlite, out])
}

async function describeImage(name: string, dbPath: string, data: Uint8Array) {
  const layer = tgz([
    { path: 'etc/os-release', data: 'ID=fedora\nVERSION_ID=40\n' },
    { path: dbPath, data }
  ])
  await writeOciLayout(path.join(ws, name), [layer])
  const run = await describePath(ws, name)
  return flatten(run.cyclonedx).filter((c) => c.purl?.startsWith('pkg:rpm/'))
}

const line = (c: FlatComponent): string =>
  `${c.name} ${c.version} ${c.purl!.match(/arch=([^&]+)/)![1]} ${c.licenses?.map((l) => l.expression ?? l.license?.id).join(' ')}`

beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'provenant-sbom-rpm-'))
  db = await buildDatabase()
  expected = await rpmQa(db)
}, 180_000)

afterAll(async () => {
  await rm(ws, { recursive: true, force: true })
})

describe('rpm databases in images', () => {
  it('lists exactly what rpm -qa prints from the SQLite database', async () => {
    expect(expected).toHaveLength(PACKAGES.length)
    const rpms = await describeImage(
      'fedora',
      'usr/lib/sysimage/rpm/rpmdb.sqlite',
      await readFile(path.join(db, 'rpmdb.sqlite'))
    )
    expect(rpms.map(line).sort()).toEqual(expected)
    const hello = rpms.find((c) => c.name === 'hello-provenant')!
    expect(hello.purl).toBe(
      'pkg:rpm/fedora/hello-provenant@1.2.3-4.fc40?arch=noarch&distro=fedora-40&epoch=2'
    )
    expect(property(hello, 'provenant:kind')).toBe('os')
    expect(property(hello, 'provenant:rpm:source')).toBe(
      'hello-provenant-1.2.3-4.fc40.src.rpm'
    )
  }, 180_000)

  it('reads the same packages from a Berkeley DB database, overflow pages and all', async () => {
    const packages = path.join(ws, 'Packages')
    await writeBerkeleyDb(path.join(db, 'rpmdb.sqlite'), packages)
    const rpms = await describeImage(
      'centos',
      'var/lib/rpm/Packages',
      await readFile(packages)
    )
    expect(rpms.map(line).sort()).toEqual(expected)
  }, 180_000)
})
