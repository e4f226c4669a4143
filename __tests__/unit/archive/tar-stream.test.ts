import { describe, expect, it } from '@jest/globals'
import { strFromU8 } from 'fflate'
import {
  ArchiveFormatError,
  InflationBudget
} from '../../../src/lib/archive/limits.js'
import { TarReader, type TarEntry } from '../../../src/lib/archive/tar.js'
import { paxRecords, tar, type TarFile } from '../../helpers/archives.js'

function read(
  archive: Uint8Array,
  want: (e: TarEntry) => boolean = () => true,
  chunkSize = archive.length
): { entries: TarEntry[]; kept: Map<string, string> } {
  const entries: TarEntry[] = []
  const kept = new Map<string, string>()
  const reader = new TarReader({
    want,
    maxKeptBytes: 1024 * 1024,
    budget: new InflationBudget('test.tar'),
    onEntry: (entry, data) => {
      entries.push(entry)
      if (data) kept.set(entry.path, strFromU8(data))
    }
  })
  for (let i = 0; i < archive.length; i += chunkSize)
    reader.push(archive.subarray(i, i + chunkSize))
  reader.end()
  return { entries, kept }
}

const FILES: TarFile[] = [
  { path: 'package/', data: '', type: '5' },
  { path: 'package/package.json', data: '{"name":"x","version":"1.0.0"}' },
  { path: 'package/big.bin', data: 'x'.repeat(1500) },
  { path: 'package/README.md', data: '# x' }
]

describe('TarReader', () => {
  it.each([1, 7, 512, 100000])(
    'reads every entry and keeps the wanted ones (chunks of %i bytes)',
    (chunk) => {
      const { entries, kept } = read(
        tar(FILES),
        (e) => e.path.endsWith('.json') || e.path.endsWith('.md'),
        chunk
      )
      expect(entries.map((e) => [e.path, e.type, e.size])).toEqual([
        ['package/', 'dir', 0],
        ['package/package.json', 'file', 30],
        ['package/big.bin', 'file', 1500],
        ['package/README.md', 'file', 3]
      ])
      expect([...kept]).toEqual([
        ['package/package.json', '{"name":"x","version":"1.0.0"}'],
        ['package/README.md', '# x']
      ])
    }
  )

  it('joins the ustar prefix and the name', () => {
    const { kept } = read(
      tar([{ path: 'PKG-INFO', prefix: 'a-very/long/folder', data: 'Name: a' }])
    )
    expect([...kept.keys()]).toEqual(['a-very/long/folder/PKG-INFO'])
  })

  it('takes the path of a pax extended header for the next entry only', () => {
    const long = `${'d/'.repeat(80)}package.json`
    const { kept } = read(
      tar([
        {
          path: 'PaxHeader/x',
          type: 'x',
          data: paxRecords({ mtime: '1', path: long })
        },
        { path: 'truncated-name', data: 'one' },
        { path: 'next', data: 'two' }
      ])
    )
    expect([...kept]).toEqual([
      [long, 'one'],
      ['next', 'two']
    ])
  })

  it('takes a GNU long name', () => {
    const long = `${'g/'.repeat(70)}PKG-INFO`
    const { kept } = read(
      tar([
        { path: '././@LongLink', type: 'L', data: `${long}\0` },
        { path: 'short', data: 'x' }
      ])
    )
    expect([...kept.keys()]).toEqual([long])
  })

  it('fails on a header whose checksum does not match', () => {
    const archive = tar(FILES)
    archive[10] = 65
    expect(() => read(archive)).toThrow(ArchiveFormatError)
  })

  it('fails on an archive cut in the middle of an entry', () => {
    const archive = tar(FILES)
    expect(() => read(archive.subarray(0, 512 * 3 + 100))).toThrow(
      /ends in the middle/
    )
  })
})
