import { parseArgs } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import {
  normaliseBooleanFlags,
  toFlagOptions,
  toInputSource
} from '../../../src/cli/input-flags.js'
import { InputError } from '../../../src/lib/errors.js'
import { defineInputs } from '../../../src/lib/inputs/index.js'

const TABLE = defineInputs({
  files: { kind: 'list', description: 'f' },
  'legacy-sig': { kind: 'boolean', default: 'false', description: 'l' },
  concurrency: { kind: 'integer', default: '8', description: 'c' }
})

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: normaliseBooleanFlags(argv, TABLE),
    options: toFlagOptions(TABLE),
    allowPositionals: true,
    allowNegative: true,
    strict: true
  })
  return { source: toInputSource(values), positionals }
}

describe('input tables as CLI flags', () => {
  it.each([
    [['--legacy-sig'], 'true'],
    [['--legacy-sig=true'], 'true'],
    [['--legacy-sig=false'], 'false'],
    [['--legacy-sig=no'], 'false'],
    [['--no-legacy-sig'], 'false'],
    [[], undefined]
  ])('%j -> legacy-sig %s', (argv, expected) => {
    expect(parse(argv).source('legacy-sig')).toBe(expected)
  })

  it('takes values for other kinds, and positionals', () => {
    const { source, positionals } = parse([
      '--concurrency',
      '3',
      '--files=a',
      'b'
    ])
    expect(source('concurrency')).toBe('3')
    expect(source('files')).toBe('a')
    expect(positionals).toEqual(['b'])
  })

  it('refuses a boolean value that is not one', () => {
    expect(() => normaliseBooleanFlags(['--legacy-sig=maybe'], TABLE)).toThrow(
      InputError
    )
  })

  it('refuses unknown flags', () => {
    expect(() => parse(['--nope'])).toThrow(/Unknown option/)
  })
})
