/**
 * The local runner's pure parts: expressions through GitHub's evaluator
 * with the status functions, `if:` defaults, matrix expansion, file
 * commands, and permissions.
 */
import { describe, expect, it } from '@jest/globals'
import {
  evaluateCondition,
  evaluateExpression,
  toText
} from '../../../src/local/runner/expressions.js'
import { parseFileCommand } from '../../../src/local/runner/file-commands.js'
import { expandMatrix, matrixLabel } from '../../../src/local/runner/matrix.js'
import {
  allows,
  assertWithin,
  parsePermissions
} from '../../../src/local/runner/permissions.js'
import { Expr } from '../../../src/local/runner/template.js'

const ok = { success: true, cancelled: false }
const failed = { success: false, cancelled: false }

describe('expressions', () => {
  it('evaluates contexts and functions with GitHub’s evaluator', () => {
    const contexts = {
      inputs: { 'rebuild-runners': '["a","b"]', tag: '' },
      github: { ref_name: 'v1' }
    }
    expect(
      evaluateExpression('fromJSON(inputs.rebuild-runners)', contexts)
    ).toEqual(['a', 'b'])
    expect(evaluateExpression('inputs.tag || github.ref_name', contexts)).toBe(
      'v1'
    )
    expect(evaluateExpression("format('{0}-{1}', 'a', 1)", contexts)).toBe(
      'a-1'
    )
  })

  it('adds success() unless the condition names a status function', () => {
    const needs = { needs: { rebuild: { result: 'skipped' } } }
    expect(evaluateCondition(undefined, {}, ok)).toBe(true)
    expect(evaluateCondition(undefined, {}, failed)).toBe(false)
    expect(evaluateCondition('true', {}, failed)).toBe(false)
    expect(evaluateCondition(new Expr('always()'), {}, failed)).toBe(true)
    expect(evaluateCondition('failure()', {}, failed)).toBe(true)
    expect(
      evaluateCondition(
        "always() && needs.rebuild.result == 'skipped'",
        needs,
        failed
      )
    ).toBe(true)
  })

  it('refuses an unknown function, naming the expression', () => {
    expect(() => evaluateExpression('hashFiles2()', {})).toThrow(
      /hashFiles2\(\)/
    )
  })

  it('answers hashFiles() only inside a job, where the workspace is known', () => {
    expect(() => evaluateExpression("hashFiles('*.lock')", {})).toThrow(
      /only available inside a job/
    )
    expect(() =>
      evaluateExpression('hashFiles()', { github: { workspace: '/' } })
    ).toThrow(/hashFiles\(\)/)
  })

  it('writes values as GitHub puts them in inputs', () => {
    expect([true, 3, null, 'x'].map(toText)).toEqual(['true', '3', '', 'x'])
  })
})

describe('expandMatrix', () => {
  it('expands the product, then exclude, then include', () => {
    const combos = expandMatrix(
      {
        matrix: {
          os: ['a', 'b'],
          node: [1, 2],
          exclude: [{ os: 'b', node: 2 }],
          include: [
            { os: 'a', extra: 'x' },
            { os: 'c', node: 3 }
          ]
        }
      },
      'job'
    )
    expect(combos).toEqual([
      { os: 'a', node: 1, extra: 'x' },
      { os: 'a', node: 2, extra: 'x' },
      { os: 'b', node: 1 },
      { os: 'c', node: 3 }
    ])
    expect(matrixLabel(combos[0]!)).toBe(' (a, 1, x)')
  })

  it('is one job without a matrix, and refuses an empty list', () => {
    expect(expandMatrix(undefined, 'job')).toEqual([{}])
    expect(() => expandMatrix({ matrix: { os: [] } }, 'job')).toThrow(
      /jobs\.job\.strategy\.matrix\.os/
    )
  })
})

describe('parseFileCommand', () => {
  it('reads name=value lines and heredocs', () => {
    expect(
      parseFileCommand(
        'a=1\nsums<<EOF\nx  f\ny  g\nEOF\nb=two=2\n',
        'GITHUB_OUTPUT'
      )
    ).toEqual({ a: '1', sums: 'x  f\ny  g', b: 'two=2' })
  })

  it('refuses an unterminated heredoc', () => {
    expect(() => parseFileCommand('a<<EOF\nx\n', 'GITHUB_OUTPUT')).toThrow(
      /no line "EOF"/
    )
  })
})

describe('permissions', () => {
  it('expands read-all and parses a mapping', () => {
    expect(parsePermissions('read-all', 'x')?.['id-token']).toBe('read')
    expect(parsePermissions({}, 'x')).toEqual({})
    expect(parsePermissions(undefined, 'x')).toBeUndefined()
    expect(() => parsePermissions({ contents: 'all' }, 'jobs.a')).toThrow(
      /jobs\.a: permissions\.contents/
    )
  })

  it('allows what is granted, and no called job asks for more', () => {
    const granted = { contents: 'write', 'id-token': 'write' } as const
    expect(allows(granted, 'id-token', 'write')).toBe(true)
    expect(allows(granted, 'attestations', 'write')).toBe(false)
    expect(() => assertWithin({ contents: 'read' }, granted, 'a')).not.toThrow()
    expect(() =>
      assertWithin({ attestations: 'write' }, granted, 'jobs.b')
    ).toThrow(/jobs\.b asks for attestations: write/)
  })
})
