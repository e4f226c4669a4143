import { describe, expect, it } from '@jest/globals'
import {
  buildFlagsHelp,
  normaliseBooleanFlags,
  nearestFlag,
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

  it('refuses unknown flags with an input error naming the nearest known one', () => {
    expect(() => parse(['--nope'])).toThrow(/unknown flag --nope/)
    let thrown: unknown
    try {
      parse(['--legacy-sg'])
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as InputError).code).toBe('INPUT_UNKNOWN_FLAG')
    expect((thrown as InputError).message).toMatch(
      /did you mean --legacy-sig\?/
    )
  })

  it.each([
    ['certificate-identity-regex', 'certificate-identity-regexp'],
    ['source-tags', 'source-tag'],
    ['buildr-id', 'builder-id']
  ])('suggests --%s -> --%s', (typed, known) => {
    expect(
      nearestFlag(typed, [
        'certificate-identity',
        'certificate-identity-regexp',
        'source-tag',
        'source-branch',
        'builder-id'
      ])
    ).toBe(known)
  })

  it("takes a command's own flags beside the table's, and --help or -h", () => {
    const parsed = parseInputFlags(
      ['--json', '--env', 'A=1', '--env', 'B=2'],
      TABLE,
      {
        json: { type: 'boolean' },
        env: { type: 'string', multiple: true }
      }
    )
    expect(parsed.values.json).toBe(true)
    expect(parsed.flags('env')).toBe('A=1\nB=2')
    expect(parsed.help).toBe(false)
    expect(parseInputFlags(['-h'], TABLE).help).toBe(true)
    expect(parseInputFlags(['--help'], TABLE).help).toBe(true)
  })

  it('refuses positionals where the command takes none', () => {
    expect(() =>
      parseInputFlags(['stray'], TABLE, {}, { allowPositionals: false })
    ).toThrow(/positional/)
  })

  it('lists every input flag and the own ones in the help', () => {
    expect(buildFlagsHelp('tool do <x>', TABLE, ['json'])).toBe(
      'usage: tool do <x>\n\ninputs (as flags): --files --legacy-sig --concurrency --json'
    )
  })
})
