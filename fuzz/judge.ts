/**
 * One input through one fuzz target, judged: undefined when the target read
 * it or refused it cleanly (an error of the kinds it may refuse with, whose
 * message stays short), else what went wrong. Shared by the fuzzer and by
 * the regression test that replays fuzz/regressions/ in `npm test`.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FuzzTarget } from './targets/support.js'

const ROOT = path.dirname(fileURLToPath(import.meta.url))
/** A refusal never prints kilobytes of the input. */
export const MAX_MESSAGE_CHARS = 8000
export const MAX_MESSAGE_LINE_CHARS = 400

export async function loadTarget(name: string): Promise<FuzzTarget> {
  const module = (await import(`./targets/${name}.js`)) as {
    default: FuzzTarget
  }
  return module.default
}

/** The regression files kept for each target: fuzz/regressions/<target>/<file>. */
export const REGRESSIONS = path.join(ROOT, 'regressions')

export async function judge(
  target: FuzzTarget,
  input: Uint8Array
): Promise<string | undefined> {
  const warnings: string[] = []
  const listen = (warning: Error): void => {
    warnings.push(`${warning.name}: ${warning.message.split('\n')[0] ?? ''}`)
  }
  process.on('warning', listen)
  try {
    const verdict = await judgeRun(target, input)
    // process.emitWarning reports on a later tick.
    await new Promise((resolve) => setImmediate(resolve))
    return (
      verdict ??
      (warnings.length > 0
        ? `printed a warning instead of refusing: ${warnings[0]}`
        : undefined)
    )
  } finally {
    process.off('warning', listen)
  }
}

async function judgeRun(
  target: FuzzTarget,
  input: Uint8Array
): Promise<string | undefined> {
  try {
    await target.run(Buffer.from(input))
    return undefined
  } catch (error) {
    const { kind, name, message, stack } = (error ?? {}) as {
      kind?: string
      name?: string
      message?: unknown
      stack?: string
    }
    const text = String(message)
    if (!(target.cleanKinds ?? ['input']).includes(kind ?? '')) {
      return `not a clean refusal: ${name}: ${text}\n${stack ?? ''}`
    }
    const longest = Math.max(...text.split('\n').map((l) => l.length))
    if (text.length > MAX_MESSAGE_CHARS || longest > MAX_MESSAGE_LINE_CHARS) {
      return `a refusal of ${text.length} characters (longest line ${longest}): ${text.slice(0, 300)}`
    }
    return undefined
  }
}
