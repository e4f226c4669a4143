/**
 * The archive readers and the built-in explainer against archives Python's
 * tarfile and zipfile wrote (python3 is a tool of the interop tier).
 */
import { execFile } from 'node:child_process'
import { cp, readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { explainBytes } from '../../../src/lib/rebuild/explain.js'
import { InflationBudget } from '../../../src/lib/archive/limits.js'
import { readTar } from '../../../src/lib/archive/tar.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'
import type { Tarballs } from '../../helpers/tarballs.js'
import { stageTarballs } from '../../helpers/tarballs.js'

const run = promisify(execFile)

describe('archives Python wrote', () => {
  let dir: string
  let tarball: Tarballs['tarball']
  let variant: Tarballs['variant']

  beforeAll(async () => {
    dir = await tempDir('python-archives')
    ;({ tarball, variant } = await stageTarballs(dir))
  })
  afterAll(() => removeAll(dir))

  it('reads pax mtime with fractions and unknown records, as Python writes them', async () => {
    const out = path.join(dir, 'py.tar')
    await run('/usr/bin/python3', [
      '-c',
      `
import io, tarfile
with tarfile.open(${JSON.stringify(out)}, 'w', format=tarfile.PAX_FORMAT) as t:
    i = tarfile.TarInfo('x.txt'); i.size = 2; i.mtime = 1704067200.25
    i.pax_headers = {'comment': 'hi'}
    t.addfile(i, io.BytesIO(b'x\\n'))
`
    ])
    const [entry] = readTar(await readFile(out), new InflationBudget('test'))
    expect(entry).toMatchObject({ path: 'x.txt', type: 'file', size: 2 })
    expect(entry!.fields).toMatchObject({
      mtime: '1704067200.25',
      'pax:comment': 'hi'
    })
  })

  it('compares zip entries: DOS times, methods, nested in a tarball', async () => {
    const zip = async (
      name: string,
      year: number,
      method: string
    ): Promise<string> => {
      const out = path.join(dir, name)
      await run('/usr/bin/python3', [
        '-c',
        `
import zipfile
with zipfile.ZipFile(${JSON.stringify(out)}, 'w') as z:
    i = zipfile.ZipInfo('pkg/mod.py', (${year}, 1, 1, 0, 0, 0)); i.compress_type = zipfile.${method}
    z.writestr(i, 'x = 1\\n' * 20)
`
      ])
      return out
    }
    const a = await readFile(await zip('a.whl', 2024, 'ZIP_DEFLATED'))
    const times = explainBytes(
      a,
      await readFile(await zip('b.whl', 2025, 'ZIP_DEFLATED')),
      []
    )
    expect(times).toMatchObject({ format: 'zip', categories: ['timestamps'] })
    expect(times.differences[0]).toMatchObject({
      entry: 'pkg/mod.py',
      what: 'dos time',
      reference: '2024-01-01 00:00:00',
      rebuilt: '2025-01-01 00:00:00'
    })
    const methods = explainBytes(
      a,
      await readFile(await zip('c.whl', 2024, 'ZIP_STORED')),
      []
    )
    expect(methods.differences.map((d) => [d.what, d.category])).toEqual([
      ['method', 'compression'],
      ['compressed size', 'compression']
    ])

    const outer = async (whl: string): Promise<Buffer> => {
      const stage = await variant({})
      await cp(path.join(dir, whl), path.join(stage, 'pkg.whl'))
      return tarball({ stage, files: ['./pkg.whl'] })
    }
    const nested = explainBytes(await outer('a.whl'), await outer('b.whl'), [])
    expect(nested.differences[0]).toMatchObject({
      entry: './pkg.whl!/pkg/mod.py',
      what: 'dos time',
      category: 'timestamps'
    })
  })
})
