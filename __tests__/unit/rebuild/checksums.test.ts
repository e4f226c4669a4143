import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import {
  formatChecksumFile,
  parseChecksumFile
} from '../../../src/lib/rebuild/checksums.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'

const A = 'a'.repeat(64)
const B = 'B'.repeat(64)

describe('parseChecksumFile', () => {
  it.each([
    ['sha256sum text mode', `${A}  pkg-1.0.tar.gz\n`, 'pkg-1.0.tar.gz', A],
    ['sha256sum binary mode (*)', `${A} *pkg.whl\n`, 'pkg.whl', A],
    ['a path (keyed by file name)', `${A}  dist/pkg.whl\n`, 'pkg.whl', A],
    ['upper-case hex', `${B}  x.tgz\r\n`, 'x.tgz', B.toLowerCase()],
    ['shasum --tag (BSD)', `SHA256 (pkg.whl) = ${A}\n`, 'pkg.whl', A],
    ['an escaped name', `\\${A}  a\\\\b\n`, 'a\\b', A],
    ['a name with spaces', `${A}  my file.zip\n`, 'my file.zip', A]
  ])('reads %s', (_, text, name, sha256) => {
    expect(parseChecksumFile(text, 'SUMS')).toEqual([{ name, sha256 }])
  })

  it('skips blank lines and comments', () => {
    const text = `# release 1.0\n\n${A}  a\n${A}  b\n`
    expect(parseChecksumFile(text, 'SUMS').map((e) => e.name)).toEqual([
      'a',
      'b'
    ])
  })

  it.each([
    [
      'a line that is not a checksum',
      `${A}  a\nnot a checksum\n`,
      'REBUILD_CHECKSUMS_LINE',
      'line 2'
    ],
    [
      'a SHA-512 digest',
      `${'c'.repeat(128)}  a\n`,
      'REBUILD_CHECKSUMS_LINE',
      'line 1'
    ],
    [
      'one name with two digests',
      `${A}  a\n${'d'.repeat(64)}  a\n`,
      'REBUILD_CHECKSUMS_LINE',
      'listed twice'
    ],
    ['nothing', '\n# empty\n', 'REBUILD_CHECKSUMS_EMPTY', 'lists no file']
  ])('refuses %s', (_, text, code, words) => {
    let error: unknown
    try {
      parseChecksumFile(text, 'SUMS')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect(error).toMatchObject({ code })
    expect((error as Error).message).toContain(words)
    expect((error as Error).message).toContain('input "reference": SUMS')
  })
})

describe('formatChecksumFile', () => {
  let dir: string
  beforeAll(async () => {
    dir = await tempDir('sums')
  })
  afterAll(() => removeAll(dir))

  it('writes what sha256sum -c checks and parseChecksumFile reads back', async () => {
    await writeFile(path.join(dir, 'b.txt'), 'bee\n')
    await writeFile(path.join(dir, 'a.txt'), 'ay\n')
    const { stdout } = await promisify(execFile)(
      'sha256sum',
      ['a.txt', 'b.txt'],
      { cwd: dir }
    )
    const real = parseChecksumFile(stdout, 'sha256sum output')
    const text = formatChecksumFile(real)
    expect(text.split('\n')[0]).toMatch(/^[0-9a-f]{64} {2}a\.txt$/)
    await writeFile(path.join(dir, 'SUMS'), text)
    await expect(
      promisify(execFile)('sha256sum', ['-c', 'SUMS'], { cwd: dir })
    ).resolves.toMatchObject({ stdout: 'a.txt: OK\nb.txt: OK\n' })
    expect(parseChecksumFile(text, 'SUMS')).toEqual(real)
  })
})
