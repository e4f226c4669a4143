import { describe, expect, it } from '@jest/globals'
import { InputErrors } from '../../../src/lib/errors.js'
import { parseSbomInputs, SBOM_INPUTS } from '../../../src/lib/sbom/inputs.js'

const source =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name]

describe('parseSbomInputs', () => {
  it('applies the defaults: the workspace, both formats, beside each path', () => {
    expect(parseSbomInputs(source({}))).toEqual({
      paths: ['.'],
      formats: ['cyclonedx', 'spdx'],
      outputDir: undefined,
      label: undefined,
      installed: false
    })
    expect(Object.keys(SBOM_INPUTS)).toEqual([
      'path',
      'format',
      'output-dir',
      'name',
      'installed'
    ])
  })

  it('reads path lists and format lists in any separator and order', () => {
    expect(
      parseSbomInputs(
        source({
          path: '.\n dist/a.whl dist/b.tgz\n# comment',
          format: 'SPDX, cyclonedx spdx',
          'output-dir': 'sboms'
        })
      )
    ).toEqual({
      paths: ['.', 'dist/a.whl', 'dist/b.tgz'],
      formats: ['cyclonedx', 'spdx'],
      outputDir: 'sboms',
      label: undefined,
      installed: false
    })
  })

  it('collects every problem and reports them at once', () => {
    let error: unknown
    try {
      parseSbomInputs(
        source({ path: 'a b', format: 'cyclonedx,xml', name: '../x' })
      )
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(InputErrors)
    expect((error as InputErrors).problems.map((p) => p.code)).toEqual([
      'SBOM_FORMAT_UNKNOWN',
      'SBOM_NAME_INVALID',
      'SBOM_NAME_WITH_PATHS'
    ])
    expect((error as InputErrors).message).toContain(
      'input "format" has "xml": use cyclonedx, spdx, or both'
    )
  })

  it('accepts a label for a single path', () => {
    expect(
      parseSbomInputs(
        source({ path: 'dist/x.whl', name: 'wheel-linux_x86-64' })
      ).label
    ).toBe('wheel-linux_x86-64')
  })
})
