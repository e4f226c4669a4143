/** The tar reader against archives GNU tar and Python's tarfile wrote. */
import { execFile } from 'node:child_process'
import { mkdir, readFile, symlink, writeFile, chmod } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { looksLikeTar, readTar } from '../../../src/lib/archive/tar.js'
import { InflationBudget } from '../../../src/lib/archive/limits.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'

const run = promisify(execFile)
const LONG = `${'deep/'.repeat(30)}file.txt`

describe('readTar', () => {
  let dir: string
  const tarOf = async (format: string, ...extra: string[]): Promise<Buffer> => {
    const out = path.join(dir, `${format}.tar`)
    await run('tar', [
      `--format=${format}`,
      '--sort=name',
      '--mtime=@1704067200',
      '--owner=alice:1000',
      '--group=staff:50',
      ...extra,
      '-C',
      path.join(dir, 'stage'),
      '-cf',
      out,
      '.'
    ])
    return readFile(out)
  }

  beforeAll(async () => {
    dir = await tempDir('tar')
    const stage = path.join(dir, 'stage')
    await mkdir(path.join(stage, 'bin'), { recursive: true })
    await writeFile(path.join(stage, 'a.txt'), 'hello\n')
    await writeFile(path.join(stage, 'bin', 'run.sh'), '#!/bin/sh\n')
    await chmod(path.join(stage, 'bin', 'run.sh'), 0o755)
    await chmod(path.join(stage, 'a.txt'), 0o644)
    await symlink('a.txt', path.join(stage, 'link'))
  })
  afterAll(() => removeAll(dir))

  it.each(['ustar', 'gnu', 'pax'])(
    'reads the entries and metadata of a %s archive',
    async (format) => {
      const bytes = await tarOf(format)
      expect(looksLikeTar(bytes)).toBe(true)
      const entries = readTar(bytes, new InflationBudget('test'))
      // As written: GNU tar names members ./a.txt and directories ./bin/
      expect(entries.map((e) => [e.path, e.type])).toEqual([
        ['./', 'dir'],
        ['./a.txt', 'file'],
        ['./bin/', 'dir'],
        ['./bin/run.sh', 'file'],
        ['./link', 'symlink']
      ])
      const a = entries.find((e) => e.path === './a.txt')!
      expect(Buffer.from(a.data).toString()).toBe('hello\n')
      expect(a.fields).toMatchObject({
        mode: '0644',
        uid: '1000',
        gid: '50',
        uname: 'alice',
        gname: 'staff',
        mtime: '1704067200'
      })
      expect(entries.find((e) => e.path === './bin/run.sh')!.fields.mode).toBe(
        '0755'
      )
      expect(entries.find((e) => e.path === './link')!.fields.linkname).toBe(
        'a.txt'
      )
    }
  )

  it.each(['ustar', 'gnu', 'pax'])(
    'reads a path longer than 100 bytes in a %s archive',
    async (format) => {
      const stage = path.join(dir, 'stage')
      await mkdir(path.join(stage, path.dirname(LONG)), { recursive: true })
      await writeFile(path.join(stage, LONG), 'deep\n')
      try {
        const entries = readTar(
          await tarOf(format),
          new InflationBudget('test')
        )
        const deep = entries.find((e) => e.path === `./${LONG}`)
        expect(Buffer.from(deep!.data).toString()).toBe('deep\n')
      } finally {
        await removeAll(path.join(stage, 'deep'))
      }
    }
  )

  it('reads GNU base-256 numbers (a uid above 8^7)', async () => {
    const entries = readTar(
      await tarOf('gnu', '--owner=big:3000000'),
      new InflationBudget('test')
    )
    expect(entries.find((e) => e.path === './a.txt')!.fields.uid).toBe(
      '3000000'
    )
  })

  it('refuses a damaged header', () => {
    const bytes = Buffer.alloc(1024)
    bytes.write('name', 0)
    bytes.write('00000000', 148)
    expect(() => readTar(bytes, new InflationBudget('test'))).toThrow(
      'bad checksum'
    )
    expect(looksLikeTar(Buffer.from('not a tar'))).toBe(false)
  })
})
