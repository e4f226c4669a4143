/**
 * Verifying local files never touches the network, so `provenant verify`
 * and `verify-bundle` do not load the network kernel (src/io/net: HTTP,
 * TLS, retries) or the clients built on it until a run reaches for them
 * (--release, --github-attestations, oci:// images, --require vex,
 * --staging), nor the advisory matcher outside --require vex: a third of
 * verify's start-up.
 */
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { SRC, staticClosure } from '../helpers/static-imports.js'

const ON_USE = [
  'io/net/',
  'io/github/client.ts',
  'io/oci/',
  'io/scan/',
  'lib/scan/findings.ts'
]

function networkReachedFrom(file: string): string[] {
  return [...staticClosure(path.join(SRC, file))]
    .map((f) => path.relative(SRC, f).split(path.sep).join('/'))
    .filter((f) => ON_USE.some((prefix) => f.startsWith(prefix)))
}

describe('verify loads the network stack and the advisory matcher only when a run needs them', () => {
  it.each([
    'cli/commands/verify.ts',
    'cli/commands/verify-bundle.ts',
    'actions/verify/main.ts'
  ])('%s does not import it statically', (file) => {
    expect({ file, reached: networkReachedFrom(file) }).toEqual({
      file,
      reached: []
    })
  })

  it('sees them where they are imported (the check can fail)', () => {
    expect(networkReachedFrom('io/verify/github.ts')).toContain(
      'io/github/client.ts'
    )
    expect(networkReachedFrom('io/verify/vex-context.ts')).toContain(
      'lib/scan/findings.ts'
    )
  })
})
