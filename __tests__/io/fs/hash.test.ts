/** digestFile: every algorithm in one pass, across read boundaries; sha256Files keeps the order. */
import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { READ_BYTES, digestFile, sha256Files } from '../../../src/io/fs/hash.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'

const hex = (algorithm: string, bytes: Buffer): string =>
  createHash(algorithm).update(bytes).digest('hex')

describe('digestFile', () => {
  let dir: string
  beforeAll(async () => {
    dir = await tempDir('hash')
  })
  afterAll(() => removeAll(dir))

  it.each([
    ['an empty file', 0],
    ['one byte', 1],
    ['exactly one read', READ_BYTES],
    ['one read and a byte', READ_BYTES + 1],
    ['several reads', 2 * READ_BYTES + 12345]
  ])('hashes %s with every algorithm asked for', async (name, size) => {
    const bytes = Buffer.alloc(size)
    for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff
    const file = path.join(dir, `${size}.bin`)
    await writeFile(file, bytes)
    await expect(
      digestFile(file, ['sha256', 'sha512', 'blake2b512'])
    ).resolves.toEqual({
      sha256: hex('sha256', bytes),
      sha512: hex('sha512', bytes),
      blake2b512: hex('blake2b512', bytes)
    })
  })

  it('fails on a file that is not there', async () => {
    await expect(
      digestFile(path.join(dir, 'missing'), ['sha256'])
    ).rejects.toThrow(/ENOENT/)
  })

  it('sha256Files hashes many small files a few at a time, in the order given', async () => {
    const files = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const file = path.join(dir, `small-${i}.txt`)
        await writeFile(file, `file ${i}\n`.repeat(i))
        return file
      })
    )
    const digests = await sha256Files(files)
    expect(digests).toEqual(
      files.map((file, i) => ({
        path: file,
        sha256: hex('sha256', Buffer.from(`file ${i}\n`.repeat(i))),
        size: `file ${i}\n`.repeat(i).length
      }))
    )
  })
})
