/** unifiedDiff against GNU diff -u, the tool everyone reads diffs from. */
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { unifiedDiff } from '../../../src/lib/rebuild/text-diff.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'

const lines = (n: number, f = (i: number) => `line ${i}`): string =>
  Array.from({ length: n }, (_, i) => `${f(i + 1)}\n`).join('')

const CASES: [string, string, string][] = [
  ['one changed line', 'a\nb\nc\n', 'a\nB\nc\n'],
  [
    'a date line',
    'built: Mon Jan  1 00:00:00 UTC 2024\nname: app\n',
    'built: Mon Jan  1 09:00:00 JST 2024\nname: app\n'
  ],
  [
    'two distant changes (two hunks)',
    lines(30),
    lines(30, (i) => (i === 3 || i === 25 ? `changed ${i}` : `line ${i}`))
  ],
  [
    'two close changes (one hunk)',
    lines(30),
    lines(30, (i) => (i === 10 || i === 14 ? `changed ${i}` : `line ${i}`))
  ],
  ['lines added at the end', 'a\nb\n', 'a\nb\nc\nd\n'],
  ['lines removed at the start', 'x\ny\na\nb\n', 'a\nb\n'],
  [
    'an insertion in the middle',
    lines(10),
    lines(10).replace('line 5\n', 'line 5\nnew\n')
  ]
]

describe('unifiedDiff', () => {
  let dir: string
  beforeAll(async () => {
    dir = await tempDir('diff')
  })
  afterAll(() => removeAll(dir))

  it.each(CASES)('gives the hunks diff -U2 gives for %s', async (_, a, b) => {
    await writeFile(path.join(dir, 'a'), a)
    await writeFile(path.join(dir, 'b'), b)
    const gnu = await promisify(execFile)('diff', ['-U2', 'a', 'b'], {
      cwd: dir
    }).then(
      () => '',
      (error: { stdout: string }) => error.stdout
    )
    const ours = unifiedDiff(a, b, { context: 2, maxLines: 1000 })
    expect(ours.split('\n').slice(2)).toEqual(
      gnu.trimEnd().split('\n').slice(2)
    )
  })

  it('labels the sides and caps the length', () => {
    const diff = unifiedDiff(
      lines(100),
      lines(100, (i) => `other ${i}`),
      {
        from: 'reference/x',
        to: 'rebuilt/x',
        maxLines: 5
      }
    )
    const out = diff.split('\n')
    expect(out.slice(0, 2)).toEqual(['--- reference/x', '+++ rebuilt/x'])
    expect(out).toHaveLength(8)
    expect(out[7]).toBe('... 196 more diff lines')
  })
})
