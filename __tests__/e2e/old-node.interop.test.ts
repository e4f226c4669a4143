/**
 * The bundled CLI under the Debian machine's own Node (20, older than the
 * CLI needs): one line saying which Node it needs and how to get it, exit
 * 2, nothing on stdout, instead of a stack trace from the first newer API.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { MINIMUM_NODE } from '../../src/lib/runtime.js'
import { runDistCli } from '../helpers/dist-cli.js'

const SYSTEM_NODE = '/usr/bin/node'

describe('the CLI on a Node older than it needs', () => {
  it("names the Node it needs under the machine's Node 20", async () => {
    const version = execFileSync(SYSTEM_NODE, ['--version'], {
      encoding: 'utf8'
    }).trim()
    // The premise: Debian's Node is older than the CLI's minimum.
    expect(Number(version.replace(/^v/, '').split('.')[0])).toBeLessThan(
      Number(MINIMUM_NODE.split('.')[0])
    )
    for (const args of [['--version'], ['verify', '.', '--repo', 'a/b']]) {
      const result = await runDistCli(args, {
        command: [SYSTEM_NODE, 'dist/cli/index.js']
      })
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `provenant needs Node ${MINIMUM_NODE} or later, and this is Node ${version.replace(/^v/, '')}: install Node 24 (https://nodejs.org), or use the single executable, which carries its own\n`
      })
    }
  })
})
