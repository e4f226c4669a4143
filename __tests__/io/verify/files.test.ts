/**
 * How verify reads its evidence files: small text files through one reused
 * buffer (each read gives exactly its own file's text), larger ones through
 * a handle, and anything but a regular file refused without a wait.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  SYNC_READ_MAX_BYTES,
  readJsonValue,
  readTextIfSmall
} from '../../../src/io/verify/files.js'

describe('verify file reads', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provenant-files-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads each small file as exactly its own text, whatever was read before', async () => {
    const texts = [
      '{"a":1}',
      'x'.repeat(100_000),
      '',
      'é'.repeat(60_000),
      'y'.repeat(300 * 1024),
      'short'
    ]
    for (const [i, text] of texts.entries()) {
      const file = path.join(dir, `text-${i}.json`)
      await writeFile(file, text)
      expect(readTextIfSmall(file, file)).toBe(text)
    }
  })

  it('leaves a file past the synchronous limit to be read through a handle', async () => {
    const file = path.join(dir, 'large.json')
    const value = { data: 'z'.repeat(SYNC_READ_MAX_BYTES) }
    await writeFile(file, JSON.stringify(value))
    expect(readTextIfSmall(file, file)).toBeUndefined()
    expect(await readJsonValue(file)).toEqual({ ok: true, value })
  })

  it('parses JSON, and says why when a file is not JSON or cannot be read', async () => {
    const good = path.join(dir, 'good.json')
    const bad = path.join(dir, 'bad.json')
    const fifo = path.join(dir, 'pipe.json')
    await writeFile(good, '{"mediaType":"x","n":[1,2]}')
    await writeFile(bad, '{"mediaType":')
    execFileSync('mkfifo', [fifo])
    expect(await readJsonValue(good)).toEqual({
      ok: true,
      value: { mediaType: 'x', n: [1, 2] }
    })
    expect(await readJsonValue(bad)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not JSON \(/)
    })
    expect(await readJsonValue(path.join(dir, 'missing.json'))).toEqual({
      ok: false,
      reason: 'cannot read it (ENOENT)'
    })
    expect(await readJsonValue(fifo)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^cannot read it \(.*FIFO/)
    })
  })
})
