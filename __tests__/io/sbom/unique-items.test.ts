import { describe, expect, it } from '@jest/globals'
import hasDuplicateItems from '../../../src/io/sbom/validators/unique-items.cjs'

describe('uniqueItems in linear time', () => {
  it.each([
    ['no items', [], false],
    ['distinct strings', ['a', 'b'], false],
    ['a repeated string', ['a', 'b', 'a'], true],
    ['a number and its string', [1, '1'], false],
    ['1 and 1.0', [1, 1.0], true],
    ['null and "null"', [null, 'null'], false],
    [
      'equal objects, keys in another order',
      [
        { a: 1, b: [1, { c: 2 }] },
        { b: [1, { c: 2 }], a: 1 }
      ],
      true
    ],
    [
      'objects that differ deep down',
      [{ a: [1, { c: 2 }] }, { a: [1, { c: 3 }] }],
      false
    ],
    [
      'arrays in another order',
      [
        [1, 2],
        [2, 1]
      ],
      false
    ],
    ['an undefined member', [{ a: 1, b: undefined }, { a: 1 }], true],
    [
      'objects told apart by a distinct key',
      [
        { ref: 'a', x: [1] },
        { ref: 'b', x: [1] }
      ],
      false
    ],
    [
      'equal objects with the same key',
      [
        { ref: 'a', x: [1] },
        { x: [1], ref: 'a' }
      ],
      true
    ],
    ['an object and a primitive', [{ ref: 'a' }, 'a', { ref: 'a' }], true]
  ])('%s', (_, items, duplicate) => {
    expect(hasDuplicateItems(items)).toBe(duplicate)
  })
})
