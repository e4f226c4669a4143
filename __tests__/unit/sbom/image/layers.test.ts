import { describe, expect, it } from '@jest/globals'
import { strFromU8 } from 'fflate'
import { zstdCompressSync } from 'node:zlib'
import { ArchiveLimitError } from '../../../../src/lib/archive/limits.js'
import {
  applyLayer,
  readLayer,
  type LayeredFiles
} from '../../../../src/lib/sbom/image/layers.js'
import {
  findOsPackages,
  parseOsRelease
} from '../../../../src/lib/sbom/image/os-packages.js'
import { tar, tgz } from '../../../helpers/archives.js'

const want = (path: string): boolean =>
  path.endsWith('.json') || path.endsWith('status')

async function apply(...layers: Uint8Array[]): Promise<Record<string, string>> {
  const files: LayeredFiles = new Map()
  for (const layer of layers) applyLayer(files, await readLayer(layer, want))
  return Object.fromEntries([...files].map(([p, d]) => [p, strFromU8(d)]))
}

describe('image layers', () => {
  it('applies layers in order: upper files replace lower ones, whiteouts delete', async () => {
    const base = tar([
      { path: './app/a.json', data: 'a1' },
      { path: './app/b.json', data: 'b1' },
      { path: './opt/x/c.json', data: 'c1' },
      { path: './opt/y/d.json', data: 'd1' },
      { path: './var/lib/dpkg/status', data: 's1' },
      { path: './etc/readme.txt', data: 'not asked for' }
    ])
    const upper = tgz([
      { path: 'app/a.json', data: 'a2' },
      { path: 'app/.wh.b.json', data: '' },
      { path: 'opt/.wh.x', data: '' },
      { path: 'opt/y/.wh..wh..opq', data: '' },
      { path: 'opt/y/e.json', data: 'e2' }
    ])
    expect(await apply(base, upper)).toEqual({
      'app/a.json': 'a2',
      'opt/y/e.json': 'e2',
      'var/lib/dpkg/status': 's1'
    })
  })

  it('a file that replaces a folder hides what was in it', async () => {
    const base = tar([{ path: 'x/y.json', data: '1' }])
    const upper = tar([{ path: 'x', data: '', type: '2' }])
    expect(await apply(base, upper)).toEqual({})
  })

  it('reads zstd-compressed layers (several frames too) like gzip ones', async () => {
    const base = zstdCompressSync(
      tar([
        { path: 'app/a.json', data: 'a1' },
        { path: 'var/lib/dpkg/status', data: 's1' }
      ])
    )
    const upper = tar([
      { path: 'app/.wh.a.json', data: '' },
      { path: 'app/b.json', data: 'b2'.repeat(50_000) }
    ])
    // Two frames with a skippable frame between them, as zstd:chunked writes.
    const skippable = Buffer.from([0x5e, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3])
    const frames = Buffer.concat([
      zstdCompressSync(upper.subarray(0, 1000)),
      skippable,
      zstdCompressSync(upper.subarray(1000))
    ])
    expect(await apply(base, frames)).toEqual({
      'app/b.json': 'b2'.repeat(50_000),
      'var/lib/dpkg/status': 's1'
    })
  })

  it('holds zstd layers to the ratio bound, stopping early', async () => {
    // 64 MiB of zeros in a few KiB: past the 8 MiB floor, far over 250 times.
    const bomb = zstdCompressSync(
      Buffer.concat([
        tar([{ path: 'x.json', data: '1' }]),
        Buffer.alloc(64 << 20)
      ])
    )
    const error = await readLayer(bomb, want).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArchiveLimitError)
    expect((error as ArchiveLimitError).bound).toBe('compression ratio')
  })

  it('refuses damaged zstd data as a damaged archive', async () => {
    const good = zstdCompressSync(tar([{ path: 'a.json', data: 'x' }]))
    const cut = good.subarray(0, good.length - 6)
    await expect(readLayer(cut, want)).rejects.toMatchObject({
      code: 'ARCHIVE_DAMAGED'
    })
    await expect(
      readLayer(Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0]), want)
    ).rejects.toMatchObject({ code: 'ARCHIVE_DAMAGED' })
  })
})

