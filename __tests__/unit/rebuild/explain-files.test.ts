/**
 * The built-in explainer on plain files and mixed formats; and the choice
 * of explainer (zips Python wrote: python-archives.interop.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import {
  chooseExplainer,
  explainBytes
} from '../../../src/lib/rebuild/explain.js'
import { removeAll, tempDir } from '../../helpers/git-fixture.js'
import type { Tarballs } from '../../helpers/tarballs.js'
import { stageTarballs } from '../../helpers/tarballs.js'

const BUILD_PATH = '/tmp/provenant-rebuild-test/src'

describe('explainBytes on files and mixed formats', () => {
  let dir: string
  let tarball: Tarballs['tarball']

  beforeAll(async () => {
    dir = await tempDir('explain')
    ;({ tarball } = await stageTarballs(dir))
  })
  afterAll(() => removeAll(dir))

  it('compares plain files as text or bytes, and finds the build path', () => {
    const text = explainBytes(Buffer.from('v=1\n'), Buffer.from('v=2\n'), [])
    expect(text).toMatchObject({ format: 'file', categories: ['content'] })
    expect(text.differences[0]!.diff).toContain('-v=1\n+v=2')
    const bin = explainBytes(
      Buffer.from([0, 1, 2, 3]),
      Buffer.from([0, 1, 9, 3, 4]),
      []
    )
    expect(bin.differences).toEqual([
      {
        category: 'content',
        what: 'content (binary)',
        reference: '4 bytes',
        rebuilt: '5 bytes, first difference at byte 2'
      }
    ])
    const withPath = explainBytes(
      Buffer.from('\0/home/runner/work/a\0'),
      Buffer.from(`\0${BUILD_PATH}\0`),
      [BUILD_PATH]
    )
    expect(withPath.differences[0]).toMatchObject({
      category: 'build-path',
      what: 'content (binary, holds the build path)'
    })
  })

  it('says so when the two are different formats or one is damaged', async () => {
    const tgz = await tarball()
    const mixed = explainBytes(
      tgz,
      Buffer.from('PK\u0005\u0006' + '\0'.repeat(18)),
      []
    )
    expect(mixed.note).toBe(
      'the reference is tar.gz, the rebuilt artifact zip: compared as files'
    )
    const damaged = Buffer.concat([tgz.subarray(0, 20), Buffer.alloc(40)])
    expect(explainBytes(tgz, damaged, []).note).toMatch(
      /^not readable as an archive/
    )
  })
})

describe('chooseExplainer', () => {
  it.each([
    ['auto', true, 'diffoscope'],
    ['auto', false, 'builtin'],
    ['builtin', true, 'builtin'],
    ['diffoscope', true, 'diffoscope']
  ] as const)(
    'picks for %s (diffoscope found: %s) %s',
    (choice, found, expected) => {
      expect(chooseExplainer(choice, found)).toBe(expected)
    }
  )

  it('refuses diffoscope when it is not on PATH', () => {
    expect(() => chooseExplainer('diffoscope', false)).toThrow(InputError)
    expect(() => chooseExplainer('diffoscope', false)).toThrow(
      'diffoscope is not on PATH'
    )
  })
})
