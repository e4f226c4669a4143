/**
 * The probes of the hardening issue: a small wheel whose METADATA inflates
 * to 2 GiB, and a small npm tarball whose package.json declares 3 GiB. Both
 * are refused at once (exit 2), naming the file, the member and the bound.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readArtifact } from '../../../src/io/sbom/artifact.js'
import {
  deflateBomb,
  gzipAround,
  tarHeader,
  zipOf
} from '../../helpers/bombs.js'

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'provenant-bombs-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('readArtifact on decompression bombs', () => {
  it('refuses a wheel whose METADATA inflates to 2 GiB', async () => {
    const file = path.join(tmp, 'bomb-1.0-py3-none-any.whl')
    const metadata = 'bomb-1.0.dist-info/METADATA'
    await writeFile(
      file,
      zipOf([{ path: metadata, deflated: deflateBomb(2048), size: 2 ** 31 }])
    )
    await expect(
      readArtifact(file, 'dist/bomb-1.0-py3-none-any.whl')
    ).rejects.toMatchObject({
      kind: 'input',
      code: 'ARCHIVE_LIMIT',
      member: metadata,
      message: expect.stringContaining(
        `dist/bomb-1.0-py3-none-any.whl, member "${metadata}"`
      ) as unknown
    })
  })

  it('refuses an npm tarball whose package.json declares 3 GiB', async () => {
    const file = path.join(tmp, 'bomb-1.0.0.tgz')
    const header = tarHeader('package/package.json', 3 * 1024 ** 3)
    await writeFile(file, gzipAround(deflateBomb(64, header)))
    await expect(readArtifact(file, 'bomb-1.0.0.tgz')).rejects.toMatchObject({
      kind: 'input',
      code: 'ARCHIVE_LIMIT',
      bound: 'inflated size',
      message: expect.stringContaining(
        'bomb-1.0.0.tgz, member "package/package.json"'
      ) as unknown
    })
  })

  it('refuses a tarball whose stream inflates past the ratio bound', async () => {
    const file = path.join(tmp, 'zeros-1.0.0.tgz')
    const header = tarHeader('package/zeros.bin', 1024 ** 3)
    await writeFile(file, gzipAround(deflateBomb(1024, header)))
    await expect(readArtifact(file, 'zeros-1.0.0.tgz')).rejects.toMatchObject({
      code: 'ARCHIVE_LIMIT',
      bound: 'compression ratio'
    })
  })
})
