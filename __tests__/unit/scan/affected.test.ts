import { describe, expect, it } from '@jest/globals'
import { evaluateAffected } from '../../../src/lib/scan/affected.js'
import type { OsvAffected, OsvEvent } from '../../../src/lib/scan/osv.js'

function entry(
  ecosystem: string,
  events: OsvEvent[],
  extra: Partial<OsvAffected> = {}
): OsvAffected {
  return {
    ecosystem,
    name: 'pkg',
    ranges: [{ type: 'ECOSYSTEM', events }],
    versions: [],
    severity: [],
    ...extra
  }
}

const CASES: [string, OsvAffected, string, string][] = [
  [
    'introduced 0, fixed',
    entry('npm', [{ introduced: '0' }, { fixed: '1.9.1' }]),
    '1.6.0',
    'affected'
  ],
  [
    'at the fixed version',
    entry('npm', [{ introduced: '0' }, { fixed: '1.9.1' }]),
    '1.9.1',
    'unaffected'
  ],
  [
    'last_affected includes the bound',
    entry('npm', [{ introduced: '0' }, { last_affected: '1.1.8' }]),
    '1.1.8',
    'affected'
  ],
  [
    'last_affected excludes above it',
    entry('npm', [{ introduced: '0' }, { last_affected: '1.1.8' }]),
    '1.1.9',
    'unaffected'
  ],
  [
    'prerelease lower bound',
    entry('npm', [{ introduced: '2.0.0-5' }, { fixed: '2.2.2' }]),
    '2.1.1',
    'affected'
  ],
  [
    'below a prerelease lower bound',
    entry('npm', [{ introduced: '2.0.0-5' }, { fixed: '2.2.2' }]),
    '1.10.2',
    'unaffected'
  ],
  [
    'open-ended range',
    entry('npm', [{ introduced: '0' }]),
    '6.26.0',
    'affected'
  ],
  [
    'second of two intervals',
    entry('npm', [
      { introduced: '0' },
      { fixed: '5.7.2' },
      { introduced: '6.0.0' },
      { fixed: '6.3.1' }
    ]),
    '6.3.0',
    'affected'
  ],
  [
    'between two intervals',
    entry('npm', [
      { introduced: '0' },
      { fixed: '5.7.2' },
      { introduced: '6.0.0' },
      { fixed: '6.3.1' }
    ]),
    '5.7.2',
    'unaffected'
  ],
  [
    'events out of order',
    entry('npm', [{ fixed: '6.3.1' }, { introduced: '6.0.0' }]),
    '6.1.0',
    'affected'
  ],
  [
    'limit caps the range',
    {
      ...entry('npm', [{ introduced: '0' }]),
      ranges: [
        { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { limit: '2.0.0' }] }
      ]
    },
    '2.1.0',
    'unaffected'
  ],
  [
    'explicit versions list',
    entry('PyPI', [], { ranges: [], versions: ['4.0', '4.1'] }),
    '4.1',
    'affected'
  ],
  [
    'versions list compared as versions',
    entry('PyPI', [], { ranges: [], versions: ['4.0'] }),
    '4.0.0',
    'affected'
  ],
  [
    'PyPI post-release after the fix',
    entry('PyPI', [{ introduced: '0' }, { fixed: '2.0' }]),
    '2.0.post1',
    'unaffected'
  ],
  [
    'PyPI dev-release before the fix',
    entry('PyPI', [{ introduced: '0' }, { fixed: '2.0' }]),
    '2.0.dev3',
    'affected'
  ],
  [
    'Go pseudo-version below the fix',
    {
      ...entry('Go', []),
      ranges: [
        {
          type: 'SEMVER',
          events: [
            { introduced: '0' },
            { fixed: '0.0.0-20220101000000-000000000000' }
          ]
        }
      ]
    },
    'v0.0.0-20210101000000-abcdef123456',
    'affected'
  ],
  [
    'Go +incompatible at the fix',
    {
      ...entry('Go', []),
      ranges: [
        { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }
      ]
    },
    'v2.0.0+incompatible',
    'unaffected'
  ],
  [
    'Maven qualifier before the release',
    entry('Maven', [{ introduced: '2.0' }, { fixed: '2.15.0' }]),
    '2.15.0-rc1',
    'affected'
  ]
]

describe('evaluateAffected', () => {
  it.each(CASES)('%s', (_name, affected, version, kind) => {
    expect(evaluateAffected(affected, version).kind).toBe(kind)
  })

  it('reports a GIT-only entry as not evaluated, naming the repository', () => {
    const verdict = evaluateAffected(
      {
        ecosystem: 'PyPI',
        name: 'x',
        ranges: [
          {
            type: 'GIT',
            repo: 'https://github.com/o/r',
            events: [{ introduced: '0' }, { fixed: 'abc123' }]
          }
        ],
        versions: [],
        severity: []
      },
      '1.0'
    )
    expect(verdict).toEqual({
      kind: 'not-evaluated',
      reason: expect.stringContaining('https://github.com/o/r')
    })
  })

  it('evaluates the ECOSYSTEM range beside a GIT range instead of giving up', () => {
    const verdict = evaluateAffected(
      {
        ecosystem: 'PyPI',
        name: 'x',
        ranges: [
          { type: 'GIT', repo: 'r', events: [{ introduced: '0' }] },
          {
            type: 'ECOSYSTEM',
            events: [{ introduced: '4.0' }, { fixed: '4.3' }]
          }
        ],
        versions: [],
        severity: []
      },
      '4.3'
    )
    expect(verdict.kind).toBe('unaffected')
  })

  it('says so when a version cannot be ordered', () => {
    expect(
      evaluateAffected(
        entry('npm', [{ introduced: '0' }, { fixed: '1.0.0' }]),
        'main-branch'
      ).kind
    ).toBe('not-evaluated')
  })
})
