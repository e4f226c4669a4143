/**
 * The built-in explainer on tarballs made by GNU tar and gzip, each pair
 * differing in one way a real build differs.
 */
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync as gunzip } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { explainBytes } from '../../../src/lib/rebuild/explain.js'
import type { Difference } from '../../../src/lib/rebuild/model.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'
import type { Tarballs } from '../../helpers/tarballs.js'
import { STAGE_EPOCH as E, stageTarballs } from '../../helpers/tarballs.js'

const run = promisify(execFile)

const find = (
  ds: Difference[],
  what: string,
  entry?: string
): Difference | undefined =>
  ds.find((d) => d.what === what && (entry === undefined || d.entry === entry))

describe('explainBytes on tarballs', () => {
  let dir: string
  let tarball: Tarballs['tarball']
  let variant: Tarballs['variant']

  beforeAll(async () => {
    dir = await tempDir('explain')
    ;({ tarball, variant } = await stageTarballs(dir))
  })
  afterAll(() => removeAll(dir))

  it('finds member mtimes (timestamps), naming every member', async () => {
    const e = explainBytes(
      await tarball(),
      await tarball({ tar: [`--mtime=@${E + 3600}`] }),
      []
    )
    expect(e).toMatchObject({
      explainer: 'builtin',
      format: 'tar.gz',
      categories: ['timestamps'],
      omitted: 0
    })
    expect(e.differences.map((d) => [d.entry, d.what, d.category])).toEqual([
      ['./BUILD_INFO', 'mtime', 'timestamps'],
      ['./bin/run', 'mtime', 'timestamps'],
      ['./lib.py', 'mtime', 'timestamps']
    ])
    expect(e.differences[0]).toMatchObject({
      reference: '1704067200 (2024-01-01T00:00:00Z)',
      rebuilt: '1704070800 (2024-01-01T01:00:00Z)'
    })
  })

  it('finds owners (ownership) and modes (permissions)', async () => {
    const owners = explainBytes(
      await tarball(),
      await tarball({ tar: ['--owner=1000', '--group=100'] }),
      []
    )
    expect(owners.categories).toEqual(['ownership'])
    expect(find(owners.differences, 'uid', './lib.py')).toMatchObject({
      reference: '0',
      rebuilt: '1000'
    })
    const modes = explainBytes(
      await tarball(),
      await tarball({ stage: await variant({}, { 'lib.py': 0o600 }) }),
      []
    )
    expect(modes.differences).toEqual([
      {
        category: 'permissions',
        entry: './lib.py',
        what: 'mode',
        reference: '0644',
        rebuilt: '0600'
      }
    ])
  })

  it('finds the entry order (file order)', async () => {
    const e = explainBytes(
      await tarball(),
      await tarball({ files: ['./lib.py', './BUILD_INFO', './bin/run'] }),
      []
    )
    expect(e.categories).toEqual(['file-order'])
    expect(e.differences).toEqual([
      {
        category: 'file-order',
        entry: './BUILD_INFO',
        what: 'order',
        reference: 'position 1 of 3',
        rebuilt: 'position 2 of 3'
      }
    ])
  })

  it('shows a date written into a member as a text diff (timestamps)', async () => {
    const stage = await variant({
      BUILD_INFO:
        'name: app\nbuilt: Tue Jan  2 10:11:12 UTC 2024\nversion: 1.0\n'
    })
    const e = explainBytes(await tarball(), await tarball({ stage }), [])
    expect(e.differences).toHaveLength(1)
    expect(e.differences[0]).toMatchObject({
      category: 'timestamps',
      entry: './BUILD_INFO',
      what: 'content'
    })
    expect(e.differences[0]!.diff!.split('\n')).toEqual([
      '--- reference/./BUILD_INFO',
      '+++ rebuilt/./BUILD_INFO',
      '@@ -1,3 +1,3 @@',
      ' name: app',
      '-built: Mon Jan  1 00:00:00 UTC 2024',
      '+built: Tue Jan  2 10:11:12 UTC 2024',
      ' version: 1.0'
    ])
  })

  it('finds members added and removed, and changed content', async () => {
    const stage = await variant({
      'extra.txt': 'x\n',
      'lib.py': 'def f():\n    return 2\n'
    })
    const e = explainBytes(
      await tarball(),
      await tarball({
        stage,
        files: ['./BUILD_INFO', './extra.txt', './lib.py']
      }),
      []
    )
    expect(e.differences.map((d) => [d.entry, d.what, d.category])).toEqual([
      ['./bin/run', 'removed', 'content'],
      ['./extra.txt', 'added', 'content'],
      ['./lib.py', 'content', 'content']
    ])
  })

  it('finds the gzip header (time and name) and the compression level', async () => {
    const tar = path.join(dir, 'named.tar')
    const plain = await tarball()
    await writeFile(tar, gunzip(plain))
    await run('touch', ['-d', '@1704070800', tar])
    const named = (await run('gzip', ['-9', '-c', tar], { encoding: 'buffer' }))
      .stdout
    const header = explainBytes(plain, named, [])
    expect(header.differences).toEqual([
      {
        category: 'timestamps',
        what: 'gzip mtime',
        reference: '0 (1970-01-01T00:00:00Z)',
        rebuilt: '1704070800 (2024-01-01T01:00:00Z)'
      },
      {
        category: 'compression',
        what: 'gzip file name',
        reference: '(none)',
        rebuilt: 'named.tar'
      }
    ])
    const level = explainBytes(plain, await tarball({ gzip: ['-n', '-1'] }), [])
    expect(level.differences.map((d) => [d.what, d.category])).toEqual([
      ['gzip extra flags', 'compression'],
      [
        'compressed stream (same uncompressed bytes: compression level or implementation)',
        'compression'
      ]
    ])
    expect(explainBytes(plain, plain, [])).toMatchObject({
      differences: [],
      note: 'the two are identical'
    })
  })
})
