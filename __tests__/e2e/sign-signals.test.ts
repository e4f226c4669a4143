/**
 * SIGINT and SIGTERM while `provenant sign` writes its bundles (the bundled
 * CLI, a real process, real signals): no temp file is left, and the output
 * folder holds either the earlier run's complete set or the new complete
 * set, never a mix.
 */
import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

const CLI = path.resolve('dist/cli/index.js')
const FILES = 120

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-signals-'))
  await mkdir(path.join(tmp, 'files'))
  for (let i = 0; i < FILES; i++)
    await writeFile(path.join(tmp, 'files', `f${i}.txt`), `file ${i}\n`)
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

interface Ended {
  code: number | null
  signal: NodeJS.Signals | null
}

/** Signs every file into `out`; with `signal`, sends it as the first temp file appears there. */
function sign(out: string, signal?: NodeJS.Signals): Promise<Ended> {
  const files = Array.from({ length: FILES }, (_, i) => `files/f${i}.txt`)
  const child = spawn(
    process.execPath,
    [CLI, 'sign', ...files, '--local', '--output-dir', out],
    { cwd: tmp, stdio: 'ignore' }
  )
  const watcher = signal
    ? watch(out, (_, name) => {
        if (String(name).endsWith('.tmp')) {
          watcher?.close()
          child.kill(signal)
        }
      })
    : undefined
  return new Promise((resolve) =>
    child.on('exit', (code, sig) => {
      watcher?.close()
      resolve({ code, signal: sig })
    })
  )
}

async function bundles(out: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const name of await readdir(out))
    if (name.endsWith('.sigstore.json'))
      found.set(name, await readFile(path.join(out, name), 'utf8'))
  return found
}

describe('sign under SIGINT and SIGTERM', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s while writing leaves no temp file and a whole set of bundles',
    async (signal) => {
      const out = path.join(tmp, `out-${signal}`)
      await mkdir(out)
      expect((await sign(out)).code).toBe(0)
      const before = await bundles(out)
      expect(before.size).toBe(FILES)

      const ended = await sign(out, signal)
      expect(ended.signal ?? ended.code).not.toBe(0)
      const names = await readdir(out)
      expect(names.filter((n) => n.includes('.tmp'))).toEqual([])
      const after = await bundles(out)
      expect(after.size).toBe(FILES)
      const unchanged = [...after].filter(([n, b]) => before.get(n) === b)
      expect([0, FILES]).toContain(unchanged.length)
    },
    240_000
  )
})
