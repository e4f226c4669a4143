/**
 * Help for every command, read in full: `--help`, `-h` and `help <cmd>`
 * exit 0 with the same text, which has every flag of the command's table
 * with its description, its default and an example; unknown flags and
 * commands exit 2 naming the nearest.
 */
import { describe, expect, it } from '@jest/globals'
import { COMMAND_LOADERS } from '../../src/cli/main.js'
import { runProvenant } from '../helpers/cli.js'

const NAMES = Object.keys(COMMAND_LOADERS)
const flat = (text: string): string => text.replace(/\s+/g, ' ')

describe('provenant help', () => {
  it('has all 16 commands', () => {
    expect(NAMES).toHaveLength(16)
  })

  it.each(NAMES)(
    '%s: --help, -h and help <cmd> print every flag',
    async (name) => {
      const command = await COMMAND_LOADERS[name]!()
      const long = await runProvenant([name, '--help'])
      const short = await runProvenant([name, '-h'])
      const viaHelp = await runProvenant(['help', name])
      for (const run of [long, short, viaHelp]) {
        expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' })
        expect(run.out).toBe(long.out)
      }
      const text = flat(long.out)
      expect(text).toContain(`usage: ${command.usage}`)
      const flags = Object.entries(command.flags)
      expect(flags.length).toBeGreaterThan(0)
      for (const [flag, spec] of flags) {
        expect(long.out).toMatch(
          new RegExp(`^ {2}(-\\w, )?--${flag}[ ,\\n]`, 'm')
        )
        expect(text).toContain(flat(spec.description))
        if (spec.default) expect(text).toContain(`default: ${spec.default}`)
      }
      expect(text.match(/example: --/g)).toHaveLength(flags.length)
      // Nothing points to a file the user does not have.
      expect(long.out).not.toMatch(/docs\/|\bsee \S+\.md\b/)
    }
  )

  it('suggests the nearest flag for a typo, exit 2, without Node’s wording', async () => {
    const run = await runProvenant(['sbom', '.', '--output-dri', 'x'])
    expect(run.code).toBe(2)
    expect(run.err).toContain(
      'unknown flag --output-dri; did you mean --output-dir?'
    )
    expect(run.err).toContain('provenant sbom --help')
    expect(run.err).not.toMatch(/positional argument|Unknown option/)
  })

  it.each(NAMES)(
    '%s: an unknown flag exits 2 and names the nearest',
    async (name) => {
      const command = await COMMAND_LOADERS[name]!()
      const first = Object.keys(command.flags)[0]!
      const typo = `--${first}x`
      const run = await runProvenant([name, typo])
      expect(run.code).toBe(2)
      expect(run.err).toContain(
        `unknown flag ${typo}; did you mean --${first}?`
      )
    }
  )

  it('suggests the nearest command, exit 2', async () => {
    const run = await runProvenant(['verfy', '.'])
    expect(run.code).toBe(2)
    expect(run.err).toContain('unknown command "verfy"; did you mean "verify"?')
    const help = await runProvenant(['help', 'sbomm'])
    expect(help.code).toBe(2)
    expect(help.err).toContain('did you mean "sbom"?')
  })

  it('says when a flag needs a value', async () => {
    const run = await runProvenant(['verify', '.', '--repo'])
    expect(run.code).toBe(2)
    expect(run.err).toContain('flag --repo needs a value')
  })

  it('lists every command at the top level', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = await runProvenant(args)
      expect(run.code).toBe(0)
      for (const name of NAMES) expect(run.out).toContain(`  ${name} `)
    }
  })
})
