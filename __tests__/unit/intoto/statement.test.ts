import { describe, expect, it } from '@jest/globals'
import {
  IN_TOTO_STATEMENT_V1_TYPE,
  MAX_SUBJECTS_PER_STATEMENT,
  buildStatement,
  splitEvenly,
  toStatementPayload
} from '../../../src/lib/intoto/statement.js'

describe('buildStatement', () => {
  it('builds an in-toto Statement v1 that does not share the subjects', () => {
    const subjects = [{ name: 'a', digest: { sha256: '00' } }]
    const statement = buildStatement(subjects, 'https://x/p', { k: 1 })
    expect(statement).toEqual({
      _type: IN_TOTO_STATEMENT_V1_TYPE,
      subject: [{ name: 'a', digest: { sha256: '00' } }],
      predicateType: 'https://x/p',
      predicate: { k: 1 }
    })
    subjects[0]!.digest.sha256 = 'ff'
    expect(statement.subject[0]!.digest.sha256).toBe('00')
    expect(JSON.parse(toStatementPayload(statement).toString())).toEqual(
      statement
    )
  })
})

describe('splitEvenly', () => {
  it.each([
    [0, 1000, []],
    [1, 1000, [1]],
    [1000, 1000, [1000]],
    [1001, 1000, [501, 500]],
    [2000, 1000, [1000, 1000]],
    [2001, 1000, [667, 667, 667]],
    [7, 3, [3, 2, 2]]
  ])('%d items, at most %d a chunk -> %j', (count, max, sizes) => {
    const items = Array.from({ length: count }, (_, i) => i)
    const chunks = splitEvenly(items, max)
    expect(chunks.map((c) => c.length)).toEqual(sizes)
    expect(chunks.flat()).toEqual(items)
  })

  it('refuses a chunk size that is not a positive integer', () => {
    expect(() => splitEvenly([1], 0)).toThrow(RangeError)
  })

  it('keeps statements under GitHub’s 1,024-subject cap', () => {
    expect(MAX_SUBJECTS_PER_STATEMENT).toBeLessThanOrEqual(1024)
  })
})
