import { describe, expect, it } from '@jest/globals'
import {
  parseCoreMetadata,
  parseRecord,
  parseRequirement,
  pythonLicenses
} from '../../../src/lib/sbom/python-metadata.js'

describe('Python core metadata', () => {
  it('reads folded fields and stops at the body', () => {
    const meta = parseCoreMetadata(
      'Name: x\r\nLicense: line one\r\n        line two\r\nClassifier: A\r\nClassifier: B\r\n\r\nVersion: body'
    )
    expect(meta.fields.get('license')).toBe('line one\nline two')
    expect(meta.all.get('classifier')).toEqual(['A', 'B'])
    expect(meta.fields.get('version')).toBeUndefined()
  })

  it.each([
    [
      'requests (>=2.0)',
      { name: 'requests', version: '', marker: undefined, extraOnly: false }
    ],
    [
      'Foo.Bar_baz==1.2.3',
      {
        name: 'foo-bar-baz',
        version: '1.2.3',
        marker: undefined,
        extraOnly: false
      }
    ],
    [
      'idna[all] === 3.4 ; python_version < "3.12"',
      {
        name: 'idna',
        version: '3.4',
        marker: 'python_version < "3.12"',
        extraOnly: false
      }
    ],
    [
      "pytest ; extra == 'dev'",
      { name: 'pytest', version: '', marker: "extra == 'dev'", extraOnly: true }
    ],
    [
      'six>=1.0,<2',
      { name: 'six', version: '', marker: undefined, extraOnly: false }
    ]
  ])('parses the requirement %s', (text, expected) => {
    expect(parseRequirement(text)).toMatchObject(expected)
  })

  it.each([
    ['License-Expression: MIT\nLicense: BSD', ['MIT']],
    ['License: Apache 2.0', ['Apache 2.0']],
    [
      'License: UNKNOWN\nClassifier: License :: OSI Approved :: MIT License',
      ['MIT License']
    ],
    [
      `License: ${'x'.repeat(101)}\nClassifier: License :: OSI Approved :: BSD License`,
      ['BSD License']
    ],
    [
      'License: Copyright (c) me\n        full text\nClassifier: License :: OSI Approved',
      []
    ]
  ])('picks licenses from %j', (text, licenses) => {
    expect(pythonLicenses(parseCoreMetadata(text))).toEqual(licenses)
  })

  it('reads RECORD, quoted paths included', () => {
    expect(
      parseRecord(
        'a.py,sha256=AAAA,3\n"dir/with,comma.py",sha256=_-8,1\nx.dist-info/RECORD,,\n'
      )
    ).toEqual([
      { path: 'a.py', sha256: '000000' },
      { path: 'dir/with,comma.py', sha256: 'ffef' },
      { path: 'x.dist-info/RECORD', sha256: undefined }
    ])
  })
})
