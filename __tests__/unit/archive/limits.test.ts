import { describe, expect, it } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { inflateBounded } from '../../../src/lib/archive/inflate.js'
import {
  ArchiveLimitError,
  DEFAULT_ARCHIVE_LIMITS,
  InflationBudget,
  type ArchiveLimits
} from '../../../src/lib/archive/limits.js'
import { readTar } from '../../../src/lib/archive/tar.js'
import { readZip } from '../../../src/lib/archive/zip.js'
import { deflateBomb, gzipAround, zipOf } from '../../helpers/bombs.js'
import { tar } from '../../helpers/archives.js'

const MIB = 1024 * 1024
const small = (over: Partial<ArchiveLimits>): ArchiveLimits => ({
  ...DEFAULT_ARCHIVE_LIMITS,
  ...over
})

function thrown(run: () => unknown): ArchiveLimitError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveLimitError)
    return error as ArchiveLimitError
  }
  throw new Error('no error thrown')
}

describe('archive bounds', () => {
  it('stops a deflate bomb at the ratio bound, naming archive and member', () => {
    const bomb = zipOf([
      { path: 'a.dist-info/METADATA', deflated: deflateBomb(64), size: 2 ** 31 }
    ])
    const error = thrown(() => readZip(bomb, new InflationBudget('dist/a.whl')))
    expect(error.kind).toBe('input')
    expect(error.code).toBe('ARCHIVE_LIMIT')
    expect(error.bound).toBe('compression ratio')
    expect(error.member).toBe('a.dist-info/METADATA')
    expect(error.message).toContain('dist/a.whl, member "a.dist-info/METADATA"')
  })

  it('stops at the inflated-size bound when the ratio is allowed', () => {
    const budget = new InflationBudget(
      'big.gz',
      small({ maxInflatedBytes: 4 * MIB, maxRatio: 1e9 })
    )
    const error = thrown(() =>
      inflateBounded('gzip', gzipAround(deflateBomb(16)), budget)
    )
    expect(error.bound).toBe('inflated size')
    expect(error.message).toContain('big.gz: inflates to more than 4 MiB')
  })

  it('counts inflated bytes across the members of one archive', () => {
    const member = (i: number) => ({
      path: `m${i}`,
      deflated: deflateBomb(2),
      size: 2 * MIB
    })
    const budget = new InflationBudget(
      'many.zip',
      small({ maxInflatedBytes: 5 * MIB, maxRatio: 1e9 })
    )
    const error = thrown(() =>
      readZip(zipOf([member(1), member(2), member(3)]), budget)
    )
    expect(error.member).toBe('m3')
  })

  it('refuses more entries than the bound', () => {
    const files = Array.from({ length: 11 }, (_, i) => ({
      path: `f${i}`,
      data: ''
    }))
    const error = thrown(() =>
      readTar(
        tar(files),
        new InflationBudget('x.tar', small({ maxEntries: 10 }))
      )
    )
    expect(error.bound).toBe('entry count')
    expect(error.member).toBe('f10')
  })

  it('refuses a member that inflates past its declared size', () => {
    const lying = zipOf([{ path: 'x', deflated: deflateBomb(1), size: 10 }])
    expect(() => readZip(lying, new InflationBudget('lying.zip'))).toThrow(
      'member "x" inflates past its declared size of 10 bytes'
    )
  })

  it('reads an ordinary compressible archive within the bounds', () => {
    const lines = Array.from({ length: 400_000 }, (_, i) => `line ${i * 7919}`)
    const text = Buffer.from(lines.join('\n'))
    const data = inflateBounded(
      'gzip',
      gzipSync(text),
      new InflationBudget('ok')
    )
    expect(data.length).toBe(text.length)
  })
})
