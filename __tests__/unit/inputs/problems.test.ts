import { describe, expect, it } from '@jest/globals'
import { InputError, InputErrors } from '../../../src/lib/errors.js'
import { collectProblems } from '../../../src/lib/inputs/index.js'

function thrownBy(run: () => void): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('collectProblems', () => {
  it('collects every input problem, falls back, and reports them all at once', () => {
    const collector = collectProblems()
    const first = collector.attempt(() => {
      throw new InputError('A', 'input "a" is wrong')
    }, 'fallback a')
    const second = collector.attempt(() => {
      throw new InputErrors([
        new InputError('B', 'input "b" is wrong'),
        new InputError('C', 'input "c" is wrong')
      ])
    }, 0)
    expect([first, second]).toEqual(['fallback a', 0])
    expect(collector.attempt(() => 'fine', 'unused')).toBe('fine')
    const error = thrownBy(() => collector.throwIfAny())
    expect(error).toBeInstanceOf(InputErrors)
    expect((error as InputErrors).problems.map((p) => p.code)).toEqual([
      'A',
      'B',
      'C'
    ])
  })

  it('lets an error that is not about input through, and is quiet with no problem', () => {
    const collector = collectProblems()
    expect(() =>
      collector.attempt(() => {
        throw new TypeError('a bug')
      }, undefined)
    ).toThrow(TypeError)
    expect(thrownBy(() => collector.throwIfAny())).toBeUndefined()
  })
})
