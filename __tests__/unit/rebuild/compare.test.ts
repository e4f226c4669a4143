import { describe, expect, it } from '@jest/globals'
import {
  compareArtifacts,
  countByStatus,
  isReproducible
} from '../../../src/lib/rebuild/compare.js'

const d = (c: string): string => c.repeat(64)

describe('compareArtifacts', () => {
  const rebuilt = [
    { name: 'same.whl', path: 'dist/same.whl', sha256: d('1'), size: 10 },
    {
      name: 'other.tar.gz',
      path: 'dist/other.tar.gz',
      sha256: d('2'),
      size: 20
    },
    { name: 'extra.log', path: 'dist/extra.log', sha256: d('3'), size: 3 }
  ]
  const reference = [
    { name: 'same.whl', sha256: d('1'), size: 10 },
    { name: 'other.tar.gz', sha256: d('9') },
    { name: 'gone.zip', sha256: d('4'), size: 4 }
  ]

  it('sorts artifacts into match, mismatch, missing and extra, by name', () => {
    expect(compareArtifacts(rebuilt, reference)).toEqual([
      {
        name: 'extra.log',
        status: 'extra',
        rebuilt: { path: 'dist/extra.log', sha256: d('3'), size: 3 }
      },
      {
        name: 'gone.zip',
        status: 'missing',
        reference: { sha256: d('4'), size: 4 }
      },
      {
        name: 'other.tar.gz',
        status: 'mismatch',
        rebuilt: { path: 'dist/other.tar.gz', sha256: d('2'), size: 20 },
        reference: { sha256: d('9') }
      },
      {
        name: 'same.whl',
        status: 'match',
        rebuilt: { path: 'dist/same.whl', sha256: d('1'), size: 10 },
        reference: { sha256: d('1'), size: 10 }
      }
    ])
  })

  it('counts by status', () => {
    expect(countByStatus(compareArtifacts(rebuilt, reference))).toEqual({
      match: 1,
      mismatch: 1,
      missing: 1,
      extra: 1
    })
  })

  it.each([
    ['every reference artifact matched', [rebuilt[0]!], [reference[0]!], true],
    [
      'an extra rebuilt file beside the matches',
      [rebuilt[0]!, rebuilt[2]!],
      [reference[0]!],
      true
    ],
    ['a mismatch', rebuilt.slice(0, 2), reference.slice(0, 2), false],
    [
      'a reference artifact not rebuilt',
      [rebuilt[0]!],
      [reference[0]!, reference[2]!],
      false
    ],
    ['only extra files (nothing compared)', [rebuilt[2]!], [], false]
  ])('is reproducible with %s: %s', (_, reb, ref, expected) => {
    expect(isReproducible(compareArtifacts(reb, ref))).toBe(expected)
  })
})
