import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import type { RebuildRecord } from '../../../src/lib/rebuild/consensus.js'
import {
  buildConsensus,
  parseRebuildRecord
} from '../../../src/lib/rebuild/consensus.js'
import { toConsensusMarkdown } from '../../../src/lib/rebuild/consensus-md.js'

const R = 'a'.repeat(64)
const X = 'b'.repeat(64)
const C = 'c'.repeat(40)

const record = (
  label: string,
  rebuilt: string | undefined,
  reference = R
): RebuildRecord => ({
  label,
  commit: C,
  rebuilder: label,
  artifacts: [{ name: 'app.tgz', reference, ...(rebuilt ? { rebuilt } : {}) }]
})

describe('buildConsensus', () => {
  it('is reproducible when every rebuild reproduces every released artifact', () => {
    const c = buildConsensus(
      [record('ubuntu-24.04', R), record('ubuntu-22.04', R)],
      undefined
    )
    expect(c).toMatchObject({
      reproducible: true,
      quorum: 2,
      rebuilds: 2,
      commit: C
    })
    expect(c.artifacts).toEqual([
      {
        name: 'app.tgz',
        reference: R,
        agreeing: 2,
        distinct: 1,
        met: true,
        rebuilt: [
          { label: 'ubuntu-24.04', sha256: R },
          { label: 'ubuntu-22.04', sha256: R }
        ]
      }
    ])
  })

  it.each([
    ['one rebuild differs, quorum all', [R, X, R], undefined, false],
    ['one rebuild differs, quorum 2 of 3', [R, X, R], 2, true],
    ['one rebuild did not produce it, quorum 2 of 2', [R, undefined], 2, false],
    ['no rebuild reproduces it, quorum 1', [X, X], 1, false]
  ])('%s: %s', (_, digests, quorum, expected) => {
    const c = buildConsensus(
      digests.map((d, i) => record(`r${i}`, d)),
      quorum
    )
    expect(c.reproducible).toBe(expected)
  })

  it('judges against a given reference instead of the reports’ own', () => {
    const c = buildConsensus(
      [record('a', X, X), record('b', X, X)],
      undefined,
      [{ name: 'app.tgz', sha256: R }]
    )
    expect(c.reproducible).toBe(false)
    expect(c.artifacts[0]).toMatchObject({ agreeing: 0, distinct: 1 })
  })

  it.each([
    ['no reports', [], undefined, 'REBUILD_CONSENSUS_NO_REPORTS'],
    [
      'a quorum above the number of reports',
      [record('a', R)],
      2,
      'REBUILD_CONSENSUS_QUORUM'
    ],
    [
      'reports of different commits',
      [record('a', R), { ...record('b', R), commit: 'd'.repeat(40) }],
      undefined,
      'REBUILD_CONSENSUS_COMMITS'
    ],
    [
      'reports that disagree about the reference',
      [record('a', R), record('b', R, X)],
      undefined,
      'REBUILD_CONSENSUS_REFERENCES'
    ]
  ])('refuses %s', (_, records, quorum, code) => {
    expect(() => buildConsensus(records, quorum)).toThrow(InputError)
    try {
      buildConsensus(records, quorum)
    } catch (error) {
      expect(error).toMatchObject({ code })
    }
  })

  it('writes a table naming each rebuild', () => {
    const md = toConsensusMarkdown(
      buildConsensus([record('ubuntu-24.04', R), record('ubuntu-22.04', X)], 1)
    )
    expect(md).toContain('# Rebuild consensus: reproducible ✅')
    expect(md).toContain(
      '| ✅ | `app.tgz` | `aaaaaaaaaaaaaaaa` | 1 of 2 | same | `bbbbbbbbbbbbbbbb` |'
    )
    expect(md).toContain(
      'The rebuilds disagree with each other about `app.tgz`'
    )
  })
})

describe('parseRebuildRecord', () => {
  it('reads what the consensus needs from a report.json', () => {
    const text = JSON.stringify({
      version: 1,
      source: { commit: C },
      rebuilder: { id: 'local:host' },
      artifacts: [
        {
          name: 'a',
          status: 'match',
          reference: { sha256: R },
          rebuilt: { sha256: R, path: 'dist/a' }
        }
      ]
    })
    expect(parseRebuildRecord(text, 'r1')).toEqual({
      label: 'r1',
      commit: C,
      rebuilder: 'local:host',
      artifacts: [{ name: 'a', reference: R, rebuilt: R }]
    })
  })

  it.each(['not json', '{}', '{"version":2}'])('refuses %s', (text) => {
    expect(() => parseRebuildRecord(text, 'x/report.json')).toThrow(
      'x/report.json is not a Provenant rebuild report.json'
    )
  })
})
