/**
 * yarn.lock: berry when it has a `__metadata` block, classic when it says
 * `# yarn lockfile v1`; anything else is not a lockfile Provenant can read.
 */
import type { LockfileFormat } from './lockfile-format.js'
import type { LockGraph, ReaderContext } from './lock-graph.js'
import { unknownLockfileVersion } from './parse-text.js'
import { readYarnBerry } from './yarn-berry.js'
import { readYarnClassic } from './yarn-classic.js'
import { parseYarnLockText } from './yarn-lock-text.js'

export function readYarnLock(ctx: ReaderContext): LockGraph {
  const text = ctx.read(ctx.lockfile) ?? ''
  const parsed = parseYarnLockText(text, ctx.lockfile)
  if (parsed.metadata !== undefined) return readYarnBerry(ctx, text, parsed)
  if (/^# yarn lockfile v1\s*$/m.test(text)) return readYarnClassic(ctx, parsed)
  const header = /^# yarn lockfile v(\d+)/m.exec(text)?.[1]
  throw unknownLockfileVersion(
    ctx.lockfile,
    'line 1',
    header ?? 'none',
    'classic (# yarn lockfile v1) or berry (__metadata)'
  )
}

export const yarnLockfile: LockfileFormat = {
  kind: 'yarn',
  family: 'javascript',
  names: ['yarn.lock'],
  manager: 'yarn',
  manifests: ['package.json'],
  read: readYarnLock
}
