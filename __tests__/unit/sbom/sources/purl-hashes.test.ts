import { describe, expect, it } from '@jest/globals'
import { PackageURL } from 'packageurl-js'
import {
  addHashes,
  base64Hash,
  fromPrefixedHex,
  fromSri,
  hexHash
} from '../../../../src/lib/sbom/sources/hashes.js'
import {
  buildPurl,
  cargoPurl,
  golangPurl,
  normalizePypiName,
  npmPurl,
  pypiPurl
} from '../../../../src/lib/sbom/sources/purl.js'
import { satisfies } from '../../../../src/lib/sbom/sources/version-match.js'

describe('purls', () => {
  it.each([
    ['npm', '@types', 'node', '20.0.0-rc.1+build', undefined],
    ['npm', undefined, 'jsonstream', '1.3.5', undefined],
    [
      'npm',
      undefined,
      'tar',
      '3.0.0',
      { download_url: 'https://x.test/a b.tgz?x=1&y=2' }
    ],
    [
      'npm',
      undefined,
      'g',
      '0.1.0',
      { vcs_url: 'git+ssh://git@github.com/o/g.git#abc' }
    ],
    [
      'pypi',
      undefined,
      'flask-login',
      '0.6.3',
      { repository_url: 'https://mirror.test/simple' }
    ],
    ['golang', 'github.com/x', 'y', 'v1.2.3+incompatible', undefined],
    [
      'golang',
      'example.com/a/b',
      'v2',
      'v2.0.0-20240101000000-abcdefabcdef',
      undefined
    ],
    ['cargo', undefined, 'serde_json', '1.0.0', undefined],
    ['generic', undefined, 'my source', '', undefined]
  ])(
    '%s %s/%s@%s is encoded as packageurl-js encodes it',
    (type, namespace, name, version, qualifiers) => {
      const expected = new PackageURL(
        type,
        namespace,
        name,
        version || undefined,
        qualifiers,
        undefined
      ).toString()
      expect(buildPurl({ type, namespace, name, version, qualifiers })).toBe(
        expected
      )
    }
  )

  it.each([
    [npmPurl('@Scope/Pkg', '1.0.0'), 'pkg:npm/%40scope/pkg@1.0.0'],
    [pypiPurl('Zope.Interface_X', '6.0'), 'pkg:pypi/zope-interface-x@6.0'],
    [
      golangPurl('github.com/BurntSushi/toml', 'v1.6.0'),
      'pkg:golang/github.com/BurntSushi/toml@v1.6.0'
    ],
    [golangPurl('github.com/acme/tool', ''), 'pkg:golang/github.com/acme/tool'],
    [cargoPurl('aho-corasick', '1.1.5'), 'pkg:cargo/aho-corasick@1.1.5']
  ])('%s', (purl, expected) => {
    expect(purl).toBe(expected)
  })

  it('normalises Python names per PEP 503', () => {
    expect(normalizePypiName('Foo__Bar..baz-QUX')).toBe('foo-bar-baz-qux')
  })
})

describe('hashes', () => {
  const hex512 = 'ab'.repeat(64)
  const b64 = Buffer.from(hex512, 'hex').toString('base64')

  it.each([
    [`sha512-${b64}`, [{ algorithm: 'SHA-512', value: hex512 }]],
    [
      `sha512-${b64} sha1-${Buffer.from('cd'.repeat(20), 'hex').toString('base64')}`,
      [
        { algorithm: 'SHA-512', value: hex512 },
        { algorithm: 'SHA-1', value: 'cd'.repeat(20) }
      ]
    ],
    [`sha512-${b64}?opt`, [{ algorithm: 'SHA-512', value: hex512 }]],
    ['md4-abc sha512-!!!', []],
    [`sha256-${b64}`, []],
    [undefined, []]
  ])('fromSri(%s)', (integrity, expected) => {
    expect(fromSri(integrity)).toEqual(expected)
  })

  it.each([
    [
      'sha256:' + 'AB'.repeat(32),
      { algorithm: 'SHA-256', value: 'ab'.repeat(32) }
    ],
    ['md5:' + '0'.repeat(32), { algorithm: 'MD5', value: '0'.repeat(32) }],
    ['sha256:xyz', undefined],
    ['blake2:' + '0'.repeat(64), undefined]
  ])('fromPrefixedHex(%s)', (text, expected) => {
    expect(fromPrefixedHex(text)).toEqual(expected)
  })

  it('checks lengths and merges without duplicates', () => {
    expect(hexHash('SHA-256', 'ab')).toBeUndefined()
    expect(base64Hash('SHA-256', b64)).toBeUndefined()
    const into = [{ algorithm: 'SHA-512' as const, value: hex512 }]
    addHashes(into, [
      { algorithm: 'SHA-512', value: hex512 },
      { algorithm: 'SHA-1', value: 'cd'.repeat(20) }
    ])
    expect(into).toHaveLength(2)
  })
})

describe('version constraints (poetry edges to one of several locked versions)', () => {
  it.each([
    ['1.2.3', '>=1.0,<2.0', true],
    ['2.0.0', '>=1.0,<2.0', false],
    ['1.5.0', '^1.2', true],
    ['2.0.0', '^1.2', false],
    ['0.2.5', '^0.2.1', true],
    ['0.3.0', '^0.2.1', false],
    ['1.2.9', '~1.2', true],
    ['1.3.0', '~1.2', false],
    ['1.9', '~=1.4', true],
    ['2.0', '~=1.4', false],
    ['3.4.1', '3.4.*', true],
    ['5.0.0', '*', true],
    ['4.2.0', '<4.3', true],
    ['1.0.0', '<1.0 || >=2.0', false],
    ['2.1.0', '<1.0 || >=2.0', true],
    ['1.0.0', '1.0.0', true]
  ])('%s satisfies %s: %s', (version, constraint, expected) => {
    expect(satisfies(version, constraint)).toBe(expected)
  })
})