const STATUS = `Package: libc6
Status: install ok installed
Architecture: amd64
Multi-Arch: same
Source: glibc
Version: 2.36-9+deb12u4
Description: GNU C Library
 continued line

Package: removed
Status: purge ok not-installed
Architecture: amd64
Version: 1.0

Package: dash
Status: install ok installed
Architecture: amd64
Version: 0.5.12-2
`

const APK = `C:Q1abc=
P:musl
V:1.2.4-r2
A:x86_64
L:MIT
o:musl

P:busybox
V:1.36.1-r15
A:x86_64
L:GPL-2.0-only
`

describe('OS package databases', () => {
  const files = (map: Record<string, string>) => ({
    paths: Object.keys(map).sort(),
    read: (p: string) => map[p]
  })

  it('reads dpkg status (skipping purged packages) with the distribution from os-release', () => {
    const fs = files({
      'var/lib/dpkg/status': STATUS,
      'etc/os-release': 'ID=debian\nVERSION_ID="12"\n'
    })
    const found = findOsPackages(fs, parseOsRelease(fs))
    expect(found.map((c) => c.purl)).toEqual([
      'pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12',
      'pkg:deb/debian/dash@0.5.12-2?arch=amd64&distro=debian-12'
    ])
    expect(found[0]!.properties['provenant:dpkg:source']).toBe('glibc')
    expect(found.every((c) => c.kind === 'os')).toBe(true)
  })

  it('reads distroless status.d files and Alpine installed', () => {
    const fs = files({
      'var/lib/dpkg/status.d/base':
        'Package: base-files\nVersion: 12.4\nArchitecture: amd64\n',
      'var/lib/dpkg/status.d/base.md5sums': 'ignored',
      'lib/apk/db/installed': APK,
      'etc/os-release': 'ID=alpine\nVERSION_ID=3.19.1\n'
    })
    expect(
      findOsPackages(fs, parseOsRelease(fs)).map(
        (c) => `${c.ecosystem}:${c.name}@${c.version}`
      )
    ).toEqual([
      'deb:base-files@12.4',
      'apk:musl@1.2.4-r2',
      'apk:busybox@1.36.1-r15'
    ])
  })
})

describe('programs in image layers', () => {
  /** Records what it is asked to describe; "describes" files starting with GO. */
  function describer(asked: string[]) {
    return (path: string, data: Uint8Array): string | undefined => {
      asked.push(path)
      return strFromU8(data).startsWith('GO') ? `program ${path}` : undefined
    }
  }

  it('asks only about executable regular files, and whiteouts remove programs', async () => {
    const asked: string[] = []
    const describe = describer(asked)
    const programs = new Map<string, string>()
    const files: LayeredFiles = new Map()
    const base = tar([
      { path: 'usr/bin/app', data: 'GO app', mode: '755' },
      { path: 'usr/bin/tool', data: 'GO tool', mode: '750' },
      { path: 'usr/bin/shell', data: 'not a program', mode: '755' },
      { path: 'usr/share/app.go', data: 'GO source, not executable' },
      { path: 'app/package.json', data: '{}', mode: '755' }
    ])
    applyLayer(files, await readLayer(base, want, 'base', describe), programs)
    expect(asked.sort()).toEqual([
      'app/package.json',
      'usr/bin/app',
      'usr/bin/shell',
      'usr/bin/tool'
    ])
    // Asked for as metadata and executable: kept as a file too.
    expect([...files.keys()]).toEqual(['app/package.json'])
    const upper = tar([
      { path: 'usr/bin/.wh.tool', data: '' },
      { path: 'usr/bin/app', data: 'replaced by a script', mode: '755' }
    ])
    applyLayer(files, await readLayer(upper, want, 'upper', describe), programs)
    expect([...programs]).toEqual([])
    applyLayer(
      files,
      await readLayer(
        tar([{ path: 'opt/new', data: 'GO new', mode: '700' }]),
        want,
        'third',
        describe
      ),
      programs
    )
    expect([...programs]).toEqual([['opt/new', 'program opt/new']])
  })
})
