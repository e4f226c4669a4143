import { describe, expect, it } from '@jest/globals'
import { toAdvisory } from '../../../src/lib/scan/osv.js'
import { scoreVector, severityOf } from '../../../src/lib/scan/severity.js'

const advisory = (extra: object): ReturnType<typeof toAdvisory> =>
  toAdvisory({ id: 'X-1', modified: '', affected: [], ...extra })

describe('severity', () => {
  it('computes CVSS v3.1 and v4.0 base scores', () => {
    expect(scoreVector('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(
      9.8
    )
    expect(scoreVector('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H')).toBe(
      5.9
    )
    expect(
      scoreVector(
        'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'
      )
    ).toBe(9.3)
    expect(scoreVector('not a vector')).toBeUndefined()
  })

  it('prefers a vector, then the database severity, else unknown', () => {
    expect(
      severityOf(
        advisory({
          severity: [
            {
              type: 'CVSS_V3',
              score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'
            }
          ],
          database_specific: { severity: 'LOW' }
        })!,
        []
      )
    ).toMatchObject({ level: 'critical', score: 9.8 })
    expect(
      severityOf(advisory({ database_specific: { severity: 'MODERATE' } })!, [])
        .level
    ).toBe('medium')
    expect(severityOf(advisory({})!, []).level).toBe('unknown')
  })

  it('takes a v4 vector over a v3 one when both are given', () => {
    const a = advisory({
      severity: [
        {
          type: 'CVSS_V3',
          score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'
        },
        {
          type: 'CVSS_V4',
          score:
            'CVSS:4.0/AV:N/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N'
        }
      ]
    })!
    expect(severityOf(a, [])).toMatchObject({ source: 'CVSS_V4', level: 'low' })
  })
})
