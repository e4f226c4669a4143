/** sha256Files against coreutils' sha256sum, on the main thread and in workers. */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  sha256File,
  sha256Files,
  WORKER_THRESHOLD_BYTES
} from '../../../src/io/fs/hash.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'

const run = promisify(execFile)

async function sha256sum(files: string[]): Promise<string[]> {
  const { stdout } = await run('sha256sum', ['--', ...files])
  return stdout
    .trim()
    .split('\n')
    .map((line) => line.slice(0, 64))
}

describe('sha256Files', () => {
  let dir: string
  let small: string[]
  let large: string[]

  beforeAll(async () => {
    dir = await tempDir('hash')
    small = ['empty', 'one', 'odd'].map((n) => path.join(dir, n))
    await writeFile(small[0]!, '')
    await writeFile(small[1]!, 'a')
    await writeFile(small[2]!, randomBytes(5 * 1024 * 1024 + 3))
    // Enough bytes in all for the worker pool, in sizes that cross read boundaries.
    const each = Math.ceil(WORKER_THRESHOLD_BYTES / 3) + 12345
    large = ['l1', 'l2', 'l3', 'l4'].map((n) => path.join(dir, n))
    for (const [i, file] of large.entries()) {
      await writeFile(file, randomBytes(each + i))
    }
  })
  afterAll(() => removeAll(dir))

  it('hashes a few small files on the main thread, as sha256sum does', async () => {
    const digests = await sha256Files(small)
    expect(digests.map((d) => d.sha256)).toEqual(await sha256sum(small))
    expect(digests.map((d) => d.size)).toEqual([0, 1, 5 * 1024 * 1024 + 3])
    expect(digests[0]!.sha256).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    )
  })

  it('hashes many large files in worker threads, in the order given', async () => {
    const files = [...large, ...small]
    const digests = await sha256Files(files, 2)
    expect(digests.map((d) => d.path)).toEqual(files)
    expect(digests.map((d) => d.sha256)).toEqual(await sha256sum(files))
  })

  it('hashes one file by stream', async () => {
    expect(await sha256File(small[1]!)).toBe((await sha256sum([small[1]!]))[0])
  })

  it('fails clearly for a file that is not there', async () => {
    await expect(sha256Files([path.join(dir, 'missing')])).rejects.toThrow(
      'ENOENT'
    )
  })

  it('fails clearly when a worker cannot read a file, and stops the pool', async () => {
    // A directory passes stat but not read: the error comes from a worker.
    await expect(sha256Files([...large, dir], 2)).rejects.toThrow(
      `cannot read ${dir}: EISDIR`
    )
    await expect(sha256Files(large.slice(0, 3), 2)).resolves.toHaveLength(3)
  })
})
