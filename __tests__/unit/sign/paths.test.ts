import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/lib/errors.js'
import {
  dropOwnOutputs,
  fixedDirectoryOf,
  isInside,
  planOutputs,
  toWorkspacePattern
} from '../../../src/lib/sign/paths.js'

const WS = path.resolve('/work/ws')

describe('toWorkspacePattern', () => {
  it.each([
    ['dist/*.tgz', 'dist/*.tgz'],
    ['./dist/**/*.whl', 'dist/**/*.whl'],
    ['a.txt', 'a.txt'],
    [`${WS}/dist/*.tgz`, 'dist/*.tgz'],
    ['sub/../a.txt', 'a.txt'],
    ['*', '*']
  ])('%s -> %s', (pattern, expected) => {
    expect(toWorkspacePattern(WS, pattern)).toBe(expected)
  })

  it.each([
    '../secret',
    '/etc/passwd',
    'dist/../../x',
    'dist/*/../../../x',
    '/work/ws-other/a'
  ])('%s is outside the workspace', (pattern) => {
    let error: unknown
    try {
      toWorkspacePattern(WS, pattern)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('SIGN_PATH_OUTSIDE_WORKSPACE')
    expect((error as InputError).message).toMatch(/input "files"/)
  })

  it('knows what is inside', () => {
    expect(isInside(WS, WS)).toBe(true)
    expect(isInside(WS, path.join(WS, 'a/b'))).toBe(true)
    expect(isInside(WS, path.join(WS, '..foo'))).toBe(true)
    expect(isInside(WS, path.resolve('/work/ws2/a'))).toBe(false)
  })
})

describe('dropOwnOutputs', () => {
  it('drops signatures of other matches, keeps lone ones', () => {
    expect(
      dropOwnOutputs([
        'a',
        'a.sigstore.json',
        'a.sig',
        'a.crt',
        'b.sig',
        'c.sigstore.json'
      ])
    ).toEqual({
      kept: ['a', 'b.sig', 'c.sigstore.json'],
      dropped: ['a.sigstore.json', 'a.sig', 'a.crt']
    })
  })
})

describe('planOutputs', () => {
  it('writes beside each file by default', () => {
    expect(
      planOutputs(['/w/a.tgz'], {
        outputDir: undefined,
        legacySig: true,
        keyed: false
      })
    ).toEqual([
      {
        bundle: '/w/a.tgz.sigstore.json',
        signature: '/w/a.tgz.sig',
        certificate: '/w/a.tgz.crt'
      }
    ])
  })

  it('writes into output-dir; no .crt in keyed mode; no .sig without legacy-sig', () => {
    expect(
      planOutputs(['/w/x/a.tgz'], {
        outputDir: '/out',
        legacySig: true,
        keyed: true
      })
    ).toEqual([
      {
        bundle: path.join('/out', 'a.tgz.sigstore.json'),
        signature: path.join('/out', 'a.tgz.sig'),
        certificate: undefined
      }
    ])
    expect(
      planOutputs(['/w/a'], {
        outputDir: undefined,
        legacySig: false,
        keyed: false
      })[0]
    ).toEqual({
      bundle: '/w/a.sigstore.json',
      signature: undefined,
      certificate: undefined
    })
  })

  it('refuses two files that would write the same name', () => {
    let error: unknown
    try {
      planOutputs(['/w/x/a.tgz', '/w/y/a.tgz'], {
        outputDir: '/out',
        legacySig: false,
        keyed: false
      })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('SIGN_OUTPUT_COLLISION')
    expect((error as InputError).message).toMatch(
      /"\/w\/x\/a.tgz" and "\/w\/y\/a.tgz"/
    )
  })
})

describe('fixedDirectoryOf', () => {
  it.each([
    ['dist/*.tgz', 'dist'],
    ['dist/a.tgz', 'dist'],
    ['a.tgz', '.'],
    ['**/*.tgz', '.'],
    ['/abs/dir/*.x', '/abs/dir']
  ])('%s -> %s', (pattern, dir) => {
    expect(fixedDirectoryOf(pattern)).toBe(dir)
  })
})
