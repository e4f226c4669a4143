/**
 * The embedded local stack (@sigstore/mock, pkijs, the OIDC issuer and
 * GitHub API) is most of the CLI's code. Commands load it only when asked
 * (`--local`, `provenant local`, `release`, `demo`): their static imports
 * never reach src/local, so `provenant sign` and `provenant verify` start
 * without it.
 */
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { COMMAND_LOADERS } from '../../src/cli/main.js'
import { SRC, staticClosure } from '../helpers/static-imports.js'

const COMMANDS = path.resolve('src/cli/commands')
/** Commands that are about the local stack itself. */
const STACK_COMMANDS = new Set(['local', 'demo', 'release'])

describe('the local stack loads only when a command asks for it', () => {
  const commands = Object.keys(COMMAND_LOADERS).filter(
    (name) => !STACK_COMMANDS.has(name)
  )

  it.each(commands)(
    'provenant %s does not import src/local statically',
    (name) => {
      const reached = [...staticClosure(path.join(COMMANDS, `${name}.ts`))]
        .map((file) => path.relative(SRC, file))
        .filter((file) => file.startsWith(`local${path.sep}`))
      expect({ name, reached }).toEqual({ name, reached: [] })
    }
  )

  it('sees through to the stack where it is imported (the check can fail)', () => {
    const reached = [...staticClosure(path.join(COMMANDS, 'sign-local.ts'))]
    expect(reached.some((f) => f.includes(`${path.sep}local${path.sep}`))).toBe(
      true
    )
  })
})
