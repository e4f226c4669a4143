/**
 * One input through one fuzz target, judged: undefined when the target read
 * it or refused it cleanly (an input error, exit 2 on the command line, with
 * a short message), else what went wrong. Shared by the fuzzer and by the
 * regression test that replays fuzz/regressions/ in `npm test`.
 */
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.dirname(fileURLToPath(import.meta.url))
/** A refusal never prints kilobytes of the input. */
export const MAX_MESSAGE_CHARS = 2000

export async function loadTarget(name) {
  const file = path.join(ROOT, 'targets', `${name}.ts`)
  const module = await import(pathToFileURL(file).href)
  return module.default
}

export async function checkOne(target, input) {
  try {
    await target.run(Buffer.from(input))
    return undefined
  } catch (error) {
    if (error?.kind !== 'input') {
      return `not an input error: ${error?.name}: ${String(error?.message)}\n${error?.stack ?? ''}`
    }
    if (String(error.message).length > MAX_MESSAGE_CHARS) {
      return `an input error of ${error.message.length} characters: ${error.message.slice(0, 300)}`
    }
    return undefined
  }
}
