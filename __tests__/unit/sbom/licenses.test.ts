import { describe, expect, it } from '@jest/globals'
import {
  classifyLicense,
  LicenseRefs,
  toSpdxLicenseExpression
} from '../../../src/lib/sbom/licenses.js'

describe('licenses', () => {
  it.each([
    ['MIT', { kind: 'id', id: 'MIT' }],
    ['apache-2.0', { kind: 'id', id: 'Apache-2.0' }],
    ['(ISC)', { kind: 'id', id: 'ISC' }],
    [
      'MIT OR Apache-2.0',
      { kind: 'expression', expression: 'MIT OR Apache-2.0' }
    ],
    [
      'GPL-2.0-or-later WITH Classpath-exception-2.0',
      {
        kind: 'expression',
        expression: 'GPL-2.0-or-later WITH Classpath-exception-2.0'
      }
    ],
    ['BSD License', { kind: 'name', name: 'BSD License' }],
    [
      'SEE LICENSE IN LICENSE.md',
      { kind: 'name', name: 'SEE LICENSE IN LICENSE.md' }
    ],
    [
      'MIT OR LicenseRef-Custom',
      { kind: 'name', name: 'MIT OR LicenseRef-Custom' }
    ]
  ])('classifies %s', (text, choice) => {
    expect(classifyLicense(text)).toEqual(choice)
  })

  it('writes one SPDX expression per component, names as distinct LicenseRefs', () => {
    const refs = new LicenseRefs()
    expect(toSpdxLicenseExpression([], refs)).toBe('NOASSERTION')
    expect(
      toSpdxLicenseExpression(['MIT OR ISC', 'BSD License', 'mit', 'MIT'], refs)
    ).toBe('LicenseRef-BSD-License AND MIT AND (MIT OR ISC)')
    expect(toSpdxLicenseExpression(['BSD-License!'], refs)).toMatch(
      /^LicenseRef-BSD-License-[0-9a-f]{12}$/
    )
    expect(toSpdxLicenseExpression(['LicenseRef-Own'], refs)).toBe(
      'LicenseRef-Own'
    )
    expect(refs.list().map((r) => r.name)).toEqual([
      'BSD License',
      'BSD-License!',
      'LicenseRef-Own'
    ])
  })
})
