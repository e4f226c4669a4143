/**
 * `provenant release` refuses bad input up front (exit 2, naming the flag);
 * the full local release of the Python example, which needs Debian's
 * python3-build, is in release.interop.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { runDistCli } from '../helpers/dist-cli.js'

describe('provenant release: bad input', () => {
  it.each([
    [
      [
        'release',
        'examples/npm-package',
        '--build',
        'x',
        '--artifacts',
        'y',
        '--out',
        'z'
      ],
      /--local/
    ],
    [
      [
        'release',
        '--local',
        'no-such-dir',
        '--build',
        'x',
        '--artifacts',
        'y',
        '--out',
        '/tmp/provenant-never'
      ],
      /no-such-dir/
    ],
    [
      [
        'release',
        '--local',
        'examples/npm-package',
        '--artifacts',
        'y',
        '--out',
        'z'
      ],
      /--build/
    ]
  ])('%j exits 2 with a clear message', async (args, message) => {
    const result = await runDistCli(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})
