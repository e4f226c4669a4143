/**
 * The embedded local stack (@sigstore/mock, pkijs, the OIDC issuer and
 * GitHub API) is most of the CLI's code. Commands load it only when asked
 * (`--local`, `provenant local`, `release`, `demo`): their static imports
 * never reach src/local, so `provenant sign` and `provenant verify` start
 * without it.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { COMMAND_LOADERS } from '../../src/cli/main.js'

const COMMANDS = path.resolve('src/cli/commands')
/** Commands that are about the local stack itself. */
const STACK_COMMANDS = new Set(['local', 'demo', 'release'])

const SRC = path.resolve('src')

/** Every source file a module reaches through value (non-type) static imports. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    // Only our TypeScript: generated .cjs validators and packages stop here.
    if (seen.has(file) || !file.startsWith(SRC) || !existsSync(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(
      /^import\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm
    )) {
      visit(path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')))
    }
  }
  visit(entry)
  return seen
}

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
