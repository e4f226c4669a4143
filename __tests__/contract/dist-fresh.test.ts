/**
 * dist/ is committed and must equal a fresh build: the bundles are rebuilt
 * into a temp dir and compared file by file, new and missing files included.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { repoPath } from '../helpers/repo.js'

const run = promisify(execFile)
const BUILD_TIMEOUT_MS = 8 * 60 * 1000

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = path.posix.join(prefix, entry.name)
    if (entry.isDirectory())
      out.push(...(await listFiles(path.join(dir, entry.name), rel)))
    else out.push(rel)
  }
  return out.sort()
}

describe('dist/', () => {
  let fresh: string

  beforeAll(async () => {
    fresh = await mkdtemp(path.join(os.tmpdir(), 'provenant-dist-'))
    await run(process.execPath, [repoPath('scripts', 'bundle.mjs'), fresh], {
      cwd: repoPath(),
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024
    })
  }, BUILD_TIMEOUT_MS)

  afterAll(async () => rm(fresh, { recursive: true, force: true }))

  it('has the same files as a fresh build', async () => {
    expect(await listFiles(repoPath('dist'))).toEqual(await listFiles(fresh))
  })

  it('has the same bytes as a fresh build (run `npm run bundle` and commit dist/)', async () => {
    const stale: string[] = []
    for (const file of await listFiles(fresh)) {
      const [built, committed] = await Promise.all([
        readFile(path.join(fresh, file)),
        readFile(repoPath('dist', file)).catch(() => Buffer.alloc(0))
      ])
      if (!built.equals(committed)) stale.push(file)
    }
    expect(stale).toEqual([])
  })
})
