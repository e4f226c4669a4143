/** Runs each test of the file in a fresh temp folder as its working directory. */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach } from '@jest/globals'

export function useTempCwd(prefix: string): { dir: () => string } {
  let dir = ''
  let cwd = ''
  beforeEach(async () => {
    cwd = process.cwd()
    dir = await mkdtemp(path.join(os.tmpdir(), prefix))
    process.chdir(dir)
  })
  afterEach(async () => {
    process.chdir(cwd)
    await rm(dir, { recursive: true, force: true })
  })
  return { dir: () => dir }
}
