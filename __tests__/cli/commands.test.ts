import { describe, expect, it } from '@jest/globals'
import { COMMAND_LOADERS, runCli } from '../../src/cli/main.js'

describe('provenant commands', () => {
  it('loads each command under its own name', async () => {
    for (const [name, load] of Object.entries(COMMAND_LOADERS)) {
      expect((await load()).name).toBe(name)
    }
  })

  it('lists every command in the usage text and rejects unknown ones', async () => {
    const out: string[] = []
    const err: string[] = []
    const output = {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l)
    }
    expect(await runCli(['--help'], output)).toBe(0)
    for (const name of Object.keys(COMMAND_LOADERS))
      expect(out.join('\n')).toContain(`  ${name} `)
    expect(await runCli(['nope'], output)).toBe(2)
    expect(err.join('\n')).toContain('unknown command "nope"')
  })
})
