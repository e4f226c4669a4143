/** The zip reader against archives Python's zipfile wrote. */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { looksLikeZip, readZip } from '../../../src/lib/archive/zip.js'
import { InflationBudget } from '../../../src/lib/archive/limits.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'

const run = promisify(execFile)

describe('readZip', () => {
  let dir: string
  beforeAll(async () => {
    dir = await tempDir('zip')
  })
  afterAll(() => removeAll(dir))

  it('reads names, DOS times, Unix modes, methods, extended timestamps and data', async () => {
    const out = path.join(dir, 'a.whl')
    await run('/usr/bin/python3', [
      '-c',
      `
import struct, zipfile
with zipfile.ZipFile(${JSON.stringify(out)}, 'w') as z:
    i = zipfile.ZipInfo('pkg/__init__.py', (2024, 1, 2, 3, 4, 6))
    i.external_attr = 0o100644 << 16; i.create_system = 3
    i.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(i, 'print("hi")\\n' * 50)
    j = zipfile.ZipInfo('pkg/run', (1980, 1, 1, 0, 0, 0))
    j.external_attr = 0o100755 << 16; j.create_system = 3
    j.extra = struct.pack('<HHBI', 0x5455, 5, 1, 1704067200)
    z.writestr(j, b'stored')
    z.writestr(zipfile.ZipInfo('pkg/empty/'), b'')
`
    ])
    const bytes = await readFile(out)
    expect(looksLikeZip(bytes)).toBe(true)
    const [init, runEntry, empty] = readZip(bytes, new InflationBudget('test'))
    expect(init).toMatchObject({
      path: 'pkg/__init__.py',
      type: 'file',
      size: 600
    })
    expect(init!.fields).toMatchObject({
      'dos time': '2024-01-02 03:04:06',
      method: '8',
      mode: '0644',
      'made by': expect.stringMatching(/^host 3,/) as unknown
    })
    expect(Buffer.from(init!.data!).toString()).toBe('print("hi")\n'.repeat(50))
    expect(runEntry!.fields).toMatchObject({
      mode: '0755',
      method: '0',
      'extended mtime': '1704067200',
      'extra fields': '0x5455'
    })
    expect(Buffer.from(runEntry!.data!).toString()).toBe('stored')
    expect(empty).toMatchObject({ path: 'pkg/empty/', type: 'dir' })
  })

  it('refuses bytes without an end of central directory', () => {
    expect(() =>
      readZip(Buffer.from('PK' + ' '.repeat(40)), new InflationBudget('test'))
    ).toThrow('no end of central directory')
  })
})
