import { describe, expect, it } from '@jest/globals'
import { LockfileLines } from '../../../src/lib/scan/lockfile-line.js'

const PACKAGE_LOCK = `{
  "packages": {
    "node_modules/anymatch": {
      "version": "3.0.2"
    },
    "node_modules/braces": {
      "version": "3.0.2",
      "dev": true
    },
    "node_modules/x/node_modules/braces": {
      "version": "2.3.2"
    }
  }
}`

const YARN = `braces@^3.0.1, braces@~3.0.2:
  version "3.0.2"
  resolved "https://registry.yarnpkg.com/braces/-/braces-3.0.2.tgz"
`

describe('LockfileLines', () => {
  it('finds the package-lock entry of the name at the version, not a look-alike or another version', () => {
    const lines = new LockfileLines(PACKAGE_LOCK)
    expect(lines.find('braces', '3.0.2')).toBe(6)
    expect(lines.find('braces', '2.3.2')).toBe(10)
    expect(lines.find('braces', '9.9.9')).toBeUndefined()
  })

  it('reads yarn.lock, pnpm-lock.yaml, go.mod and requirements lines', () => {
    expect(new LockfileLines(YARN).find('braces', '3.0.2')).toBe(1)
    expect(
      new LockfileLines(
        'packages:\n\n  /yaml@2.1.1:\n    resolution: {}\n'
      ).find('yaml', '2.1.1')
    ).toBe(3)
    expect(
      new LockfileLines(
        'module m\n\nrequire (\n\tgolang.org/x/text v0.3.7\n)\n'
      ).find('golang.org/x/text', 'v0.3.7')
    ).toBe(4)
    expect(
      new LockfileLines('Django==3.2.1\nrequests==2.0.0\n').find(
        'django',
        '3.2.1'
      )
    ).toBe(1)
  })
})

describe('LockfileLines and version ranges', () => {
  it('skips a dependency range (^1.2.5) for the locked entry', () => {
    const text =
      '{\n  "": {\n    "dependencies": {\n      "minimist": "^1.2.5"\n    }\n  },\n  "node_modules/minimist": {\n    "version": "1.2.5"\n  }\n}'
    expect(new LockfileLines(text).find('minimist', '1.2.5')).toBe(7)
  })
})
