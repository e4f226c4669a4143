import { describe, expect, it } from '@jest/globals'
import {
  normaliseBooleanFlags,
  parseFlags,
  parseInputFlags
} from '../../../src/cli/input-flags.js'
import { InputError } from '../../../src/lib/errors.js'
import { defineInputs } from '../../../src/lib/inputs/index.js'

const TABLE = defineInputs({
  files: { kind: 'list', description: 'f' },
  'legacy-sig': { kind: 'boolean', default: 'false', description: 'l' },
  concurrency: { kind: 'integer', default: '8', description: 'c' }
})

function parse(argv: string[]) {
  const { flags, positionals } = parseInputFlags(argv, TABLE)
  return { source: flags, positionals }
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

  it('takes repeated flags where the table says so, typed', () => {
    const table = defineInputs({
      ...TABLE,
      json: { kind: 'boolean', description: 'j' },
      env: { kind: 'list', multiple: true, description: 'e' }
    })
    const parsed = parseFlags(['--json', '--env', 'A=1', '--env', 'B=2'], table)
    expect(parsed.values.json).toBe(true)
    expect(parsed.values.env).toEqual(['A=1', 'B=2'])
    expect(
      parseInputFlags(['--env=A=1', '--env', 'B=2'], table).flags('env')
    ).toBe('A=1\nB=2')
  })

  it('refuses positionals where the command takes none', () => {
    expect(() =>
      parseInputFlags(['stray'], TABLE, { allowPositionals: false })
    ).toThrow(/positional/)
  })
})
